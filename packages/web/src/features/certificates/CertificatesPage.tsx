import { Divider, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { IssuedList } from './IssuedList.tsx';
import { IssuePanel } from './IssuePanel.tsx';
import { SigningKeyPanel } from './SigningKeyPanel.tsx';

/** The certifier's certificates: issue signed sessions, the documents issued, the signing key. */
export function CertificatesPage() {
  const { t } = useTranslation();
  const { me, membership } = useRouteContext({
    from: '/_authenticated/espace/$organisationId/$role',
  });
  const title = t('sections.certificates.title');
  useDocumentTitle(`${title} · ${t('app.name')}`);
  return (
    <Stack gap="xl" data-testid="certificates-page">
      <Stack gap={4}>
        <Title order={1}>{title}</Title>
        <Text>{t('sections.certificates.description')}</Text>
      </Stack>
      <IssuePanel defaultSignatory={me.displayName} />
      <Divider />
      <IssuedList />
      <Divider />
      <SigningKeyPanel organisationId={membership.organisationId} />
    </Stack>
  );
}
