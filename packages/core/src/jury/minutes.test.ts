// The minutes of a session as data, their canonical JSON (what the hash is of), and the table
// of decisions that the server writes as CSV and XLSX.
import { describe, expect, it } from 'vitest';
import { cqpEvidence, cqpRules } from '../deliberation/testSupport.testing.ts';
import type { Agreement } from './comparison.ts';
import { decisionTable } from './decisionTable.ts';
import { applyCommand, startDeliberation } from './deliberationMachine.ts';
import type {
  CandidateDeliberation,
  DeliberationActor,
  DeliberationCommand,
} from './deliberationStates.ts';
import { deliberateWithJury } from './juryDecision.ts';
import { cqpMembers, cqpRuleSet } from './juryTestData.testing.ts';
import type { MemberReport } from './memberReport.ts';
import { canonicalJson, type JurySession, minutesOf } from './minutes.ts';

/** Signed on the day the jury sits. */
const SIGNING_DAYS = { signedOn: '2026-03-12', sessionDate: '2026-03-12' };

const rules = cqpRules();
const president: DeliberationActor = { kind: 'member', personId: 'p-dubreuil' };
const report = (memberId: string, OT: number): MemberReport => ({
  memberId,
  domains: [
    {
      domain: 'R',
      label: 'RELATION CLIENT / ARGUMENTATION',
      percentage: 75,
      graded: ['R.1'],
      ungraded: [],
    },
    {
      domain: 'PO',
      label: 'PRODUITS / OFFRES COMMERCIALES',
      percentage: 70,
      graded: ['PO.1'],
      ungraded: [],
    },
    {
      domain: 'OT',
      label: 'OUTIL / ORGANISATION DU TRAVAIL',
      percentage: OT,
      graded: ['OT.1'],
      ungraded: [],
    },
  ],
});

function deliberation(
  candidateId: string,
  agreement: Agreement,
  signAt?: string,
): CandidateDeliberation {
  const others = cqpEvidence({
    tutor: { R: 80, PO: 75, OT: 72 },
    trainer: { R: 78, PO: 74, OT: 70 },
  });
  const steps: DeliberationCommand[] = [
    { type: 'submit_grid', report: report('p-dubreuil', 40) },
    { type: 'submit_grid', report: report('p-lemoine', 45) },
    { type: 'submit_grid', report: report('p-ferrand', 70) },
    { type: 'close_grading' },
    {
      type: 'record_agreement',
      agreement,
      deliberation: deliberateWithJury(rules, others, agreement),
    },
    ...(signAt ? [{ type: 'sign' as const, reauthenticated: true, ...SIGNING_DAYS }] : []),
  ];
  let state = startDeliberation({
    candidateId,
    president: { personId: 'p-dubreuil', name: 'Claire Dubreuil' },
    graders: ['p-dubreuil', 'p-lemoine', 'p-ferrand'],
    juryInstrument: 'jury',
  });
  for (const command of steps) {
    const step = applyCommand(state, president, command, signAt ?? '2026-03-12T16:00:00+01:00');
    if (!step.ok) throw new Error(step.refusal.message.en);
    state = step.state;
  }
  return state;
}

const session: JurySession = {
  id: 's-2026-03',
  certification: { id: 'cqp-agc', title: 'CQP Assistant(e) de Gestion Client' },
  certifier: { name: 'Commission paritaire démo de l’alimentaire' },
  date: '2026-03-12',
  venue: { kind: 'on_site', place: 'Biscuiterie des Trois Vallées, salle Garonne' },
  members: cqpMembers(),
};
const passed = { percentages: { R: 75, PO: 70, OT: 72 }, comment: 'Maîtrise solide.' };
const failed = { percentages: { R: 75, PO: 70, OT: 45 }, comment: 'Organisation à consolider.' };

const entries = (secondSigned: boolean) => [
  {
    candidate: { id: 'c1', name: 'Hélène Lefèvre-Nguyễn', company: 'Biscuiterie Dupré & Fils' },
    slot: { start: '09:00', end: '09:45' },
    deliberation: deliberation('c1', passed, '2026-03-12T17:05:00+01:00'),
  },
  {
    candidate: { id: 'c2', name: 'Lucas Moreau' },
    deliberation: deliberation(
      'c2',
      failed,
      secondSigned ? '2026-03-12T17:20:00+01:00' : undefined,
    ),
  },
];

