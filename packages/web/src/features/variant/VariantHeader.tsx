import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import IconPrinter from '@tabler/icons-react/icons/IconPrinter';
import { Link, useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { spaceParams } from '../home/spaces.ts';
import { useFormatDate } from './useFormatDate.ts';
import type { VariantDetail } from './variantApi.ts';

type Props = { variant: VariantDetail; certificationTitle: string };

/** Name of the variant, the national version it adapts, its revision, and printing. */
export function VariantHeader({ variant, certificationTitle }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { membership } = useRouteContext({ from: '/_authenticated/espace/$organisationId/$role' });
  const params = spaceParams(membership);
  return (
    <Stack gap="xs">
      <Anchor
        w="fit-content"
        className="no-print"
        renderRoot={(props) => (
          <Link to="/espace/$organisationId/$role/adapted-referential" params={params} {...props} />
        )}
        data-testid="back-to-variants"
      >
        {t('variant.backToList')}
      </Anchor>
      <Title order={1} data-testid="variant-name">
        {variant.name}
      </Title>
      <Group gap="sm" justify="space-between" wrap="wrap">
        <Group gap="sm">
          <Text fw={600}>
            {t('variant.national', { certification: certificationTitle, version: variant.version })}
          </Text>
          <Text c="dimmed" size="sm" data-testid="variant-revision">
            {t('variant.revision', { revision: variant.revision })}
          </Text>
          <Text c="dimmed" size="sm">
            {t('variant.updatedAt', { date: formatDate(variant.updatedAt) })}
          </Text>
        </Group>
        <Group gap="sm" className="no-print">
          <Button
            variant="default"
            renderRoot={(props) => (
              <Link
                to="/espace/$organisationId/$role/certifications/$slug/$version"
                params={{ ...params, slug: variant.certification, version: variant.version }}
                {...props}
              />
            )}
            data-testid="open-national-version"
          >
            {t('variant.openNational')}
          </Button>
          <Button
            leftSection={<IconPrinter size={16} aria-hidden />}
            onClick={() => window.print()}
            data-testid="print-button"
          >
            {t('variant.print')}
          </Button>
        </Group>
      </Group>
      {variant.canEdit ? null : (
        <Alert color="blue" variant="outline" className="no-print" data-testid="variant-read-only">
          {t('variant.readOnly')}
        </Alert>
      )}
    </Stack>
  );
}
