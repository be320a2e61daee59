// One candidate's deliberation from the members' grids to the signed, locked decision, who may
// take each step, and the certifier's reopening that keeps the signed version.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cqpEvidence, cqpRules } from '../deliberation/testSupport.testing.ts';
import type { Agreement } from './comparison.ts';
import { applyCommand, availableCommands, startDeliberation } from './deliberationMachine.ts';
import type {
  CandidateDeliberation,
  DeliberationActor,
  DeliberationCommand,
  DeliberationStep,
} from './deliberationStates.ts';
import { deliberateWithJury } from './juryDecision.ts';
import type { MemberReport } from './memberReport.ts';

const rules = cqpRules();
const others = cqpEvidence({
  tutor: { R: 80, PO: 75, OT: 72 },
  trainer: { R: 78, PO: 74, OT: 70 },
});
const agreement: Agreement = {
  percentages: { R: 75, PO: 70, OT: 72 },
  comment: 'Synthèse du jury.',
};
const decision = () => deliberateWithJury(rules, others, agreement);

const president: DeliberationActor = { kind: 'member', personId: 'p-dubreuil' };
const lemoine: DeliberationActor = { kind: 'member', personId: 'p-lemoine' };
const ferrand: DeliberationActor = { kind: 'member', personId: 'p-ferrand' };
const certifier: DeliberationActor = { kind: 'certifier', personId: 'p-marchetti' };
const AT = '2026-03-12T17:05:00+01:00';
/** Signed on the day the jury sits. */
const SIGNING_DAYS = { signedOn: '2026-03-12', sessionDate: '2026-03-12' };

const report = (memberId: string): MemberReport => ({
  memberId,
  domains: ['R', 'PO', 'OT'].map((domain) => ({
    domain,
    label: domain,
    percentage: 70,
    graded: [],
    ungraded: [],
  })),
});

const start = () =>
  startDeliberation({
    candidateId: 'c-lefevre',
    president: { personId: 'p-dubreuil', name: 'Claire Dubreuil' },
    graders: ['p-dubreuil', 'p-lemoine', 'p-ferrand'],
    juryInstrument: 'jury',
  });

function run(state: CandidateDeliberation, steps: Array<[DeliberationActor, DeliberationCommand]>) {
  return steps.reduce((s, [actor, command]) => {
    const step = applyCommand(s, actor, command, AT);
    if (!step.ok) throw new Error(step.refusal.message.en);
    return step.state;
  }, state);
}

const graded = () =>
  run(start(), [
    [president, { type: 'submit_grid', report: report('p-dubreuil') }],
    [lemoine, { type: 'submit_grid', report: report('p-lemoine') }],
    // The president keys in a member's paper grid ("le président du jury collecte…").
    [president, { type: 'submit_grid', report: report('p-ferrand') }],
  ]);

const signed = () =>
  run(graded(), [
    [president, { type: 'close_grading' }],
    [president, { type: 'record_agreement', agreement, deliberation: decision() }],
    [president, { type: 'sign', reauthenticated: true, ...SIGNING_DAYS }],
  ]);

const refusal = (step: DeliberationStep) => (step.ok ? 'accepted' : step.refusal.code);

