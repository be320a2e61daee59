// What an evaluator may open for a candidate: the project's published instruments of the kinds
// their role fills, and the kinds of evaluation (positioning is the tutor's). The server checks
// the same (evaluations/service.ts, seed 000 slides 16–18); this only spares a refused choice.
import type { InstrumentKind } from '@certeval/core/instruments/schema';
import type { Role } from '../auth/me.ts';
import type { EvaluationKind, EvaluationSummary, InstrumentChoice } from './evaluationsApi.ts';

const KINDS_BY_ROLE: Partial<Record<Role, readonly InstrumentKind[]>> = {
  tutor: ['observation_grid', 'acquis_grid'],
  trainer: ['questionnaire', 'case_study', 'acquis_grid', 'observation_grid'],
  jury_member: ['jury_guide', 'acquis_grid', 'vae_booklet', 'case_study'],
};

export function instrumentsToOpen(
  project: ReadonlyArray<{ key: string; version: string }>,
  catalogue: readonly InstrumentChoice[],
  role: Role,
): InstrumentChoice[] {
  const kinds = KINDS_BY_ROLE[role] ?? [];
  return project.flatMap((ref) => {
    const found = catalogue.find((i) => i.key === ref.key && i.version === ref.version);
    return found && found.status === 'published' && kinds.includes(found.kind) ? [found] : [];
  });
}

export function evaluationKindsFor(role: Role): EvaluationKind[] {
  return role === 'tutor' ? ['positioning', 'continuous', 'final'] : ['continuous', 'final'];
}

/** The kind to propose: positioning first, then continuous until a final one is recorded. */
export function suggestedKind(role: Role, existing: readonly EvaluationSummary[]): EvaluationKind {
  const mine = existing.filter((e) => e.mine);
  if (role === 'tutor' && !mine.some((e) => e.kind === 'positioning')) return 'positioning';
  return 'continuous';
}
