// What a deliberation screen reads for one candidate: the jury sitting for them and where each
// member's grid stands; for the president while deliberating and the certifier, every member's
// percentage per domain side by side with spread and divergence flag (seed 002); the agreement,
// the decision explained, the signature, the reopenings and the signed versions kept; the
// commands the reader may take now; for the certifier, the documents a reopening would suspend.
import {
  availableCommands,
  compareMembers,
  type DeliberationCommandType,
  guideDomains,
  guideScaleLevels,
  suggestAgreement,
} from '@certeval/core';
import { documentsToSuspend } from '../certificates/followDecision.ts';
import type { Context } from '../platform/context.ts';
import type { Actor } from '../platform/policy.ts';
import { juryCandidateFor } from './access.ts';
import { coreActor, deliberating, reportsOf } from './deliberationState.ts';
import { candidateName } from './juryMembers.ts';
import * as store from './store.ts';
import { slotOf } from './timetable.ts';

export async function getJuryCandidate(ctx: Context, actor: Actor, seatId: string) {
  const access = await juryCandidateFor(ctx, actor, seatId, 'jury.read');
  const d = await deliberating(ctx, access);
  const { state, seat, session } = d;
  const grids = await store.gridsOf(ctx.database.db, seatId);
  const president = state.president.personId === actor.userId;
  // The members' grids are the president's while deliberating, not once signed (issue 14).
  const overseer = (president && state.status !== 'signed') || access.certifier;
  const reports = state.reports.length > 0 ? state.reports : reportsOf(d, grids);
  const spread = d.rule.jury.deliberation?.divergence.spread ?? 20;
  const compared = overseer && reports.length > 0 ? compareMembers(reports, spread) : undefined;
  const comparison = compared?.ok ? compared.value : null;
  const gridOf = (personId: string) =>
    grids.find((g) => g.evaluatorId === personId && g.evaluatorRole === 'jury_member');
  const commands: DeliberationCommandType[] = [
    ...(access.member ? availableCommands(state, coreActor(actor, false)) : []),
    ...(access.certifier ? availableCommands(state, coreActor(actor, true)) : []),
  ];
  return {
    id: seat.juryCandidate.id,
    revision: seat.juryCandidate.revision,
    session: {
      id: session.id,
      certification: session.certification,
      date: session.date,
      place: session.place,
      remoteLink: session.remoteLink,
    },
    candidate: {
      id: seat.candidate.id,
      name: candidateName(seat.candidate),
      company: seat.company,
      accessRoute: seat.candidate.accessRoute,
    },
    slot: slotOf(seat.juryCandidate.slotStart, d.rule.jury.slot.minutes),
    status: state.status,
    version: state.version,
    started: d.started,
    guide: {
      key: d.guide.id,
      version: d.guide.version,
      title: d.guide.title,
      domains: guideDomains(d.guide),
      levels: guideScaleLevels(d.guide).map((l) => ({ value: l.value, label: l.label ?? '' })),
    },
    president: state.president,
    you: {
      grader: state.graders.includes(actor.userId),
      president,
      certifier: access.certifier,
    },
    commands: [...new Set(commands)],
    graders: d.jury
      .filter((m) => state.graders.includes(m.personId))
      .map((m) => {
        const grid = gridOf(m.personId);
        const visible = overseer || m.personId === actor.userId;
        return {
          personId: m.personId,
          name: m.name,
          role: m.role,
          presides: m.personId === state.president.personId,
          grid: grid ? { status: grid.status, evaluationId: visible ? grid.id : null } : null,
        };
      }),
    excluded: d.jury
      .filter((m) => !state.graders.includes(m.personId))
      .map((m) => ({ personId: m.personId, name: m.name, role: m.role })),
    comparison,
    suggestion: comparison ? suggestAgreement(comparison) : null,
    agreement: state.agreement ?? null,
    decision: state.deliberation ?? null,
    signature: state.signature ?? null,
    reopenings: state.reopenings,
    previousVersions: state.previousVersions.map((v) => ({
      version: v.version,
      agreement: v.agreement,
      summary: v.deliberation.overall.summary,
      signature: v.signature,
    })),
    minutesHash: seat.juryCandidate.minutesHash,
    // What reopening would suspend, for the certifier who reopens (issue 14).
    documents:
      access.certifier && state.status === 'signed'
        ? await documentsToSuspend(ctx.database.db, seat.juryCandidate.id)
        : [],
  };
}
