// The members sitting for the candidate and where each one's grid stands (seed 002, grille de
// report); a member opens their own grid on the evaluation screen.
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../ui/ResponsiveTable.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { spaceParams } from '../home/spaces.ts';
import { type JuryCandidate, openGrid } from './juryApi.ts';
import { DELIBERATION_ROUTE_ID, JURY_PATHS } from './juryRouteIds.ts';

const route = getRouteApi(DELIBERATION_ROUTE_ID);

export function Graders({ view }: { view: JuryCandidate }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const { membership } = route.useRouteContext();
  const open = useMutation({
    mutationFn: () => openGrid(view.id),
    onSuccess: ({ evaluationId }) =>
      navigate({ to: JURY_PATHS.evaluation, params: { ...spaceParams(membership), evaluationId } }),
  });
  return (
    <Stack gap="xs" component="section" aria-labelledby="graders-title">
      <Title order={2} id="graders-title">
        {t('jury.deliberation.graders')}
      </Title>
      <Text size="sm">{t('jury.deliberation.gradersIntro')}</Text>
      <ResponsiveTable
        columns={[
          {
            key: 'name',
            header: t('jury.deliberation.member'),
            cell: (g) =>
              `${g.name}${g.presides ? ` (${t('jury.roles.president').toLowerCase()})` : ''}`,
          },
          {
            key: 'role',
            header: t('jury.deliberation.graderRole'),
            cell: (g) => t(`jury.roles.${g.role}`),
          },
          {
            key: 'status',
            header: t('jury.deliberation.graderGrid'),
            cell: (g) => (
              <span data-testid="grid-status">
                {t(
                  `jury.deliberation.gridStatuses.${(g.grid?.status as 'draft' | 'submitted') ?? 'none'}`,
                )}
              </span>
            ),
          },
          {
            key: 'open',
            header: '',
            cell: (g) =>
              g.grid?.evaluationId ? (
                <Anchor
                  renderRoot={(props) => (
                    <Link
                      to={JURY_PATHS.evaluation}
                      params={{
                        ...spaceParams(membership),
                        evaluationId: g.grid?.evaluationId ?? '',
                      }}
                      {...props}
                    />
                  )}
                >
                  {t('jury.deliberation.viewMemberGrid')}
                </Anchor>
              ) : null,
          },
        ]}
        rows={view.graders}
        rowKey={(g) => g.personId}
        rowTestId={(g) => `grader-${g.personId}`}
        minWidth={480}
        data-testid="graders"
      />
      {view.excluded.length > 0 ? (
        <Text size="sm">
          {t('jury.deliberation.excluded', { names: view.excluded.map((m) => m.name).join(', ') })}
        </Text>
      ) : null}
      {view.you.grader && view.status === 'grading' ? (
        <Group>
          <Button onClick={() => open.mutate()} loading={open.isPending} data-testid="open-grid">
            {t('jury.deliberation.openGrid')}
          </Button>
        </Group>
      ) : null}
      {open.error ? (
        <Alert color="red" variant="outline" role="alert">
          {errorMessage(open.error)}
        </Alert>
      ) : null}
    </Stack>
  );
}