describe('from the members’ grids to the signature', () => {
  it('grades, agrees, decides, signs and locks', () => {
    const state = signed();
    expect(state.status).toBe('signed');
    expect(state.signature).toEqual({ personId: 'p-dubreuil', name: 'Claire Dubreuil', at: AT });
    expect(state.deliberation?.overall.summary.fr).toBe('CQP attribué');
    expect(state.reports.map((r) => r.memberId)).toEqual(['p-dubreuil', 'p-lemoine', 'p-ferrand']);
  });

  it('returns the event the audit trail records', () => {
    const step = applyCommand(graded(), president, { type: 'close_grading' }, AT);
    expect(step.ok && step.event).toEqual({
      candidateId: 'c-lefevre',
      command: 'close_grading',
      from: 'grading',
      to: 'consensus',
      version: 1,
      by: 'p-dubreuil',
      at: AT,
    });
  });

  it('refuses a grid for someone else, and closing before every grid is in', () => {
    expect(
      refusal(
        applyCommand(start(), lemoine, { type: 'submit_grid', report: report('p-ferrand') }, AT),
      ),
    ).toBe('not_permitted');
    const outsider = { kind: 'member' as const, personId: 'p-x' };
    expect(
      refusal(applyCommand(start(), outsider, { type: 'submit_grid', report: report('p-x') }, AT)),
    ).toBe('not_permitted');
    const step = applyCommand(start(), president, { type: 'close_grading' }, AT);
    expect(step.ok ? '' : step.refusal.message.fr).toBe(
      'Grilles de report manquantes : p-dubreuil, p-lemoine, p-ferrand.',
    );
  });

  it('refuses a decision the engine did not take on this agreement', () => {
    const consensus = run(graded(), [[president, { type: 'close_grading' }]]);
    const other = { ...agreement, percentages: { ...agreement.percentages, OT: 40 } };
    const mismatch = applyCommand(
      consensus,
      president,
      { type: 'record_agreement', agreement: other, deliberation: decision() },
      AT,
    );
    expect(refusal(mismatch)).toBe('agreement_mismatch');
    const undecidable = deliberateWithJury(rules, { instruments: [] }, agreement);
    const step = applyCommand(
      consensus,
      president,
      { type: 'record_agreement', agreement, deliberation: undecidable },
      AT,
    );
    expect(refusal(step)).toBe('undecidable');
    const silent = { ...agreement, comment: ' ' };
    const noComment = applyCommand(
      consensus,
      president,
      { type: 'record_agreement', agreement: silent, deliberation: decision() },
      AT,
    );
    expect(refusal(noComment)).toBe('comment_required');
    const byMember = applyCommand(
      consensus,
      lemoine,
      { type: 'record_agreement', agreement, deliberation: decision() },
      AT,
    );
    expect(refusal(byMember)).toBe('not_permitted');
  });

  it('asks the president to re-authenticate to sign, and lets them revise before', () => {
    const decided = run(graded(), [
      [president, { type: 'close_grading' }],
      [president, { type: 'record_agreement', agreement, deliberation: decision() }],
    ]);
    expect(
      refusal(
        applyCommand(
          decided,
          president,
          { type: 'sign', reauthenticated: false, ...SIGNING_DAYS },
          AT,
        ),
      ),
    ).toBe('reauthentication_required');
    const revised = run(decided, [[president, { type: 'revise' }]]);
    expect([revised.status, revised.deliberation, revised.agreement]).toEqual([
      'consensus',
      undefined,
      agreement,
    ]);
  });
});

describe('after signing', () => {
  it('refuses every change, even by the president', () => {
    const state = signed();
    expect(refusal(applyCommand(state, president, { type: 'revise' }, AT))).toBe('locked');
    expect(
      refusal(
        applyCommand(state, ferrand, { type: 'submit_grid', report: report('p-ferrand') }, AT),
      ),
    ).toBe('locked');
    expect(refusal(applyCommand(state, president, { type: 'reopen', reason: 'erreur' }, AT))).toBe(
      'not_permitted',
    );
    expect(availableCommands(state, president)).toEqual([]);
    expect(availableCommands(state, certifier)).toEqual(['reopen']);
  });

  it('is reopened by the certifier with a written reason, keeping the signed version', () => {
    const state = signed();
    expect(refusal(applyCommand(state, certifier, { type: 'reopen', reason: '   ' }, AT))).toBe(
      'reason_required',
    );
    const reason = 'Erreur de report du pourcentage OT signalée par le président.';
    const step = applyCommand(
      state,
      certifier,
      { type: 'reopen', reason },
      '2026-03-20T10:00:00+01:00',
    );
    if (!step.ok) throw new Error(step.refusal.message.en);
    expect(step.event.reason).toBe(reason);
    const reopened = step.state;
    expect([reopened.status, reopened.version, reopened.signature, reopened.deliberation]).toEqual([
      'reopened',
      2,
      undefined,
      undefined,
    ]);
    expect(reopened.previousVersions).toEqual([
      {
        version: 1,
        reports: state.reports,
        agreement,
        deliberation: state.deliberation,
        signature: state.signature,
      },
    ]);
    expect(reopened.reopenings).toEqual([
      { version: 1, by: 'p-marchetti', at: '2026-03-20T10:00:00+01:00', reason },
    ]);
    const again = run(reopened, [
      [president, { type: 'resume' }],
      [president, { type: 'record_agreement', agreement, deliberation: decision() }],
      [president, { type: 'sign', reauthenticated: true, ...SIGNING_DAYS }],
    ]);
    expect([again.status, again.version, again.previousVersions.length]).toEqual(['signed', 2, 1]);
  });
});

