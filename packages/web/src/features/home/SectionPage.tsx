import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link, useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { sectionSlug } from './sections.ts';
import { spaceParams } from './spaces.ts';

/** A section of the navigation that this version does not provide yet, said plainly. */
export function SectionPage() {
  const { t } = useTranslation();
  const { membership, section } = useRouteContext({
    from: '/_authenticated/espace/$organisationId/$role/$section',
  });
  const title = t(`sections.${section}.title`);
  useDocumentTitle(`${title} · ${t('app.name')}`);

  return (
    <Stack gap="lg" maw={720} data-testid={`section-${sectionSlug(section)}`}>
      <Title order={1}>{title}</Title>
      <Alert color="blue" variant="outline" title={t('section.notAvailable')}>
        <Stack gap={4}>
          <Text fw={600}>{t('section.willHold')}</Text>
          <Text>{t(`sections.${section}.description`)}</Text>
        </Stack>
      </Alert>
      <Anchor
        w="fit-content"
        renderRoot={(props) => (
          <Link
            to="/espace/$organisationId/$role"
            params={spaceParams(membership)}
            activeOptions={{ exact: true }}
            {...props}
          />
        )}
      >
        {t('section.backToHome')}
      </Anchor>
    </Stack>
  );
}
