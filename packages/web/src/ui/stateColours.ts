// Issue 16, item 8: one small palette for the states of a file, used the same way on every page
// that shows one (a filled badge, white text). Seven tones, each a shade the theme keeps at
// 4.5:1 or more under white text (app/theme.ts): a state means the same colour everywhere —
// grey not started, blue and indigo under way, orange waiting for someone, green done, red
// stopped or refused, near-black closed.
import type { CandidateState, ProjectStatus } from '@certeval/core/candidates/fileStates';
import type { CertificateStatus } from '@certeval/core/certificates/certificateData';
import type { DeliberationStatus, JurySessionStatus } from '@certeval/core/jury/deliberationStates';
import type { InvitationStatus } from '@certeval/core/organisation/invitations';
import type { MemberGridStatus } from '@certeval/core/worklist/deliberationBlockers';
import type { EvaluationStatus } from '@certeval/core/worklist/evaluatorTasks';

export const TONES = {
  /** Not started, or set aside without harm. */
  idle: 'gray.7',
  /** Started, planned. */
  started: 'blue.8',
  /** Being worked on. */
  working: 'indigo.8',
  /** Waiting for someone's action. */
  waiting: 'orange.9',
  /** Done, valid, signed. */
  done: 'green.9',
  /** Stopped, refused, revoked, failed. */
  stopped: 'red.9',
  /** Closed, replaced, out of date. */
  closed: 'dark.6',
} as const;

export type Tone = keyof typeof TONES;

/** Every kind of state a page shows, and the tone of each of its states. */
export const STATE_TONES = {
  candidate: {
    enrolled: 'idle',
    positioned: 'started',
    in_training: 'working',
    ready_for_jury: 'waiting',
    decided: 'done',
    withdrawn: 'stopped',
  } satisfies Record<CandidateState, Tone>,
  project: {
    draft: 'idle',
    submitted: 'waiting',
    validated: 'done',
    closed: 'closed',
  } satisfies Record<ProjectStatus, Tone>,
  evaluation: {
    draft: 'idle',
    assigned: 'started',
    in_progress: 'working',
    to_grade: 'waiting',
    submitted: 'done',
    superseded: 'closed',
  } satisfies Record<EvaluationStatus, Tone>,
  session: {
    planned: 'started',
    signed: 'done',
  } satisfies Record<JurySessionStatus, Tone>,
  deliberation: {
    grading: 'started',
    consensus: 'working',
    decided: 'waiting',
    signed: 'done',
    reopened: 'stopped',
  } satisfies Record<DeliberationStatus, Tone>,
  memberGrid: {
    to_fill: 'waiting',
    in_progress: 'working',
    filled: 'done',
    closed: 'closed',
    signed: 'done',
  } satisfies Record<MemberGridStatus, Tone>,
  certificate: {
    valid: 'done',
    suspended: 'waiting',
    revoked: 'stopped',
    expired: 'closed',
    unverified: 'idle',
    invalid: 'stopped',
  } satisfies Record<CertificateStatus, Tone>,
  /** A referential version, an instrument, a VAE booklet: a draft, then published. */
  publication: {
    draft: 'idle',
    published: 'done',
  },
  invitation: {
    open: 'waiting',
    accepted: 'done',
    declined: 'stopped',
    cancelled: 'closed',
  } satisfies Record<InvitationStatus, Tone>,
} as const;

export type StateKind = keyof typeof STATE_TONES;
export type StateOf<K extends StateKind> = keyof (typeof STATE_TONES)[K];

/** The Mantine colour of a state: `stateColour('certificate', 'revoked')` → `red.9`. */
export function stateColour<K extends StateKind>(kind: K, state: StateOf<K>): string {
  const tones: Record<PropertyKey, Tone> = STATE_TONES[kind];
  return TONES[tones[state] ?? 'idle'];
}
