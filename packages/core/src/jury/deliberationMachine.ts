// One candidate's deliberation moved by one command at a time: pure, the clock passed in.
// Each command is checked against DELIBERATION_TRANSITIONS (state and who), then against its
// own conditions (every grid in, a decision that is the engine's on this agreement, the
// president re-authenticated, a written reason). A signed deliberation refuses everything but
// a reopening by the certifier, which keeps the signed version and starts the next one.
import { type Decided, type Deliberation, roundTo } from '../deliberation/index.ts';
import type { Agreement } from './comparison.ts';
import {
  type CandidateDeliberation,
  DELIBERATION_TRANSITIONS,
  type DeliberationActor,
  type DeliberationCommand,
  type DeliberationCommandType,
  type DeliberationMover,
  type DeliberationRefusal,
  type DeliberationStep,
  type RefusalCode,
} from './deliberationStates.ts';
import type { MemberReport } from './memberReport.ts';

export interface DeliberationStart {
  candidateId: string;
  president: { personId: string; name: string };
  /** The members sitting for the candidate (conflicts.ts: membersFor). */
  graders: readonly string[];
  /** The rule set's `jury.deliberation.countsAs`. */
  juryInstrument: string;
}

export function startDeliberation(start: DeliberationStart): CandidateDeliberation {
  return {
    candidateId: start.candidateId,
    status: 'grading',
    version: 1,
    president: { ...start.president },
    graders: [...start.graders],
    juryInstrument: start.juryInstrument,
    reports: [],
    reopenings: [],
    previousVersions: [],
  };
}

const refusal = (code: RefusalCode, fr: string, en: string): DeliberationRefusal => ({
  code,
  message: { fr, en },
});

const refuse = (code: RefusalCode, fr: string, en: string): DeliberationStep => ({
  ok: false,
  refusal: refusal(code, fr, en),
});

function moversOf(state: CandidateDeliberation, actor: DeliberationActor): DeliberationMover[] {
  if (actor.kind === 'certifier') return ['certifier'];
  const movers: DeliberationMover[] = [];
  if (state.graders.includes(actor.personId)) movers.push('grader');
  if (state.president.personId === actor.personId) movers.push('president');
  return movers;
}

/** The commands the actor may take now (their own conditions aside): the buttons to show. */
export function availableCommands(
  state: CandidateDeliberation,
  actor: DeliberationActor,
): DeliberationCommandType[] {
  const movers = moversOf(state, actor);
  return DELIBERATION_TRANSITIONS.filter(
    (t) => t.from.includes(state.status) && t.by.some((m) => movers.includes(m)),
  ).map((t) => t.command);
}

function gate(
  state: CandidateDeliberation,
  actor: DeliberationActor,
  type: DeliberationCommandType,
): DeliberationRefusal | undefined {
  const transition = DELIBERATION_TRANSITIONS.find((t) => t.command === type);
  if (!transition?.from.includes(state.status)) {
    if (state.status === 'signed')
      return refusal(
        'locked',
        'Délibération signée et verrouillée : seul le certificateur peut la rouvrir, avec un motif écrit.',
        'Deliberation signed and locked: only the certifier may reopen it, with a written reason.',
      );
    return refusal(
      'not_now',
      `Action « ${type} » impossible à l'état « ${state.status} ».`,
      `Action "${type}" is not possible in state "${state.status}".`,
    );
  }
  const movers = moversOf(state, actor);
  if (transition.by.some((m) => movers.includes(m))) return undefined;
  return refusal(
    'not_permitted',
    `Action « ${type} » réservée à : ${transition.by.join(', ')}.`,
    `Action "${type}" is for: ${transition.by.join(', ')}.`,
  );
}

function juryRowMatches(state: CandidateDeliberation, decided: Decided, agreement: Agreement) {
  const row = decided.grid.instruments.indexOf(state.juryInstrument);
  if (row === -1) return false;
  // The grid holds each value rounded as the rule set says (two decimals): the agreed one too.
  return decided.grid.units.every(
    (unit, u) =>
      decided.grid.rows[row]?.[u] ===
      roundTo(agreement.percentages[unit] ?? Number.NaN, decided.grid.decimals),
  );
}

