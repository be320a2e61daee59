import { useTranslation } from 'react-i18next';
import { StateBadge } from '../../ui/StateBadge.tsx';
import type { CandidateState, ProjectStatus } from './candidatesApi.ts';

/** A badge keeps its whole word in a narrow table cell (Mantine would cut it to "SOU…"). */
export const wholeBadge = {
  root: { overflow: 'visible' },
  label: { overflow: 'visible' },
} as const;

/** Inscrit, Positionné, En formation… */
export function CandidateStateBadge({ state }: { state: CandidateState }) {
  const { t } = useTranslation();
  return (
    <StateBadge kind="candidate" state={state} data-testid="candidate-state">
      {t(`candidates.states.${state}`)}
    </StateBadge>
  );
}

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation();
  return (
    <StateBadge kind="project" state={status} data-testid="project-status">
      {t(`projects.statuses.${status}`)}
    </StateBadge>
  );
}
