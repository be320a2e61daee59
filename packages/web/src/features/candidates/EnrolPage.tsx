import { NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/apiClient.ts';
import { ConflictAlert } from '../../ui/ConflictAlert.tsx';
import { spaceParams } from '../home/spaces.ts';
import { LoadError, Loading, PageLoadError } from '../referential/LoadState.tsx';
import { CandidateForm } from './CandidateForm.tsx';
import {
  type CandidateValues,
  candidateInput,
  candidateValues,
  emptyCandidate,
} from './candidateForm.ts';
import { candidateName } from './candidateList.ts';
import { CANDIDATE_EDIT_ROUTE_ID, ENROL_ROUTE_ID, PATHS } from './candidateRouteIds.ts';
import {
  CANDIDATES_KEY,
  candidateQuery,
  enrolCandidate,
  projectsQuery,
  saveCandidate,
} from './candidatesApi.ts';

const enrolRoute = getRouteApi(ENROL_ROUTE_ID);
const editRoute = getRouteApi(CANDIDATE_EDIT_ROUTE_ID);

/** The pilot enrols a candidate in one of the company's open projects. */
export function EnrolPage() {
  const { t } = useTranslation();
  const { membership } = enrolRoute.useRouteContext();
  const search = enrolRoute.useSearch();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const projects = useQuery(projectsQuery);
  const open = (projects.data ?? []).filter(
    (p) => p.organisationId === membership.organisationId && p.status !== 'closed',
  );
  const [chosen, setChosen] = useState(search.project ?? '');
  const projectId = chosen || open[0]?.id || '';
  useDocumentTitle(`${t('candidates.enrol.title')} · ${t('app.name')}`);
  const enrol = useMutation({
    mutationFn: (values: CandidateValues) => enrolCandidate(projectId, candidateInput(values)),
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: CANDIDATES_KEY });
      await navigate({
        to: PATHS.candidate,
        params: { ...spaceParams(membership), candidateId: id },
      });
    },
  });
  return (
    <Stack gap="lg" data-testid="enrol-page">
      <Stack gap={4}>
        <Title order={1}>{t('candidates.enrol.title')}</Title>
        <Text>{t('candidates.enrol.intro')}</Text>
      </Stack>
      {projects.isPending ? <Loading /> : null}
      {projects.isError ? <LoadError error={projects.error} /> : null}
      {projects.isSuccess && open.length === 0 ? (
        <Text data-testid="enrol-no-project">{t('candidates.enrol.noProject')}</Text>
      ) : null}
      {open.length > 0 ? (
        <>
          <NativeSelect
            label={t('candidates.enrol.project')}
            maw={560}
            value={projectId}
            onChange={(e) => setChosen(e.currentTarget.value)}
            data={open.map((p) => ({ value: p.id, label: p.title }))}
            data-testid="enrol-project"
          />
          <CandidateForm
            key={projectId}
            projectId={projectId}
            initial={emptyCandidate}
            submitLabel={t('candidates.enrol.submit')}
            saving={enrol.isPending}
            error={enrol.error}
            onSubmit={(values) => enrol.mutate(values)}
          />
        </>
      ) : null}
    </Stack>
  );
}

/** Correcting a candidate's identity, people or accommodations, on the revision read. */
export function EditCandidatePage() {
  const { t } = useTranslation();
  const { candidateId } = editRoute.useParams();
  const { membership } = editRoute.useRouteContext();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const file = useQuery(candidateQuery(candidateId));
  const [reloads, setReloads] = useState(0);
  useDocumentTitle(`${t('candidates.edit.title')} · ${t('app.name')}`);
  const save = useMutation({
    mutationFn: ({ values, revision }: { values: CandidateValues; revision: number }) =>
      saveCandidate(candidateId, candidateInput(values), revision),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: CANDIDATES_KEY });
      await navigate({ to: PATHS.candidate, params: { ...spaceParams(membership), candidateId } });
    },
  });
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  const data = file.data;
  return (
    <Stack gap="lg" data-testid="edit-candidate-page">
      <Title order={1}>
        {data
          ? t('candidates.edit.titleOf', { name: candidateName(data.candidate) })
          : t('candidates.edit.title')}
      </Title>
      {file.isPending ? <Loading /> : null}
      {file.isError ? <PageLoadError error={file.error} /> : null}
      {conflict ? (
        <ConflictAlert
          texts={{
            title: t('candidates.conflict.title'),
            message: t('candidates.conflict.message'),
            reload: t('candidates.conflict.reload'),
            confirmReload: t('candidates.conflict.confirmReload'),
            confirm: t('candidates.conflict.confirm'),
            keep: t('candidates.conflict.keep'),
          }}
          pendingCount={1}
          onReload={() => {
            save.reset();
            void file.refetch().then(() => setReloads((n) => n + 1));
          }}
          testIdPrefix="candidate"
        />
      ) : null}
      {data ? (
        <CandidateForm
          key={`${data.revision}:${reloads}`}
          projectId={data.projectId}
          initial={candidateValues(data.candidate)}
          submitLabel={t('candidates.edit.submit')}
          saving={save.isPending}
          error={conflict ? null : save.error}
          onSubmit={(values) => save.mutate({ values, revision: data.revision })}
        />
      ) : null}
    </Stack>
  );
}
