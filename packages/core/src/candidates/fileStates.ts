// The states of a candidate's certification file, from enrolment to the jury's decision, and
// who may move it (issue 5, item 3). The pathway follows seed 000, slide 3: enrolment,
// positioning, training with continuous evaluations, final evaluations, jury, decision.
import type { Role } from '../organisation/roles.ts';
import type { EVALUATION_ROUTES } from '../referential/certificationSchema.ts';

export const CANDIDATE_STATES = [
  'enrolled',
  'positioned',
  'in_training',
  'ready_for_jury',
  'decided',
  'withdrawn',
] as const;
export type CandidateState = (typeof CANDIDATE_STATES)[number];

/** The states of a company's CQP project, from its draft to its closing. */
export const PROJECT_STATUSES = ['draft', 'submitted', 'validated', 'closed'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** Who moves a file: a role of the domain, or the product itself (a signed jury decision). */
export type Mover = Role | 'system';

/** What must hold before a move, checked by the caller from the file's evaluations. */
export type Precondition =
  | 'positioning_submitted'
  | 'final_evaluations_submitted'
  | 'vae_booklet_submitted';

/**
 * How a file reaches the jury: through training (positioning, training, final evaluations) or
 * by VAE (seed 001, "accès par la VAE": a descriptive activity booklet, then the interview).
 */
export type Pathway = (typeof EVALUATION_ROUTES)[number];

export const pathwayOf = (accessRoute: string): Pathway =>
  accessRoute === 'vae' ? 'vae' : 'training';

export interface Transition {
  from: CandidateState;
  to: CandidateState;
  by: readonly Mover[];
  requires?: Precondition;
  /** Only on this pathway; a transition without one is open to both. */
  pathway?: Pathway;
}

export const candidateStateLabels: Record<CandidateState, { fr: string; en: string }> = {
  enrolled: { fr: 'Inscrit', en: 'Enrolled' },
  positioned: { fr: 'Positionné', en: 'Positioned' },
  in_training: { fr: 'En formation', en: 'In training' },
  ready_for_jury: { fr: 'Présenté au jury', en: 'Put before the jury' },
  decided: { fr: 'Décision du jury rendue', en: 'Jury decision given' },
  withdrawn: { fr: 'Abandon', en: 'Withdrawn' },
};

export const CANDIDATE_TRANSITIONS: readonly Transition[] = [
  {
    from: 'enrolled',
    to: 'positioned',
    by: ['company_pilot', 'tutor', 'system'],
    requires: 'positioning_submitted',
  },
  { from: 'positioned', to: 'in_training', by: ['company_pilot'] },
  // The pilot puts the file before the jury once the tutor's and the trainer's final
  // evaluations are in (seed 000, slide 18: three evaluations per domain).
  {
    from: 'in_training',
    to: 'ready_for_jury',
    by: ['company_pilot', 'certifier_admin'],
    requires: 'final_evaluations_submitted',
  },
  {
    from: 'ready_for_jury',
    to: 'in_training',
    by: ['company_pilot', 'certifier_admin'],
    pathway: 'training',
  },
  // A VAE file has no positioning nor training: it goes before the jury once the candidate
  // has submitted their descriptive activity booklet (seed 001, "accès par la VAE") — by the
  // product on submission, or by the pilot or the certifier.
  {
    from: 'enrolled',
    to: 'ready_for_jury',
    by: ['system', 'company_pilot', 'certifier_admin'],
    requires: 'vae_booklet_submitted',
    pathway: 'vae',
  },
  // A re-opened booklet (vaeBooklet.ts, bookletReopeningRefusal) takes the file back from the
  // jury to where it stood before: its precondition no longer holds. Only the product moves
  // it, on re-opening, so that a VAE file never leaves the jury with its booklet still sent.
  { from: 'ready_for_jury', to: 'enrolled', by: ['system'], pathway: 'vae' },
  // Only a signed jury decision closes the file.
  { from: 'ready_for_jury', to: 'decided', by: ['system'] },
  ...(['enrolled', 'positioned', 'in_training', 'ready_for_jury'] as const).map((from) => ({
    from,
    to: 'withdrawn' as const,
    by: ['company_pilot', 'certifier_admin'] as const,
  })),
  { from: 'withdrawn', to: 'enrolled', by: ['certifier_admin'] },
];

export type TransitionCheck =
  | { ok: true; transition: Transition }
  | {
      ok: false;
      reason: 'no_such_transition' | 'not_allowed';
      message: { fr: string; en: string };
    };

const onPathway = (t: Transition, pathway: Pathway) => !t.pathway || t.pathway === pathway;

/** Whether one of `movers` may move a file of `pathway` from one state to another. */
export function checkTransition(
  from: CandidateState,
  to: CandidateState,
  movers: readonly Mover[],
  pathway: Pathway = 'training',
): TransitionCheck {
  const transition = CANDIDATE_TRANSITIONS.find(
    (t) => t.from === from && t.to === to && onPathway(t, pathway),
  );
  const [f, t] = [candidateStateLabels[from], candidateStateLabels[to]];
  if (!transition)
    return {
      ok: false,
      reason: 'no_such_transition',
      message: {
        fr: `Un dossier « ${f.fr} » ne peut pas passer à « ${t.fr} ».`,
        en: `A file "${f.en}" cannot move to "${t.en}".`,
      },
    };
  if (!movers.some((m) => transition.by.includes(m)))
    return {
      ok: false,
      reason: 'not_allowed',
      message: {
        fr: `Votre rôle ne permet pas de passer un dossier de « ${f.fr} » à « ${t.fr} ».`,
        en: `Your role may not move a file from "${f.en}" to "${t.en}".`,
      },
    };
  return { ok: true, transition };
}

/** The states a file of `pathway` may move to next by one of `movers`. */
export function nextStates(
  from: CandidateState,
  movers: readonly Mover[],
  pathway: Pathway = 'training',
): CandidateState[] {
  return CANDIDATE_TRANSITIONS.filter(
    (t) => t.from === from && onPathway(t, pathway) && movers.some((m) => t.by.includes(m)),
  ).map((t) => t.to);
}