describe('properties of the state machine', () => {
  const actors = fc.constantFrom(president, lemoine, ferrand, certifier, {
    kind: 'member' as const,
    personId: 'p-x',
  });
  const commands: fc.Arbitrary<DeliberationCommand> = fc.oneof(
    fc
      .constantFrom('p-dubreuil', 'p-lemoine', 'p-ferrand')
      .map((id) => ({ type: 'submit_grid' as const, report: report(id) })),
    fc.constantFrom<DeliberationCommand>(
      { type: 'close_grading' },
      { type: 'reopen_grading' },
      { type: 'record_agreement', agreement, deliberation: decision() },
      { type: 'revise' },
      { type: 'sign', reauthenticated: true, ...SIGNING_DAYS },
      { type: 'sign', reauthenticated: false, ...SIGNING_DAYS },
      { type: 'reopen', reason: 'Motif écrit.' },
      { type: 'reopen', reason: '' },
      { type: 'resume' },
    ),
  );

  // Random sequences rarely reach a signature from scratch: start from every stage.
  const origins = [
    start(),
    graded(),
    run(graded(), [[president, { type: 'close_grading' }]]),
    signed(),
    run(signed(), [[certifier, { type: 'reopen', reason: 'Motif écrit.' }]]),
  ];

  it('never leaves signed except by a reopening, and keeps its invariants on any sequence', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...origins),
        fc.array(fc.tuple(actors, commands), { maxLength: 40 }),
        (origin, steps) => {
          let state = origin;
          for (const [actor, command] of steps) {
            const step = applyCommand(state, actor, command, AT);
            if (!step.ok) continue;
            if (state.status === 'signed') {
              expect(command.type).toBe('reopen');
              expect(actor.kind).toBe('certifier');
              expect(step.state.version).toBe(state.version + 1);
            }
            state = step.state;
            expect(state.deliberation !== undefined).toBe(
              state.status === 'decided' || state.status === 'signed',
            );
            expect(state.signature !== undefined).toBe(state.status === 'signed');
            expect(state.version).toBe(1 + state.previousVersions.length);
            expect(state.reopenings.length).toBe(state.previousVersions.length);
          }
        },
      ),
    );
  });
});

describe('the day of the signature (issue 14)', () => {
  const decided = () =>
    run(graded(), [
      [president, { type: 'close_grading' }],
      [president, { type: 'record_agreement', agreement, deliberation: decision() }],
    ]);
  const signOn = (signedOn: string) =>
    applyCommand(
      decided(),
      president,
      { type: 'sign', reauthenticated: true, signedOn, sessionDate: '2026-12-15' },
      AT,
    );

  it('refuses a signature before the day the jury meets, saying both days', () => {
    const early = signOn('2026-12-07');
    expect(refusal(early)).toBe('before_session');
    if (early.ok) throw new Error('signed early');
    expect(early.refusal.message.fr).toContain('2026-12-15');
    expect(early.refusal.message.en).toContain('2026-12-07');
  });

  it('accepts it on that day or after', () => {
    expect(refusal(signOn('2026-12-15'))).toBe('accepted');
    expect(refusal(signOn('2027-01-04'))).toBe('accepted');
  });
});
