// The agreement fed to the engine: the synthesis grid of seed 000, slide 19 with tutor,
// trainer and jury side by side, the decision explained — and the same decision when the jury's
// work goes through the evaluation record instead (`certeval deliberate`).
import { describe, expect, it } from 'vitest';
import type { Evidence } from '../deliberation/index.ts';
import {
  deliberateRecord,
  type EvaluationRecord,
  evidenceFromRecord,
} from '../evaluation/index.ts';
import { adaptedTutorGrid, sampleRecord } from '../evaluation/testSupport.testing.ts';
import { cqpAgcVersion, loadInstrument } from '../instruments/testData.testing.ts';
import type { Agreement } from './comparison.ts';
import { deliberateWithJury, juryEvaluations } from './juryDecision.ts';
import {
  cqpCompiledRules,
  cqpMembers,
  cqpRuleSet,
  juryGuide,
  titleRuleSet,
} from './juryTestData.testing.ts';

const referential = cqpAgcVersion();
const guide = juryGuide();
const context = {
  referential,
  ruleSet: cqpRuleSet(),
  instruments: [
    adaptedTutorGrid(),
    loadInstrument('cqp-agc-demo-questionnaire.yaml', referential),
    guide,
  ],
};

/** The sample record without its jury evaluations: the tutor's and the trainer's. */
function withoutJury(): EvaluationRecord {
  const record = sampleRecord();
  return { ...record, evaluations: record.evaluations.filter((e) => e.instrument.id !== guide.id) };
}

function tutorAndTrainer(): Evidence {
  const result = evidenceFromRecord(withoutJury(), context);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value.evidence;
}

const agreement: Agreement = {
  percentages: { R: 75, PO: 70, OT: 45 },
  comment: "Relation client solide. L'organisation du travail reste insuffisante.",
};

describe("the jury's agreement in the synthesis grid (seed 000, slide 19)", () => {
  it('puts tutor, trainer and jury side by side and explains why OT fails', () => {
    const decided = deliberateWithJury(cqpCompiledRules(), tutorAndTrainer(), agreement);
    if (decided.status !== 'decided') throw new Error(JSON.stringify(decided.reasons));
    expect(decided.grid.instruments).toEqual(['tutor', 'trainer', 'jury']);
    expect(decided.grid.rows[2]).toEqual([75, 70, 45]);
    expect(decided.explanation.map((line) => line.fr)).toContain(
      'Outil / Organisation du travail (OT) non validé : jury 45 % < 50 % minimum',
    );
    expect(decided.overall.summary.fr).toBe('CQP non attribué');
  });

  it('decides as `certeval deliberate` does on the record with the jury’s evaluations', () => {
    const members = cqpMembers();
    const evaluations = juryEvaluations({
      guide,
      date: '2024-06-11',
      members,
      grids: [
        {
          memberId: 'p-lemoine',
          observations: {
            'R.1': 70,
            'R.2': 70,
            'R.3': 70,
            'PO.1': 70,
            'OT.1': 50,
            'OT.2': 30,
            'OT.3': 50,
          },
        },
        {
          memberId: 'p-ferrand',
          observations: {
            'R.1': 70,
            'R.2': 100,
            'R.3': 70,
            'PO.1': 70,
            'OT.1': 30,
            'OT.2': 50,
            'OT.3': 30,
          },
        },
      ],
      agreement,
      presidentId: 'p-dubreuil',
    });
    expect(evaluations.map((e) => [e.evaluator.name, e.evaluator.role, e.items.length])).toEqual([
      ['Marc Lemoine', 'jury_member', 7],
      ['Nadia Ferrand', 'jury_member', 7],
      ['Claire Dubreuil', 'jury_president', 0],
    ]);
    const base = withoutJury();
    const viaRecord = deliberateRecord(
      { ...base, evaluations: [...base.evaluations, ...evaluations] },
      context,
    );
    const direct = deliberateWithJury(cqpCompiledRules(), tutorAndTrainer(), agreement);
    if (viaRecord.status !== 'decided' || direct.status !== 'decided') throw new Error('undecided');
    expect(viaRecord.grid).toEqual(direct.grid);
    const verdicts = (d: typeof direct) => [
      ...d.units.map((u) => u.summary),
      d.overall.summary,
      ...d.units.flatMap((u) => u.conditions.filter((c) => c.kind !== 'competence')),
    ];
    expect(verdicts(viaRecord)).toEqual(verdicts(direct));
    // Only the record has the members' observations: they evidence savoir-faire too.
    expect(viaRecord.competenceScores.OTSF4).not.toBe(direct.competenceScores.OTSF4);
  });

  it('refuses evidence that already has a jury row rather than replace it', () => {
    const evidence = tutorAndTrainer();
    const twice = {
      instruments: [
        ...evidence.instruments,
        { instrument: 'jury', unitScores: { R: 80, PO: 80, OT: 80 } },
      ],
    };
    const result = deliberateWithJury(cqpCompiledRules(), twice, agreement);
    expect(result.status).toBe('undecidable');
    expect(result.status === 'undecidable' && result.reasons.map((r) => r.code)).toContain(
      'duplicate_instrument',
    );
  });

  it('decides nothing for a rule set whose jury does not agree percentages (seed 003)', () => {
    const rules = { ...cqpCompiledRules(), ruleSet: titleRuleSet() };
    const result = deliberateWithJury(rules, tutorAndTrainer(), agreement);
    expect(result.status === 'undecidable' && result.reasons[0]?.message.en).toBe(
      'rule set titre-relation-client-rules describes no jury deliberation in percentages',
    );
  });
});
