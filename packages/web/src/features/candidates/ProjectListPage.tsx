import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
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
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('projects.fields.title')}</Table.Th>
                <Table.Th scope="col">{t('projects.list.company')}</Table.Th>
                <Table.Th scope="col">{t('projects.fields.certification')}</Table.Th>
                <Table.Th scope="col">{t('projects.list.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((project) => (
                <Table.Tr key={project.id} data-testid={`project-row-${project.id}`}>
                  <Table.Th scope="row" fw={600}>
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
                  </Table.Th>
                  <Table.Td>{project.organisationName}</Table.Td>
                  <Table.Td>
                    {t('projects.list.certification', {
                      certification: titleOf(project.certification),
                      version: project.referentialVersion,
                    })}
                  </Table.Td>
                  <Table.Td>
                    <ProjectStatusBadge status={project.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}
