import { Divider, Stack } from '@mantine/core';
import { useRouteContext } from '@tanstack/react-router';
import { DeclarationPanel } from '../cdc/DeclarationPanel.tsx';
import { SectionHeading } from '../home/SectionHeading.tsx';
import { IssuedList } from './IssuedList.tsx';
import { IssuePanel } from './IssuePanel.tsx';
import { SigningKeyPanel } from './SigningKeyPanel.tsx';

/**
 * The certifier's certificates: issue signed sessions, the documents issued, the signing key,
 * the declaration of holders to the Caisse des Dépôts.
 */
export function CertificatesPage() {
  const { me, membership } = useRouteContext({
    from: '/_authenticated/espace/$organisationId/$role',
  });
  return (
    <Stack gap="xl" data-testid="certificates-page">
      <SectionHeading section="certificates" />
      <IssuePanel defaultSignatory={me.displayName} />
      <Divider />
      <IssuedList />
      <Divider />
      <SigningKeyPanel organisationId={membership.organisationId} />
      <Divider />
      <DeclarationPanel membership={membership} />
    </Stack>
  );
}