function recordAgreement(
  state: CandidateDeliberation,
  agreement: Agreement,
  deliberation: Deliberation,
): CandidateDeliberation | DeliberationStep {
  if (deliberation.status !== 'decided')
    return refuse(
      'undecidable',
      "Le moteur ne décide pas sur ces preuves : voir ses raisons avant d'enregistrer l'accord.",
      'The engine decides nothing on this evidence: see its reasons before recording the agreement.',
    );
  if (agreement.comment.trim() === '')
    return refuse(
      'comment_required',
      'Le président synthétise les commentaires en une formulation unique : le commentaire manque.',
      'The president sums up the comments in one synthesis comment: it is missing.',
    );
  if (!juryRowMatches(state, deliberation, agreement))
    return refuse(
      'agreement_mismatch',
      "La décision n'a pas été prise sur cet accord (ligne jury de la grille de synthèse).",
      'The decision was not taken on this agreement (jury row of the synthesis grid).',
    );
  return { ...state, status: 'decided', agreement, deliberation };
}

function submitGrid(state: CandidateDeliberation, actor: DeliberationActor, report: MemberReport) {
  const ownOrPresident =
    actor.personId === report.memberId || actor.personId === state.president.personId;
  if (!ownOrPresident || !state.graders.includes(report.memberId))
    return refuse(
      'not_permitted',
      'Une grille ne peut être déposée que par ce membre (ou le président), pour un membre qui siège.',
      'A grid may be filed only by that member (or the president), for a member who sits.',
    );
  const reports = [...state.reports.filter((r) => r.memberId !== report.memberId), report];
  return { ...state, reports };
}

function reopen(state: CandidateDeliberation, by: string, at: string, reason: string) {
  const { agreement, deliberation, signature } = state;
  if (reason.trim() === '')
    return refuse(
      'reason_required',
      'Une réouverture demande un motif écrit.',
      'A reopening needs a written reason.',
    );
  // A signed state always has them (the machine sets them together); kept for the types.
  if (!agreement || !deliberation || !signature)
    return refuse('not_now', 'État incohérent.', 'Inconsistent state.');
  const kept = {
    version: state.version,
    reports: state.reports,
    agreement,
    deliberation,
    signature,
  };
  return {
    ...withoutDecision(state),
    status: 'reopened' as const,
    agreement,
    version: state.version + 1,
    reopenings: [...state.reopenings, { version: state.version, by, at, reason: reason.trim() }],
    previousVersions: [...state.previousVersions, kept],
  };
}

function withoutDecision(state: CandidateDeliberation): CandidateDeliberation {
  const { deliberation: _d, signature: _s, ...rest } = state;
  return rest;
}

function next(
  state: CandidateDeliberation,
  actor: DeliberationActor,
  command: DeliberationCommand,
  at: string,
): CandidateDeliberation | DeliberationStep {
  switch (command.type) {
    case 'submit_grid':
      return submitGrid(state, actor, command.report);
    case 'close_grading': {
      const missing = state.graders.filter((id) => !state.reports.some((r) => r.memberId === id));
      if (missing.length > 0)
        return refuse(
          'grids_missing',
          `Grilles de report manquantes : ${missing.join(', ')}.`,
          `Report grids missing: ${missing.join(', ')}.`,
        );
      return { ...state, status: 'consensus' };
    }
    case 'reopen_grading':
      return { ...withoutDecision(state), status: 'grading' };
    case 'record_agreement':
      return recordAgreement(state, command.agreement, command.deliberation);
    case 'revise':
    case 'resume':
      return { ...withoutDecision(state), status: 'consensus' };
    case 'sign':
      if (!command.reauthenticated)
        return refuse(
          'reauthentication_required',
          'Le président doit se ré-authentifier pour signer.',
          'The president must re-authenticate to sign.',
        );
      // Issue 14: a decision is never dated before the jury met.
      if (command.signedOn < command.sessionDate)
        return refuse(
          'before_session',
          `Le jury siège le ${command.sessionDate} : sa décision ne peut pas être signée avant ce jour (nous sommes le ${command.signedOn}).`,
          `The jury sits on ${command.sessionDate}: its decision cannot be signed before that day (today is ${command.signedOn}).`,
        );
      return {
        ...state,
        status: 'signed',
        signature: { personId: state.president.personId, name: state.president.name, at },
      };
    case 'reopen':
      return reopen(state, actor.personId, at, command.reason);
  }
}

/** The deliberation after `command` by `actor` at `at` (ISO 8601), or why it is refused. */
export function applyCommand(
  state: CandidateDeliberation,
  actor: DeliberationActor,
  command: DeliberationCommand,
  at: string,
): DeliberationStep {
  const refused = gate(state, actor, command.type);
  if (refused) return { ok: false, refusal: refused };
  const result = next(state, actor, command, at);
  if ('ok' in result) return result;
  const reason = command.type === 'reopen' ? { reason: command.reason.trim() } : {};
  return {
    ok: true,
    state: result,
    event: {
      candidateId: state.candidateId,
      command: command.type,
      from: state.status,
      to: result.status,
      version: result.version,
      by: actor.personId,
      at,
      ...reason,
    },
  };
}
