import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { spaceParams } from '../home/spaces.ts';
import { PATHS } from './candidateRouteIds.ts';
import { createProject, projectsQuery } from './candidatesApi.ts';
import { ProjectForm } from './ProjectForm.tsx';
import { emptyProject, type ProjectValues, projectInput } from './projectForm.ts';

/** The pilot opens the company's certification project on a published referential version. */
export function NewProjectPage() {
  const { t } = useTranslation();
  const { membership } = useRouteContext({ from: '/_authenticated/espace/$organisationId/$role' });
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  useDocumentTitle(`${t('projects.create.title')} · ${t('app.name')}`);
  const create = useMutation({
    mutationFn: (values: ProjectValues) =>
      createProject({ ...projectInput(values), organisationId: membership.organisationId }),
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: projectsQuery.queryKey });
      await navigate({ to: PATHS.project, params: { ...spaceParams(membership), projectId: id } });
    },
  });
  return (
    <Stack gap="lg" data-testid="new-project">
      <Stack gap={4}>
        <Title order={1}>{t('projects.create.title')}</Title>
        <Text>{t('projects.create.intro', { organisation: membership.organisationName })}</Text>
      </Stack>
      <ProjectForm
        organisationId={membership.organisationId}
        initial={emptyProject}
        submitLabel={t('projects.create.submit')}
        saving={create.isPending}
        error={create.error}
        onSubmit={(values) => create.mutate(values)}
      />
    </Stack>
  );
}
