// The states of a jury's deliberation for one candidate and who may move it (issue 6, item 4):
// the members grade (seed 002, "Dans un premier temps"), the president leads the consensus
// and records the agreed percentages and the synthesis comment ("Dans un second temps"), the
// engine decides, the president signs and the deliberation is locked. Only the certifier
// reopens a signed deliberation, with a written reason; the signed version is kept
// (CONVENTIONS.md: "changing" a signed thing creates a new version with a reason).
import type { Decided, Deliberation, LocalText } from '../deliberation/index.ts';
import type { Agreement } from './comparison.ts';
import type { MemberReport } from './memberReport.ts';

export const DELIBERATION_STATUSES = [
  'grading',
  'consensus',
  'decided',
  'signed',
  'reopened',
] as const;
export type DeliberationStatus = (typeof DELIBERATION_STATUSES)[number];

/** A jury session is planned until every deliberation of it is signed. */
export const JURY_SESSION_STATUSES = ['planned', 'signed'] as const;
export type JurySessionStatus = (typeof JURY_SESSION_STATUSES)[number];

export const deliberationStatusLabels: Record<DeliberationStatus, LocalText> = {
  grading: { fr: 'notation par les membres du jury', en: 'members grading' },
  consensus: { fr: 'consensus du président', en: "president's consensus" },
  decided: { fr: 'décidé, à signer', en: 'decided, to sign' },
  signed: { fr: 'signé (verrouillé)', en: 'signed (locked)' },
  reopened: { fr: 'réouvert par le certificateur', en: 'reopened by the certifier' },
};

export const DELIBERATION_COMMANDS = [
  'submit_grid',
  'close_grading',
  'reopen_grading',
  'record_agreement',
  'revise',
  'sign',
  'reopen',
  'resume',
] as const;
export type DeliberationCommandType = (typeof DELIBERATION_COMMANDS)[number];

/** grader: a member sitting for the candidate; president: the member presiding the jury;
 * certifier: a person acting for the certifier (the shell's policy says who). */
export type DeliberationMover = 'grader' | 'president' | 'certifier';

export interface DeliberationTransition {
  command: DeliberationCommandType;
  from: readonly DeliberationStatus[];
  to: DeliberationStatus;
  by: readonly DeliberationMover[];
  source: string;
}

/** Who may take each step, from where, to where. Anything else is refused. */
export const DELIBERATION_TRANSITIONS: readonly DeliberationTransition[] = [
  {
    command: 'submit_grid',
    from: ['grading'],
    to: 'grading',
    // The member's own grid, or the president keying it in: "le président du jury collecte
    // les pourcentages émis par domaine par chacun des membres".
    by: ['grader', 'president'],
    source: "seed 002, APRES L'EPREUVE JURY",
  },
  {
    command: 'close_grading',
    from: ['grading'],
    to: 'consensus',
    by: ['president'],
    source: "seed 002, APRES L'EPREUVE JURY",
  },
  {
    command: 'reopen_grading',
    from: ['consensus', 'reopened'],
    to: 'grading',
    by: ['president'],
    source: 'issue 6, item 4',
  },
  {
    command: 'record_agreement',
    from: ['consensus'],
    to: 'decided',
    by: ['president'],
    source: "seed 002, APRES L'EPREUVE JURY",
  },
  {
    command: 'revise',
    from: ['decided'],
    to: 'consensus',
    by: ['president'],
    source: 'issue 6, item 2',
  },
  { command: 'sign', from: ['decided'], to: 'signed', by: ['president'], source: 'seed 002' },
  {
    command: 'reopen',
    from: ['signed'],
    to: 'reopened',
    by: ['certifier'],
    source: 'issue 6, item 4',
  },
  {
    command: 'resume',
    from: ['reopened'],
    to: 'consensus',
    by: ['president'],
    source: 'issue 6, item 4',
  },
];

export interface DeliberationSignature {
  personId: string;
  name: string;
  /** ISO 8601 timestamp with its offset. */
  at: string;
}

export interface Reopening {
  /** The signed version that was reopened. */
  version: number;
  by: string;
  at: string;
  reason: string;
}

/** A signed version, kept as it was when a reopening replaced it. */
export interface SignedVersion {
  version: number;
  reports: MemberReport[];
  agreement: Agreement;
  deliberation: Decided;
  signature: DeliberationSignature;
}

export interface CandidateDeliberation {
  candidateId: string;
  status: DeliberationStatus;
  /** 1, then one more at each reopening. */
  version: number;
  president: { personId: string; name: string };
  /** Members sitting for the candidate (the jury less those in conflict): each grades. */
  graders: string[];
  /** The rule-set instrument the agreement counts as (the jury row of the synthesis grid). */
  juryInstrument: string;
  reports: MemberReport[];
  /** The agreement being prepared (consensus) or decided on (decided, signed). */
  agreement?: Agreement;
  /** Set exactly when decided or signed. */
  deliberation?: Decided;
  /** Set exactly when signed. */
  signature?: DeliberationSignature;
  reopenings: Reopening[];
  previousVersions: SignedVersion[];
}

export type DeliberationActor =
  | { kind: 'member'; personId: string }
  | { kind: 'certifier'; personId: string };

export type DeliberationCommand =
  | { type: 'submit_grid'; report: MemberReport }
  | { type: 'close_grading' }
  | { type: 'reopen_grading' }
  /** The agreement and the engine's decision on it (deliberateWithJury). */
  | { type: 'record_agreement'; agreement: Agreement; deliberation: Deliberation }
  | { type: 'revise' }
  /**
   * The shell has checked the president's password again just before (issue 6, item 4); the
   * day it signs on, in the certifier's time zone, and the day the jury meets (YYYY-MM-DD).
   */
  | { type: 'sign'; reauthenticated: boolean; signedOn: string; sessionDate: string }
  | { type: 'reopen'; reason: string }
  | { type: 'resume' };

/** What an accepted command did, for the audit trail. */
export interface DeliberationEvent {
  candidateId: string;
  command: DeliberationCommandType;
  from: DeliberationStatus;
  to: DeliberationStatus;
  version: number;
  by: string;
  at: string;
  reason?: string;
}

export const REFUSAL_CODES = [
  'locked',
  'not_now',
  'not_permitted',
  'grids_missing',
  'undecidable',
  'agreement_mismatch',
  'comment_required',
  'reauthentication_required',
  'before_session',
  'reason_required',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface DeliberationRefusal {
  code: RefusalCode;
  message: LocalText;
}

export type DeliberationStep =
  | { ok: true; state: CandidateDeliberation; event: DeliberationEvent }
  | { ok: false; refusal: DeliberationRefusal };
