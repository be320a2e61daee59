import { Anchor, Button, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, useRouteContext } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../auth/me.ts';
import { SectionHeading } from '../home/SectionHeading.tsx';
import type { SectionKey } from '../home/sections.ts';
import { spaceParams } from '../home/spaces.ts';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { CandidateStateBadge } from './CandidateBadges.tsx';
import { candidateName, candidatesOfSpace, matching } from './candidateList.ts';
import { type ListView, PATHS } from './candidateRouteIds.ts';
import { type CandidateSummary, candidatesQuery, projectsQuery } from './candidatesApi.ts';

type RowProps = { space: Membership; candidate: CandidateSummary; view: ListView };

function CandidateRow({ space, candidate, view }: RowProps) {
  const { t } = useTranslation();
  const name = candidateName(candidate);
  return (
    <Table.Tr data-testid={`candidate-row-${candidate.id}`}>
      <Table.Th scope="row" fw={600}>
        <Anchor
          renderRoot={(props) => (
            <Link
              to={view === 'booklet' ? PATHS.booklet : PATHS.candidate}
              params={{ ...spaceParams(space), candidateId: candidate.id }}
              {...props}
            />
          )}
        >
          {name}
        </Anchor>
      </Table.Th>
      <Table.Td>{candidate.projectTitle}</Table.Td>
      <Table.Td>{t(`candidates.accessRoutes.${candidate.accessRoute}`)}</Table.Td>
      <Table.Td>{candidate.tutorName ?? '—'}</Table.Td>
      <Table.Td>{candidate.trainerName ?? '—'}</Table.Td>
      <Table.Td>
        <CandidateStateBadge state={candidate.status} />
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * The candidates of a space: a tutor's or trainer's own, the pilot's company's, all for the
 * certifier; the candidate's own pathway opens directly.
 */
export function CandidateListPage({ view, section }: { view: ListView; section: SectionKey }) {
  const { t } = useTranslation();
  const { me, membership } = useRouteContext({
    from: '/_authenticated/espace/$organisationId/$role',
  });
  const isPilot = membership.role === 'company_pilot';
  const candidates = useQuery(candidatesQuery);
  const projects = useQuery({ ...projectsQuery, enabled: isPilot });
  const [search, setSearch] = useState('');
  const own = candidates.data
    ? candidatesOfSpace(candidates.data, membership, me, projects.data)
    : [];
  const shown = matching(own, search);
  const [only] = own;

  if (membership.role === 'candidate' && own.length === 1 && only) {
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
      {candidates.isSuccess && own.length === 0 ? (
        <Text data-testid="candidate-list-empty">{t('candidates.list.empty')}</Text>
      ) : null}
      {own.length > 5 ? (
        <TextInput
          label={t('candidates.list.search')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          maw={360}
        />
      ) : null}
      {own.length > 0 ? (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm" striped captionSide="top">
            <Table.Caption>{t('candidates.list.caption', { count: shown.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('candidates.list.name')}</Table.Th>
                <Table.Th scope="col">{t('candidates.list.project')}</Table.Th>
                <Table.Th scope="col">{t('candidates.fields.accessRoute')}</Table.Th>
                <Table.Th scope="col">{t('candidates.fields.tutorId')}</Table.Th>
                <Table.Th scope="col">{t('candidates.fields.trainerId')}</Table.Th>
                <Table.Th scope="col">{t('candidates.list.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((candidate) => (
                <CandidateRow
                  key={candidate.id}
                  space={membership}
                  candidate={candidate}
                  view={view}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}
