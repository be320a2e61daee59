// The seed 003 title: each competence Acquis / Non acquis, a bloc acquired when all its
// competences are, the title when all blocs are and the final project is passed; blocs
// acquired at an earlier attempt carried over while valid.
import { describe, expect, it } from 'vitest';
import { compileRules } from './compile.ts';
import { type Deliberation, deliberate } from './deliberate.ts';
import type { AcquiredUnit, Evidence, Outcome } from './evidence.ts';
import type { DeliberationFacts } from './facts.ts';
import { loadRuleSet } from './testSupport.testing.ts';

const ruleSet = loadRuleSet('titre-relation-client.yaml');
const facts: DeliberationFacts = {
  referentialVersion: '1',
  units: [
    {
      code: 'BLOC1',
      label: 'Gestion de la relation client',
      competences: ['BLOC1.C1', 'BLOC1.C2'],
    },
    { code: 'BLOC2', label: 'Accompagnement à la coordination', competences: ['BLOC2.C1'] },
  ],
};
const rules = compileRules(ruleSet, facts);

function evidence(
  results: Record<string, Outcome>,
  finalProject: Outcome | null = 'acquired',
): Evidence {
  const items = Object.entries(results).map(([code, result]) => ({
    unit: code.split('.')[0] ?? '',
    item: code,
    competences: [code],
    result,
  }));
  const instruments: Evidence['instruments'] = [{ instrument: 'bloc_jury', items }];
  if (finalProject) instruments.push({ instrument: 'final_project', outcome: finalProject });
  return { instruments };
}
const allAcquired = {
  'BLOC1.C1': 'acquired',
  'BLOC1.C2': 'acquired',
  'BLOC2.C1': 'acquired',
} as const;
const decided = (d: Deliberation) => {
  if (d.status !== 'decided') throw new Error(JSON.stringify(d.reasons));
  return d;
};

describe('seed 003: blocs on Acquis / Non acquis, then the final project', () => {
  it('awards the title when every competence is Acquis and the final project is passed', () => {
    const d = decided(deliberate(rules, evidence(allAcquired)));
    expect(d.overall.summary).toEqual({ fr: 'Titre délivré', en: 'Title awarded' });
    expect(d.explanation.map((l) => l.fr)).toContain(
      'Titre : Gestion de la relation client (BLOC1) acquis, Accompagnement à la coordination (BLOC2) acquis',
    );
  });

  it('one Non acquis competence: its bloc is not acquired and the title is not awarded', () => {
    const d = decided(deliberate(rules, evidence({ ...allAcquired, 'BLOC1.C2': 'not_acquired' })));
    expect(d.units.map((u) => u.passed)).toEqual([false, true]);
    expect(d.overall.passed).toBe(false);
    const fr = d.explanation.map((l) => l.fr);
    expect(fr).toContain(
      'Gestion de la relation client (BLOC1) non acquis : compétence BLOC1.C2 Non acquis — mesuré par : jury de bloc BLOC1.C2 Non acquis',
    );
    expect(fr).toContain('Titre non délivré : Gestion de la relation client (BLOC1) non acquis');
  });

  it('a competence Acquis in one modality and Non acquis in another is Non acquis', () => {
    const e = evidence(allAcquired);
    e.instruments[0]?.items?.push({
      unit: 'BLOC2',
      competences: ['BLOC2.C1'],
      result: 'not_acquired',
    });
    expect(decided(deliberate(rules, e)).units[1]?.passed).toBe(false);
  });

  it('all blocs acquired but the final project not passed: not awarded', () => {
    const d = decided(deliberate(rules, evidence(allAcquired, 'not_acquired')));
    expect(d.units.every((u) => u.passed)).toBe(true);
    expect(d.overall.passed).toBe(false);
    expect(d.explanation.map((l) => l.en)).toContain(
      'Title not awarded: sustainability project not passed',
    );
  });

  it('no result for the final project, or a competence never judged: undecidable', () => {
    const noProject = deliberate(rules, evidence(allAcquired, null));
    expect(noProject.status === 'undecidable' && noProject.reasons.map((r) => r.code)).toEqual([
      'missing_instrument',
    ]);
    const { 'BLOC1.C1': _, ...partial } = allAcquired;
    const missing = deliberate(rules, evidence(partial));
    expect(missing.status === 'undecidable' && missing.reasons.map((r) => r.at)).toEqual([
      { unit: 'BLOC1', competence: 'BLOC1.C1' },
    ]);
  });

  it('a percentage where Acquis / Non acquis is expected is bad input', () => {
    const e: Evidence = {
      instruments: [
        {
          instrument: 'bloc_jury',
          items: [{ unit: 'BLOC1', competences: ['BLOC1.C1'], score: 80 }],
        },
      ],
    };
    const d = deliberate(rules, e);
    expect(d.status === 'undecidable' && d.reasons[0]?.code).toBe('wrong_scale');
  });
});