describe('the minutes of a session', () => {
  it('is a draft until every candidate is signed', () => {
    const draft = minutesOf(session, cqpRuleSet(), entries(false));
    expect([draft.locked, draft.signature, draft.candidates.map((c) => c.status)]).toEqual([
      false,
      undefined,
      ['signed', 'decided'],
    ]);
  });

  it('is locked and signed by the president at the last signature', () => {
    const minutes = minutesOf(session, cqpRuleSet(), entries(true));
    expect(minutes.locked).toBe(true);
    expect(minutes.signature).toEqual({
      personId: 'p-dubreuil',
      name: 'Claire Dubreuil',
      at: '2026-03-12T17:20:00+01:00',
    });
    const [first, second] = minutes.candidates;
    expect(first?.grid?.instruments.map((i) => i.label.fr)).toEqual([
      'tuteur',
      'formateur',
      'jury',
    ]);
    expect(first?.grid?.rows[2]).toEqual([75, 70, 72]);
    expect(first?.decision?.summary.fr).toBe('CQP attribué');
    expect(second?.decision?.explanation.map((l) => l.fr)).toContain(
      'Outil / Organisation du travail (OT) non validé : jury 45 % < 50 % minimum',
    );
    expect(second?.comment).toBe('Organisation à consolider.');
    const ot = first?.appreciations?.domains[2];
    expect([ot?.members.map((m) => m.percentage), ot?.spread, ot?.divergent]).toEqual([
      [40, 45, 70],
      30,
      true,
    ]);
  });

  it('names who reopened a deliberation and why', () => {
    const state = deliberation('c1', passed, '2026-03-12T17:05:00+01:00');
    const step = applyCommand(
      state,
      { kind: 'certifier', personId: 'p-marchetti' },
      { type: 'reopen', reason: 'Erreur de report.' },
      '2026-03-20T10:00:00+01:00',
    );
    if (!step.ok) throw new Error(step.refusal.message.en);
    const minutes = minutesOf(
      session,
      cqpRuleSet(),
      [{ candidate: { id: 'c1', name: 'H. L.' }, deliberation: step.state }],
      { 'p-marchetti': 'Hélène Marchetti' },
    );
    expect(minutes.candidates[0]?.reopenings).toEqual([
      {
        version: 1,
        by: 'p-marchetti',
        byName: 'Hélène Marchetti',
        at: '2026-03-20T10:00:00+01:00',
        reason: 'Erreur de report.',
      },
    ]);
    expect([minutes.locked, minutes.candidates[0]?.version]).toEqual([false, 2]);
  });

  it('gives the same canonical JSON whatever the order of the keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"e":0,"f":1}]},"b":1}',
    );
    const minutes = minutesOf(session, cqpRuleSet(), entries(true));
    const reordered = JSON.parse(
      JSON.stringify({
        candidates: minutes.candidates,
        signature: minutes.signature,
        locked: minutes.locked,
        session: minutes.session,
      }),
    );
    expect(canonicalJson(reordered)).toBe(canonicalJson(minutes));
  });
});

describe('the table of decisions', () => {
  it('has one row per candidate with the synthesis grid, verdicts, rule set and signature', () => {
    const table = decisionTable([minutesOf(session, cqpRuleSet(), entries(true))]);
    const headers = table.columns.map((c) => c.header);
    expect(headers.slice(0, 9)).toEqual([
      'Date du jury',
      'Certification',
      'Candidat',
      'Entreprise',
      'R – tuteur (%)',
      'R – formateur (%)',
      'R – jury (%)',
      'R – moyenne (%)',
      'R – décision',
    ]);
    expect(headers.slice(-7)).toEqual([
      'Décision',
      'État',
      'Jeu de règles',
      'Version',
      'Signé par',
      'Signé le',
      'Commentaire de synthèse',
    ]);
    const row = (k: number) =>
      Object.fromEntries(table.columns.map((c, i) => [c.key, table.rows[k]?.[i]]));
    expect(row(1)).toMatchObject({
      candidate: 'Lucas Moreau',
      company: null,
      'OT.jury': 45,
      'OT.decision': 'Outil / Organisation du travail (OT) non validé',
      decision: 'CQP non attribué',
      status: 'signé (verrouillé)',
      ruleSet: 'cqp-agc-rules v1',
      version: 1,
      signedAt: '2026-03-12T17:20:00+01:00',
    });
    expect(table.columns.find((c) => c.key === 'OT.mean')?.kind).toBe('percentage');
  });

  it('speaks English when asked', () => {
    const table = decisionTable([minutesOf(session, cqpRuleSet(), entries(true))], 'en');
    expect(table.columns.map((c) => c.header)).toContain('OT – trainer (%)');
    expect(table.rows[0]?.[table.columns.findIndex((c) => c.key === 'decision')]).toBe(
      'CQP awarded',
    );
  });
});
