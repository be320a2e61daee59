import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, useRouteContext } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, ResponsiveTable } from '../../ui/ResponsiveTable.tsx';
import type { Membership } from '../auth/me.ts';
import { SectionHeading } from '../home/SectionHeading.tsx';
import type { SectionKey } from '../home/sections.ts';
import { spaceParams } from '../home/spaces.ts';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { CandidateStateBadge } from './CandidateBadges.tsx';
import { CandidateTotal, PageButtons } from './CandidatePaging.tsx';
import { candidateName, firstPage, type PageTrail, spaceFilter } from './candidateList.ts';
import { type ListView, PATHS } from './candidateRouteIds.ts';
import { type CandidateSummary, candidatePageQuery } from './candidatesApi.ts';

function useColumns(space: Membership, view: ListView): Column<CandidateSummary>[] {
  const { t } = useTranslation();
  return [
    {
      key: 'name',
      header: t('candidates.list.name'),
      cell: (candidate) => (
        <Anchor
          renderRoot={(props) => (
            <Link
              to={view === 'booklet' ? PATHS.booklet : PATHS.candidate}
              params={{ ...spaceParams(space), candidateId: candidate.id }}
              {...props}
            />
          )}
        >
          {candidateName(candidate)}
        </Anchor>
      ),
    },
    { key: 'project', header: t('candidates.list.project'), cell: (c) => c.projectTitle },
    {
      key: 'route',
      header: t('candidates.fields.accessRoute'),
      cell: (c) => t(`candidates.accessRoutes.${c.accessRoute}`),
    },
    { key: 'tutor', header: t('candidates.fields.tutorId'), cell: (c) => c.tutorName ?? '—' },
    { key: 'trainer', header: t('candidates.fields.trainerId'), cell: (c) => c.trainerName ?? '—' },
    {
      key: 'state',
      header: t('candidates.list.state'),
      cell: (c) => <CandidateStateBadge state={c.status} />,
    },
  ];
}

/**
 * The candidates of a space: a tutor's or trainer's own, the pilot's company's, all for the
 * certifier, one page at a time (issue 19: a certifier may have a million); the candidate's own
 * pathway opens directly.
 */
export function CandidateListPage({ view, section }: { view: ListView; section: SectionKey }) {
  const { t } = useTranslation();
  const { me, membership } = useRouteContext({
    from: '/_authenticated/espace/$organisationId/$role',
  });
  const isPilot = membership.role === 'company_pilot';
  const [search, setSearch] = useState('');
  const [typed] = useDebouncedValue(search, 300);
  // The pages walked belong to the name typed: another name starts at its first page.
  const [walk, setWalk] = useState<{ typed: string; trail: PageTrail }>({
    typed: '',
    trail: firstPage,
  });
  const trail = walk.typed === typed ? walk.trail : firstPage;
  const go = (next: PageTrail) => setWalk({ typed, trail: next });
  const filter = spaceFilter(membership, me, typed);
  const candidates = useQuery(candidatePageQuery(filter, trail.at(-1) ?? null));
  const page = candidates.data;
  const shown = page?.items ?? [];
  const [only] = shown;
  const searching = typed.trim() !== '' || trail.length > 1;
  const columns = useColumns(membership, view);

  if (membership.role === 'candidate' && !searching && shown.length === 1 && only) {
    return (
      <Navigate
        to={view === 'booklet' ? PATHS.booklet : PATHS.candidate}
        params={{ ...spaceParams(membership), candidateId: only.id }}
        replace
      />
    );
  }
  return (
    <Stack gap="lg" data-testid="candidate-list">
      <SectionHeading
        section={section}
        action={
          isPilot ? (
            <Button
              renderRoot={(props) => (
                <Link to={PATHS.enrol} params={spaceParams(membership)} {...props} />
              )}
              data-testid="enrol-candidate"
            >
              {t('candidates.enrol.open')}
            </Button>
          ) : null
        }
      />
      {candidates.isPending ? <Loading /> : null}
      {candidates.isError ? <LoadError error={candidates.error} /> : null}
      {page && shown.length === 0 && !searching ? (
        <Text data-testid="candidate-list-empty">{t('candidates.list.empty')}</Text>
      ) : null}
      {page && (shown.length > 5 || searching || page.next) ? (
        <TextInput
          label={t('candidates.list.search')}
          description={t('candidates.list.searchHelp')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          maw={360}
          data-testid="candidate-list-search"
        />
      ) : null}
      {page && (shown.length > 0 || searching) ? (
        <ResponsiveTable
          columns={columns}
          rows={shown}
          rowKey={(c) => c.id}
          rowTestId={(c) => `candidate-row-${c.id}`}
          caption={<CandidateTotal total={page.total} />}
          minWidth={720}
        />
      ) : null}
      {page ? <PageButtons trail={trail} next={page.next} go={go} /> : null}
    </Stack>
  );
}