describe('carry-over of acquired blocs to a later attempt', () => {
  const bloc1: AcquiredUnit = {
    unit: 'BLOC1',
    acquiredOn: '2020-06-15',
    ruleSetId: 'titre-relation-client-rules',
    ruleSetVersion: '1',
  };
  const onlyBloc2 = evidence({ 'BLOC2.C1': 'acquired' });

  it('keeps a bloc acquired earlier without time limit by default', () => {
    const d = decided(
      deliberate(rules, { ...onlyBloc2, acquiredUnits: [bloc1] }, { decidedOn: '2035-01-01' }),
    );
    expect(d.units[0]).toMatchObject({ passed: true, carriedOver: bloc1 });
    expect(d.units[0]?.summary.fr).toBe(
      "Gestion de la relation client (BLOC1) acquis (acquis le 2020-06-15, reporté d'une session antérieure)",
    );
    expect(d.overall.passed).toBe(true);
  });

  describe('with a validity of 5 years', () => {
    const limited = compileRules(
      { ...ruleSet, validity: { unlimited: false, years: 5, citation: { source: 'test' } } },
      facts,
    );

    it('keeps the bloc the day before the fifth anniversary', () => {
      const d = decided(
        deliberate(limited, { ...onlyBloc2, acquiredUnits: [bloc1] }, { decidedOn: '2025-06-14' }),
      );
      expect(d.units[0]?.carriedOver).toEqual(bloc1);
    });

    it('no longer keeps it from the fifth anniversary: the bloc must be evaluated again', () => {
      const d = deliberate(
        limited,
        { ...onlyBloc2, acquiredUnits: [bloc1] },
        { decidedOn: '2025-06-15' },
      );
      expect(d.status === 'undecidable' && d.reasons.map((r) => r.at.competence)).toEqual([
        'BLOC1.C1',
        'BLOC1.C2',
      ]);
      const again = decided(
        deliberate(
          limited,
          { ...evidence(allAcquired), acquiredUnits: [bloc1] },
          { decidedOn: '2025-06-15' },
        ),
      );
      expect(again.units[0]?.carriedOver).toBeUndefined();
      expect(again.explanation[0]?.en).toBe(
        'Gestion de la relation client (BLOC1): acquired on 2020-06-15, no longer valid (5-year validity), evaluated again',
      );
    });
  });

  it('refuses a carried bloc without a decision date, from another rule set, or acquired in the future', () => {
    const codes = (acquired: AcquiredUnit, decidedOn?: string) => {
      const d = deliberate(
        rules,
        { ...onlyBloc2, acquiredUnits: [acquired] },
        decidedOn ? { decidedOn } : {},
      );
      return d.status === 'undecidable' ? d.reasons.map((r) => r.code) : [];
    };
    expect(codes(bloc1)[0]).toBe('invalid_acquired_unit');
    expect(codes({ ...bloc1, ruleSetId: 'cqp-agc-rules' }, '2024-01-01')).toContain(
      'invalid_acquired_unit',
    );
    expect(codes({ ...bloc1, acquiredOn: '2030-01-01' }, '2024-01-01')).toContain(
      'invalid_acquired_unit',
    );
  });

  it('carries nothing over where the rule set does not allow it', () => {
    const closed = compileRules(
      { ...ruleSet, carryOver: { allowed: false, citation: { source: 'test' } } },
      facts,
    );
    const d = deliberate(
      closed,
      { ...evidence(allAcquired), acquiredUnits: [bloc1] },
      { decidedOn: '2024-01-01' },
    );
    expect(d.status === 'undecidable' && d.reasons[0]?.message.en).toBe(
      'Gestion de la relation client (BLOC1): this rule set carries nothing over',
    );
  });
});
