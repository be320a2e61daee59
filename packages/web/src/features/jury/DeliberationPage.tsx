import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { useFormatDay } from '../candidates/useFormatDay.ts';
import { spaceParams } from '../home/spaces.ts';
import { Loading, PageLoadError } from '../referential/LoadState.tsx';
import { AgreementForm } from './AgreementForm.tsx';
import { ComparisonTable } from './ComparisonTable.tsx';
import { DecisionPanel } from './DecisionPanel.tsx';
import { History, Locked } from './DeliberationRecord.tsx';
import { Graders } from './GradersPanel.tsx';
import { DeliberationBadge } from './JuryBadges.tsx';
import { type JuryCandidate, juryCandidateQuery, runStep, type StepCommand } from './juryApi.ts';
import { allGridsIn } from './juryModel.ts';
import { DELIBERATION_ROUTE_ID, JURY_PATHS } from './juryRouteIds.ts';
import { ReopenDialog, SignDialog } from './SignatureDialogs.tsx';

const route = getRouteApi(DELIBERATION_ROUTE_ID);

function Header({ view }: { view: JuryCandidate }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const { membership } = route.useRouteContext();
  return (
    <Stack gap={4}>
      <Anchor
        w="fit-content"
        size="sm"
        renderRoot={(props) => (
          <Link
            to={JURY_PATHS.session}
            params={{ ...spaceParams(membership), sessionId: view.session.id }}
            {...props}
          />
        )}
      >
        {t('jury.deliberation.backToSession')}
      </Anchor>
      <Title order={1} data-testid="deliberation-title">
        {t('jury.deliberation.title', { name: view.candidate.name })}
      </Title>
      <Text>
        {view.candidate.company} · {formatDay(view.session.date)}
        {view.slot ? ` · ${t('jury.deliberation.slot', view.slot)}` : ''}
      </Text>
      <Group gap="xs">
        <DeliberationBadge status={view.status} />
        <Badge variant="light" color="gray.7">
          {t('jury.deliberation.version', { version: view.version })}
        </Badge>
      </Group>
    </Stack>
  );
}

function StepButton({
  view,
  command,
  label,
}: {
  view: JuryCandidate;
  command: StepCommand;
  label: string;
}) {
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const run = useMutation({
    mutationFn: () => runStep(view.id, command, view.revision),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['jury'] }),
  });
  return (
    <Stack gap={4}>
      <Group>
        <Button
          variant={command === 'close_grading' ? 'filled' : 'default'}
          onClick={() => run.mutate()}
          loading={run.isPending}
          data-testid={`step-${command}`}
        >
          {label}
        </Button>
      </Group>
      {run.error ? (
        <Alert color="red" variant="outline" role="alert" data-testid="step-error">
          {errorMessage(run.error)}
        </Alert>
      ) : null}
    </Stack>
  );
}

function PresidentSteps({ view }: { view: JuryCandidate }) {
  const { t } = useTranslation();
  const can = (command: JuryCandidate['commands'][number]) => view.commands.includes(command);
  return (
    <>
      {view.status === 'grading' && can('close_grading') ? (
        allGridsIn(view) ? (
          <StepButton
            view={view}
            command="close_grading"
            label={t('jury.deliberation.closeGrading')}
          />
        ) : (
          <Text data-testid="waiting-grids">{t('jury.deliberation.waitingGrids')}</Text>
        )
      ) : null}
      {view.status === 'consensus' && can('record_agreement') ? (
        <AgreementForm view={view} />
      ) : null}
      {view.status === 'reopened' && can('resume') ? (
        <StepButton view={view} command="resume" label={t('jury.deliberation.resume')} />
      ) : null}
      {view.status === 'decided' ? (
        <Group>
          {can('sign') ? <SignDialog view={view} /> : null}
          {can('revise') ? (
            <StepButton view={view} command="revise" label={t('jury.deliberation.revise')} />
          ) : null}
        </Group>
      ) : null}
    </>
  );
}

/** One candidate's deliberation: the grids, the president's consensus, the decision, the signature. */
export function DeliberationPage() {
  const { t } = useTranslation();
  const { seatId } = route.useParams();
  const query = useQuery({ ...juryCandidateQuery(seatId), refetchOnMount: 'always' });
  const view = query.data;
  useDocumentTitle(
    `${view ? t('jury.deliberation.title', { name: view.candidate.name }) : t('sections.jurySessions.title')} · ${t('app.name')}`,
  );
  return (
    <Stack gap="xl" data-testid="deliberation-page">
      {query.isPending ? <Loading /> : null}
      {query.isError ? <PageLoadError error={query.error} /> : null}
      {view ? (
        <>
          <Header view={view} />
          <Locked view={view} />
          <Graders view={view} />
          <ComparisonTable view={view} />
          {!view.you.president && view.status !== 'signed' ? (
            <Text size="sm">
              {t('jury.deliberation.notPresident', { name: view.president.name })}
            </Text>
          ) : null}
          <PresidentSteps view={view} />
          {view.decision && view.status !== 'consensus' ? (
            <Stack gap="xs" component="section">
              <Title order={2}>{t('jury.deliberation.decision')}</Title>
              <DecisionPanel decision={view.decision} />
              {view.agreement ? (
                <Stack gap={2}>
                  <Text fw={600}>{t('jury.deliberation.comment')}</Text>
                  <Text data-testid="recorded-comment">{view.agreement.comment}</Text>
                </Stack>
              ) : null}
            </Stack>
          ) : null}
          {view.commands.includes('reopen') ? <ReopenDialog view={view} /> : null}
          <History view={view} />
        </>
      ) : null}
    </Stack>
  );
}
