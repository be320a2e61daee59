import { Anchor, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/apiClient.ts';
import { ConflictAlert } from '../../ui/ConflictAlert.tsx';
import type { Membership } from '../auth/me.ts';
import { instrumentChoicesQuery } from '../evaluations/evaluationsApi.ts';
import { spaceParams } from '../home/spaces.ts';
import { findInstrument, instrumentRefId } from '../instruments/instrumentsApi.ts';
import { Loading, PageLoadError } from '../referential/LoadState.tsx';
import { certificationsQuery } from '../referential/referentialApi.ts';
import { CandidateStateBadge, ProjectStatusBadge } from './CandidateBadges.tsx';
import { CandidateTotal, PageButtons } from './CandidatePaging.tsx';
import { candidateName, firstPage, type PageTrail } from './candidateList.ts';
import { PATHS, PROJECT_ROUTE_ID } from './candidateRouteIds.ts';
import {
  candidatePageQuery,
  type ProjectDetail,
  projectQuery,
  projectsQuery,
  saveProject,
} from './candidatesApi.ts';
import { ProjectForm } from './ProjectForm.tsx';
import { ProjectStatusActions } from './ProjectStatusActions.tsx';
import { type ProjectValues, projectInput, projectValues } from './projectForm.ts';

const route = getRouteApi(PROJECT_ROUTE_ID);

function ProjectDetails({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const instruments = useQuery(instrumentChoicesQuery);
  const titleOf = (id: string) => findInstrument(instruments.data, id)?.title;
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {t('projects.fields.opportunity')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="project-opportunity">
          {project.opportunity || t('projects.page.none')}
        </Text>
      </Stack>
      <Stack gap={4}>
        <Title order={2} size="h3">
          {t('projects.fields.steeringCommittee')}
        </Title>
        {project.steeringCommittee.length === 0 ? <Text>{t('projects.page.none')}</Text> : null}
        <List data-testid="project-committee">
          {project.steeringCommittee.map((m) => (
            <List.Item key={`${m.name}:${m.role}`}>
              {m.role ? t('projects.page.member', { name: m.name, role: m.role }) : m.name}
            </List.Item>
          ))}
        </List>
      </Stack>
      <Stack gap={4}>
        <Title order={2} size="h3">
          {t('projects.fields.instruments')}
        </Title>
        {project.instruments.length === 0 ? <Text>{t('projects.page.none')}</Text> : null}
        <List data-testid="project-instruments">
          {/* Named by their titles once read, never by their keys (issue 16, item 5). */}
          {instruments.data
            ? project.instruments.map((ref) => (
                <List.Item key={instrumentRefId(ref)}>
                  {titleOf(instrumentRefId(ref)) ?? '—'} —{' '}
                  {t('instruments.versionLabel', { version: ref.version })}
                </List.Item>
              ))
            : null}
        </List>
      </Stack>
    </Stack>
  );
}

function ProjectCandidates({ project, space }: { project: ProjectDetail; space: Membership }) {
  const { t } = useTranslation();
  // The project's candidates, filtered by the server, one page at a time.
  const [trail, setTrail] = useState<PageTrail>(firstPage);
  const candidates = useQuery(candidatePageQuery({ project: project.id }, trail.at(-1) ?? null));
  const page = candidates.data;
  const own = page?.items ?? [];
  const canEnrol = space.role === 'company_pilot' && project.canEdit && project.status !== 'closed';
  return (
    <Stack gap="sm" data-testid="project-candidates">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('projects.page.candidates')}
        </Title>
        {canEnrol ? (
          <Button
            variant="light"
            renderRoot={(props) => (
              <Link
                to={PATHS.enrol}
                params={spaceParams(space)}
                search={{ project: project.id }}
                {...props}
              />
            )}
          >
            {t('candidates.enrol.open')}
          </Button>
        ) : null}
      </Group>
      {page ? <CandidateTotal total={page.total} testId="project-candidates-total" /> : null}
      {own.length > 0 ? (
        <Table>
          <Table.Tbody>
            {own.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Th scope="row">
                  <Anchor
                    renderRoot={(props) => (
                      <Link
                        to={PATHS.candidate}
                        params={{ ...spaceParams(space), candidateId: c.id }}
                        {...props}
                      />
                    )}
                  >
                    {candidateName(c)}
                  </Anchor>
                </Table.Th>
                <Table.Td>
                  <CandidateStateBadge state={c.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {page ? <PageButtons trail={trail} next={page.next} go={setTrail} /> : null}
    </Stack>
  );
}

/** One company project: what it is for, who steers it, its instruments, status and candidates. */
export function ProjectPage() {
  const { t } = useTranslation();
  const { projectId } = route.useParams();
  const { membership } = route.useRouteContext();
  const queryClient = useQueryClient();
  const project = useQuery(projectQuery(projectId));
  const certifications = useQuery(certificationsQuery);
  const [editing, setEditing] = useState(false);
  useDocumentTitle(`${project.data?.title ?? t('projects.page.title')} · ${t('app.name')}`);
  const save = useMutation({
    mutationFn: ({ values, revision }: { values: ProjectValues; revision: number }) =>
      saveProject(projectId, projectInput(values), revision),
    onSuccess: async () => {
      setEditing(false);
      await queryClient.invalidateQueries({ queryKey: projectsQuery.queryKey });
    },
  });
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  const data = project.data;
  return (
    <Stack gap="lg" data-testid="project-page">
      {project.isPending ? <Loading /> : null}
      {project.isError ? <PageLoadError error={project.error} /> : null}
      {data ? (
        <>
          <Stack gap={4}>
            <Group gap="sm">
              <Title order={1} data-testid="project-title">
                {data.title}
              </Title>
              <ProjectStatusBadge status={data.status} />
            </Group>
            <Text>
              {t('projects.list.certification', {
                certification:
                  certifications.data?.find((c) => c.slug === data.certification)?.title ??
                  data.certification,
                version: data.referentialVersion,
              })}
            </Text>
          </Stack>
          <ProjectStatusActions project={data} />
          {conflict ? (
            <ConflictAlert
              texts={{
                title: t('projects.conflict.title'),
                message: t('projects.conflict.message'),
                reload: t('projects.conflict.reload'),
                confirmReload: t('projects.conflict.confirmReload'),
                confirm: t('projects.conflict.confirm'),
                keep: t('projects.conflict.keep'),
              }}
              pendingCount={editing ? 1 : 0}
              onReload={() => {
                save.reset();
                setEditing(false);
                void project.refetch();
              }}
              testIdPrefix="project"
            />
          ) : null}
          {editing ? (
            <ProjectForm
              organisationId={data.organisationId}
              initial={projectValues(data)}
              submitLabel={t('projects.page.save')}
              saving={save.isPending}
              error={conflict ? null : save.error}
              onSubmit={(values) => save.mutate({ values, revision: data.revision })}
              onCancel={() => {
                save.reset();
                setEditing(false);
              }}
            />
          ) : (
            <>
              {data.canEdit && data.status !== 'closed' ? (
                <Button variant="default" w="fit-content" onClick={() => setEditing(true)}>
                  {t('projects.page.edit')}
                </Button>
              ) : null}
              <ProjectDetails project={data} />
            </>
          )}
          <ProjectCandidates project={data} space={membership} />
        </>
      ) : null}
    </Stack>
  );
}
