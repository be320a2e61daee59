// One candidate's deliberation as core's state machine keeps it, stored in jury_candidates:
// the jury as it sits for the candidate (members less those in conflict), the guide the
// members grade on, their submitted grids as report grids, the commands run through core
// (a refusal becomes the API's error) and the state written back with its audit, in the
// caller's transaction.
import {
  applyCommand,
  type CandidateDeliberation,
  checkCandidateJury,
  type DeliberationActor,
  type DeliberationCommand,
  type DeliberationEvent,
  type DeliberationRefusal,
  type Instrument,
  type JuryMember,
  type MemberReport,
  memberReport,
  membersFor,
  presidentOf,
  startDeliberation,
} from '@certeval/core';
import { insertAudit } from '../accounts/store.ts';
import * as candidateStore from '../candidates/store.ts';
import * as instrumentStore from '../instruments/store.ts';
import type { Context } from '../platform/context.ts';
import type { Db } from '../platform/db/open.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../platform/policy.ts';
import { conflict, type JuryCandidateAccess } from './access.ts';
import { membersTowards, problemDetails, tiesOf, toJuryMember } from './juryMembers.ts';
import { type JuryRuleSet, juryRuleSetFor } from './juryRuleSet.ts';
import * as store from './store.ts';

export interface Deliberating extends JuryCandidateAccess {
  rule: JuryRuleSet;
  guide: Instrument;
  /** The jury as it stands towards this candidate. */
  jury: JuryMember[];
  /** The stored state, or a fresh one when nothing has been done yet (not stored). */
  state: CandidateDeliberation;
  started: boolean;
}

/** The published jury guide the project uses, or the newest published one. */
async function guideOf(ctx: Context, rule: JuryRuleSet, seat: store.SessionCandidate) {
  const key = rule.jury.deliberation?.instrument;
  if (!key)
    throw new AppError('validation_failed', {
      fr: `Les règles ${rule.id} ne prévoient pas de grilles de jury en pourcentages.`,
      en: `Rule set ${rule.id} has no jury grids in percentages.`,
    });
  const { db } = ctx.database;
  const rows = await instrumentStore.publishedVersionsOf(
    db,
    rule.certification,
    rule.referentialVersion,
    key,
  );
  const candidate = await candidateStore.findCandidate(db, seat.candidate.id);
  const project = candidate && (await candidateStore.findProject(db, candidate.projectId));
  const listed = (
    project?.instruments as Array<{ key: string; version: string }> | undefined
  )?.find((i) => i.key === key);
  const row = rows.find((r) => r.version === listed?.version) ?? rows[0];
  if (!row)
    throw new AppError('not_found', {
      fr: `Guide ${key} introuvable.`,
      en: `Guide ${key} not found.`,
    });
  return row.document as Instrument;
}

function firstState(d: Omit<Deliberating, 'state' | 'started'>): CandidateDeliberation {
  const ties = tiesOf(d.seat);
  const problems = checkCandidateJury(d.rule.jury, d.jury, ties, {
    certifierId: d.session.certifierId,
  });
  const president = presidentOf(d.jury);
  if (problems.length > 0 || !president)
    throw new AppError(
      'validation_failed',
      {
        fr: 'Le jury ne peut pas délibérer pour ce candidat : voir la liste des problèmes.',
        en: 'The jury cannot deliberate for this candidate: see the list of problems.',
      },
      undefined,
      problemDetails(problems),
    );
  return startDeliberation({
    candidateId: d.seat.candidate.id,
    president: { personId: president.personId, name: president.name },
    graders: membersFor(d.rule.jury, d.jury, ties).map((m) => m.personId),
    juryInstrument: d.rule.jury.deliberation?.countsAs ?? 'jury',
  });
}

export async function deliberating(
  ctx: Context,
  access: JuryCandidateAccess,
): Promise<Deliberating> {
  const { session, seat, members } = access;
  const rule = await juryRuleSetFor(ctx, session.certification, session.referentialVersion);
  const guide = await guideOf(ctx, rule, seat);
  const organisations = await store.organisationsOfPeople(
    ctx.database.db,
    members.map((m) => m.userId),
  );
  const jury = membersTowards(
    members.map(toJuryMember),
    organisations,
    seat.candidate.organisationId,
  );
  const base = { ...access, rule, guide, jury };
  const stored = seat.juryCandidate.deliberation as CandidateDeliberation | null;
  return { ...base, state: stored ?? firstState(base), started: stored !== null };
}

/** The members' submitted grids of this candidate as report grids (seed 002, page 4). */
export function reportsOf(d: Deliberating, grids: readonly store.GridRow[]): MemberReport[] {
  return grids.flatMap((grid) => {
    if (grid.status !== 'submitted' || grid.evaluatorRole !== 'jury_member') return [];
    if (!grid.evaluatorId || !d.state.graders.includes(grid.evaluatorId)) return [];
    const report = memberReport(d.guide, {
      memberId: grid.evaluatorId,
      observations: observationsOf(grid),
      ...(grid.comment ? { comment: grid.comment } : {}),
    });
    return report.ok ? [report.value] : [];
  });
}

export function observationsOf(grid: store.GridRow): Record<string, number> {
  const items = grid.items as Array<{ item: string; percentage?: number }>;
  return Object.fromEntries(
    items.flatMap((i) => (typeof i.percentage === 'number' ? [[i.item, i.percentage]] : [])),
  );
}

export function coreActor(actor: Actor, asCertifier: boolean): DeliberationActor {
  return { kind: asCertifier ? 'certifier' : 'member', personId: actor.userId };
}

function refusalError(refusal: DeliberationRefusal): AppError {
  switch (refusal.code) {
    case 'locked':
    case 'not_now':
      return new AppError('conflict', refusal.message);
    case 'not_permitted':
      return new AppError('forbidden', refusal.message);
    case 'before_session':
      return new AppError('decision_before_session', refusal.message);
    default:
      return new AppError('validation_failed', refusal.message);
  }
}

/** The state after the commands, in order, with their events; the first refusal is thrown. */
export function run(
  state: CandidateDeliberation,
  actor: DeliberationActor,
  commands: readonly DeliberationCommand[],
  at: string,
) {
  const events: DeliberationEvent[] = [];
  let current = state;
  for (const command of commands) {
    const step = applyCommand(current, actor, command, at);
    if (!step.ok) throw refusalError(step.refusal);
    current = step.state;
    events.push(step.event);
  }
  return { state: current, events };
}

/** Writes the new state (and the columns that mirror it) and audits each event. */
export async function saveState(
  db: Db,
  d: Deliberating,
  revision: number,
  next: { state: CandidateDeliberation; events: readonly DeliberationEvent[] },
  extra: Record<string, unknown> = {},
) {
  const { state } = next;
  const decided = state.deliberation;
  const saved = await store.updateJuryCandidate(db, d.seat.juryCandidate.id, revision, {
    state: state.status,
    deliberation: state,
    agreed: state.agreement?.percentages ?? null,
    synthesisComment: state.agreement?.comment ?? null,
    decision: decided ?? null,
    ruleSet: decided ? `${decided.ruleSet.id}@${decided.ruleSet.version}` : null,
    signedBy: state.signature ? state.president.personId : null,
    signedAt: state.signature ? new Date(state.signature.at) : null,
  });
  if (saved === undefined) throw conflict();
  for (const event of next.events)
    await insertAudit(db, {
      actorId: event.by,
      action: `jury.${event.command}`,
      subjectType: 'jury_candidate',
      subjectId: d.seat.juryCandidate.id,
      data: { ...event, ...extra },
    });
  return saved;
}
