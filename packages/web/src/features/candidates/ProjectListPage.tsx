import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../ui/ResponsiveTable.tsx';
import { SectionHeading } from '../home/SectionHeading.tsx';
import { spaceParams } from '../home/spaces.ts';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { useCertificationTitle } from '../referential/useCertificationTitle.ts';
import { ProjectStatusBadge } from './CandidateBadges.tsx';
import { PATHS } from './candidateRouteIds.ts';
import { projectsQuery } from './candidatesApi.ts';

/** The company's projects for its pilot; every company's for the certifier, to examine. */
export function ProjectListPage() {
  const { t } = useTranslation();
  const { membership } = useRouteContext({ from: '/_authenticated/espace/$organisationId/$role' });
  const isPilot = membership.role === 'company_pilot';
  const section = isPilot ? 'cqpProject' : 'companyProjects';
  const projects = useQuery(projectsQuery);
  const titleOf = useCertificationTitle();
  const shown = (projects.data ?? []).filter(
    (p) => !isPilot || p.organisationId === membership.organisationId,
  );
  return (
    <Stack gap="lg" data-testid="project-list">
      <SectionHeading
        section={section}
        action={
          isPilot ? (
            <Button
              renderRoot={(props) => (
                <Link to={PATHS.newProject} params={spaceParams(membership)} {...props} />
              )}
              data-testid="new-project-link"
            >
              {t('projects.create.open')}
            </Button>
          ) : null
        }
      />
      {projects.isPending ? <Loading /> : null}
      {projects.isError ? <LoadError error={projects.error} /> : null}
      {projects.isSuccess && shown.length === 0 ? <Text>{t('projects.list.empty')}</Text> : null}
      {shown.length > 0 ? (
        <ResponsiveTable
          columns={[
            {
              key: 'title',
              header: t('projects.fields.title'),
              cell: (project) => (
                <Anchor
                  renderRoot={(props) => (
                    <Link
                      to={PATHS.project}
                      params={{ ...spaceParams(membership), projectId: project.id }}
                      {...props}
                    />
                  )}
                >
                  {project.title}
                </Anchor>
              ),
            },
            { key: 'company', header: t('projects.list.company'), cell: (p) => p.organisationName },
            {
              key: 'certification',
              header: t('projects.fields.certification'),
              cell: (p) =>
                t('projects.list.certification', {
                  certification: titleOf(p.certification),
                  version: p.referentialVersion,
                }),
            },
            {
              key: 'status',
              header: t('projects.list.status'),
              cell: (p) => <ProjectStatusBadge status={p.status} />,
            },
          ]}
          rows={shown}
          rowKey={(p) => p.id}
          rowTestId={(p) => `project-row-${p.id}`}
        />
      ) : null}
    </Stack>
  );
}
