import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useRouteContext } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { certificationsQuery } from '../referential/referentialApi.ts';
import { useCertificationTitle } from '../referential/useCertificationTitle.ts';
import { CloneDialog, type CloneTarget } from './CloneDialog.tsx';
import { InstrumentTable } from './InstrumentTable.tsx';
import { canCreate, partitionInstruments } from './instrumentAccess.ts';
import { findInstrument, instrumentsQuery } from './instrumentsApi.ts';
import { NewInstrumentForm } from './NewInstrumentForm.tsx';

/** The national instruments and the company adaptations, with creating and adapting. */
export function InstrumentListPage() {
  const { t } = useTranslation();
  const { membership } = useRouteContext({ from: '/_authenticated/espace/$organisationId/$role' });
  const instruments = useQuery(instrumentsQuery);
  const certifications = useQuery(certificationsQuery);
  const [cloning, setCloning] = useState<CloneTarget | null>(null);
  const nationalId = useId();
  const companyId = useId();
  useDocumentTitle(`${t('instruments.listTitle')} · ${t('app.name')}`);
  const groups = instruments.data ? partitionInstruments(membership, instruments.data) : undefined;
  const titleOf = useCertificationTitle();
  // An adaptation names the instrument it was made from by its title, not its key.
  const instrumentTitle = (ref: string) => findInstrument(instruments.data, ref)?.title ?? '';
  const companyTitle =
    membership.role === 'certifier_admin'
      ? t('instruments.companyTitleAll')
      : t('instruments.companyTitle', { organisation: membership.organisationName });

  return (
    <Stack gap="lg" data-testid="instrument-list">
      <Stack gap={4}>
        <Title order={1}>{t('instruments.listTitle')}</Title>
        <Text>{t('instruments.listIntro')}</Text>
      </Stack>
      {instruments.isPending ? <Loading /> : null}
      {instruments.isError ? <LoadError error={instruments.error} /> : null}
      {groups ? (
        <>
          <section aria-labelledby={nationalId}>
            <Stack gap="sm">
              <Title order={2} size="h3" id={nationalId}>
                {t('instruments.nationalTitle')}
              </Title>
              {groups.national.length === 0 ? <Text>{t('instruments.empty')}</Text> : null}
              {groups.national.length > 0 ? (
                <InstrumentTable
                  space={membership}
                  instruments={groups.national}
                  certificationTitle={titleOf}
                  instrumentTitle={instrumentTitle}
                  onClone={setCloning}
                  testId="national-instruments"
                />
              ) : null}
            </Stack>
          </section>
          <section aria-labelledby={companyId}>
            <Stack gap="sm">
              <Title order={2} size="h3" id={companyId}>
                {companyTitle}
              </Title>
              {groups.company.length === 0 ? (
                <Text data-testid="company-instruments-empty">
                  {membership.role === 'certifier_admin'
                    ? t('instruments.companyEmptyAll')
                    : t('instruments.companyEmpty')}
                </Text>
              ) : (
                <InstrumentTable
                  space={membership}
                  instruments={groups.company}
                  certificationTitle={titleOf}
                  instrumentTitle={instrumentTitle}
                  onClone={setCloning}
                  testId="company-instruments"
                />
              )}
            </Stack>
          </section>
        </>
      ) : null}
      {canCreate(membership) ? (
        <NewInstrumentForm space={membership} certifications={certifications} />
      ) : null}
      <CloneDialog space={membership} target={cloning} onClose={() => setCloning(null)} />
    </Stack>
  );
}
