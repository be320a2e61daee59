import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RecordItemResult } from '../evaluation/recordSchema.ts';
import { cqpAgcInstruments, cqpAgcVersion } from '../instruments/testData.testing.ts';
import { ROLES } from '../organisation/roles.ts';
import { candidateDisplayName } from './candidateSchema.ts';
import { checkEvaluationItems, instrumentItems, itemChanges } from './evaluationItems.ts';
import {
  CANDIDATE_STATES,
  CANDIDATE_TRANSITIONS,
  checkTransition,
  nextStates,
  pathwayOf,
} from './fileStates.ts';
import { identityProblems } from './identity.ts';
import { positionCandidate } from './positioning.ts';
import { progressOf } from './progress.ts';

const version = cqpAgcVersion();
const [juryGuide, tutorGrid, questionnaire] = cqpAgcInstruments(version);
if (!juryGuide || !tutorGrid || !questionnaire) throw new Error('CQP AGC instruments missing');

describe('candidate file states', () => {
  it('allows exactly the listed transitions of each pathway, to exactly the listed movers', () => {
    const movers = [...ROLES, 'system'] as const;
    for (const pathway of ['training', 'vae'] as const)
      for (const from of CANDIDATE_STATES)
        for (const to of CANDIDATE_STATES)
          for (const mover of movers) {
            const listed = CANDIDATE_TRANSITIONS.find(
              (t) => t.from === from && t.to === to && (t.pathway ?? pathway) === pathway,
            );
            const result = checkTransition(from, to, [mover], pathway);
            expect(result.ok).toBe(listed?.by.includes(mover) ?? false);
            if (!result.ok) expect(result.message.fr.length).toBeGreaterThan(10);
          }
  });

  it('puts a VAE file before the jury from enrolment once its booklet is submitted', () => {
    const vae = checkTransition('enrolled', 'ready_for_jury', ['system'], pathwayOf('vae'));
    expect(vae.ok && vae.transition.requires).toBe('vae_booklet_submitted');
    expect(nextStates('enrolled', ['company_pilot'], 'vae')).toContain('ready_for_jury');
    expect(checkTransition('enrolled', 'ready_for_jury', ['candidate'], 'vae').ok).toBe(false);
  });

  it('takes a VAE file back from the jury to enrolment only by the product, on re-opening its booklet', () => {
    expect(checkTransition('ready_for_jury', 'enrolled', ['system'], 'vae').ok).toBe(true);
    expect(
      checkTransition('ready_for_jury', 'enrolled', ['company_pilot', 'certifier_admin'], 'vae'),
    ).toMatchObject({ ok: false, reason: 'not_allowed' });
    expect(checkTransition('ready_for_jury', 'enrolled', ['system'], 'training')).toMatchObject({
      ok: false,
      reason: 'no_such_transition',
    });
    expect(nextStates('ready_for_jury', ['certifier_admin'], 'vae')).toEqual(['withdrawn']);
  });

  it('keeps the training route as it was: no jury straight from enrolment', () => {
    const pathway = pathwayOf('professionalisation_contract');
    expect(pathway).toBe('training');
    expect(checkTransition('enrolled', 'ready_for_jury', ['company_pilot'], pathway)).toMatchObject(
      { ok: false, reason: 'no_such_transition' },
    );
    expect(nextStates('enrolled', ['company_pilot'])).toEqual(['positioned', 'withdrawn']);
    expect(nextStates('ready_for_jury', ['company_pilot'], 'vae')).not.toContain('in_training');
  });

  it('lets only a signed jury decision close a file', () => {
    expect(
      checkTransition('ready_for_jury', 'decided', ['company_pilot', 'certifier_admin']),
    ).toMatchObject({ ok: false, reason: 'not_allowed' });
    expect(checkTransition('ready_for_jury', 'decided', ['system']).ok).toBe(true);
    expect(nextStates('decided', [...ROLES, 'system'])).toEqual([]);
  });

  it('asks for the final evaluations before the jury', () => {
    const result = checkTransition('in_training', 'ready_for_jury', ['company_pilot']);
    expect(result.ok && result.transition.requires).toBe('final_evaluations_submitted');
    expect(checkTransition('in_training', 'ready_for_jury', ['tutor']).ok).toBe(false);
  });
});

describe('identity', () => {
  it('refuses a birth date in the future, a non-date and a child', () => {
    expect(identityProblems({ birthDate: '2030-01-01' }, '2026-11-23')[0]?.path).toBe('birthDate');
    expect(identityProblems({ birthDate: '2001-02-30' }, '2026-11-23')[0]?.message.en).toMatch(
      /calendar/,
    );
    expect(identityProblems({ birthDate: '2013-01-01' }, '2026-11-23')[0]?.message.fr).toMatch(
      /14 ans/,
    );
    expect(identityProblems({ birthDate: '2012-11-23' }, '2026-11-23')).toEqual([]);
  });

  it('shows the usage name when there is one', () => {
    const person = { birthName: 'Marchetti', firstNames: ['Élodie', 'Claire'] };
    expect(candidateDisplayName(person)).toBe('Élodie Claire Marchetti');
    expect(candidateDisplayName({ ...person, usageName: 'Lebrun' })).toBe('Élodie Claire Lebrun');
  });
});

describe('evaluation items', () => {
  const ids = instrumentItems(tutorGrid).map((item) => item.id);

  it('accepts a partial draft and refuses it as a submission, naming the missing items', () => {
    const draft = [{ item: ids[0] as string, percentage: 50 }];
    expect(checkEvaluationItems(tutorGrid, draft, { complete: false })).toEqual([]);
    const missing = checkEvaluationItems(tutorGrid, draft, { complete: true });
    // One problem per mission of the grid (M1 to M5), naming its missing lines.
    expect(missing.map((p) => p.code)).toEqual(Array(5).fill('incomplete_evaluation'));
    expect(missing[0]?.message.fr).toContain(`sans résultat : ${ids.slice(1, 4).join(', ')}`);
    expect(missing[2]?.message.fr).toMatch(
      /^M3 « Intervenir auprès du client[^»]*» : aucun de ses 7 éléments/,
    );
  });

  it('accepts a submission whose missing lines are marked « non évalué » with a reason', () => {
    const results = ids.map((item, k) =>
      k < 4 ? { item, percentage: 50 } : { item, notEvaluated: { reason: 'Pas observé.' } },
    );
    expect(checkEvaluationItems(tutorGrid, results, { complete: true })).toEqual([]);
  });

  it('takes no « non évalué » whose reason is only spaces', () => {
    const results = [{ item: ids[0] as string, notEvaluated: { reason: '  ' } }];
    expect(
      checkEvaluationItems(tutorGrid, results, { complete: false }).map((p) => [p.code, p.path]),
    ).toEqual([['item_value', '$.items[0].notEvaluated.reason']]);
  });

  it('locates an unknown item, a second value, a percentage of 105 and a duplicate', () => {
    const problems = checkEvaluationItems(
      tutorGrid,
      [
        { item: 'M9A9', percentage: 50 },
        { item: ids[0] as string, percentage: 105 },
        { item: ids[1] as string, percentage: 50, outcome: 'acquis' },
        { item: ids[2] as string, percentage: 30 },
        { item: ids[2] as string, percentage: 30 },
      ],
      { complete: false },
    );
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['unknown_item', '$.items[0].item'],
      ['score_out_of_range', '$.items[1].percentage'],
      ['item_value', '$.items[2]'],
      ['duplicate_item', '$.items[4].item'],
    ]);
  });

  it('records item by item what a save changed, and nothing for an unchanged item', () => {
    const before = [
      { item: 'a', percentage: 30 },
      { item: 'b', percentage: 50 },
    ];
    const after = [
      { item: 'b', percentage: 70, comment: 'mieux' },
      { item: 'a', percentage: 30 },
      { item: 'c', percentage: 0 },
    ];
    expect(itemChanges(before, after)).toEqual([
      { item: 'b', before: { item: 'b', percentage: 50 }, after: after[0] },
      { item: 'c', after: after[2] },
    ]);
  });

  it('sees no change in a result whose fields come back in another order (jsonb)', () => {
    const stored = [{ item: 'a', comment: 'bien', percentage: 70 }];
    const sent = [{ item: 'a', percentage: 70, comment: 'bien' }];
    expect(itemChanges(stored, sent)).toEqual([]);
    expect(itemChanges(stored, [{ item: 'a', percentage: 70 }])).toEqual([
      { item: 'a', before: stored[0], after: { item: 'a', percentage: 70 } },
    ]);
    expect(
      itemChanges([{ item: 'a', outcome: 'acquis' }], [{ item: 'a', points: 1 }]),
    ).toHaveLength(1);
  });

  it('compares a field the format does not know as well', () => {
    const older = { item: 'a', percentage: 70, source: 'papier' } as RecordItemResult;
    const newer = { item: 'a', percentage: 70, source: 'tablette' } as RecordItemResult;
    expect(itemChanges([older], [newer])).toHaveLength(1);
    expect(itemChanges([older], [{ ...older }])).toEqual([]);
  });

  it('replaying the changes on the old results gives the new ones (property)', () => {
    const result = fc.record({
      item: fc.constantFrom<string>('a', 'b', 'c', 'd'),
      percentage: fc.integer({ min: 0, max: 100 }),
    });
    const results = fc.uniqueArray(result, { selector: (r) => r.item });
    fc.assert(
      fc.property(results, results, (before, after) => {
        const replayed = new Map<string, RecordItemResult>(before.map((r) => [r.item, r]));
        for (const change of itemChanges(before, after))
          if (change.after) replayed.set(change.item, change.after);
          else replayed.delete(change.item);
        const sort = (list: RecordItemResult[]) =>
          [...list].sort((x, y) => x.item.localeCompare(y.item));
        expect(sort([...replayed.values()])).toEqual(sort(after));
      }),
    );
  });
});

describe('positioning', () => {
  const ids = instrumentItems(tutorGrid).map((item) => item.id);

  it('gives every competence the grid evaluates a score, a gap to 70 and a plan line', () => {
    const results = ids.map((item, k) => ({ item, percentage: k % 2 === 0 ? 30 : 100 }));
    const positioning = positionCandidate(tutorGrid, version, results);
    expect(positioning.competences.length).toBeGreaterThan(10);
    for (const c of positioning.competences) {
      expect(c.score).not.toBeNull();
      expect(c.gap).toBe(Math.max(0, 70 - (c.score as number)));
    }
    const gaps = positioning.competences.filter((c) => c.gap > 0).map((c) => c.competence);
    expect(positioning.plan.map((p) => p.competence).sort()).toEqual(gaps.sort());
    const knowledge = positioning.plan.find((p) =>
      positioning.competences.some((c) => c.competence === p.competence && c.kind === 'knowledge'),
    );
    if (knowledge) expect(knowledge.modality).toBe('training');
  });

  it('suggests nothing for a candidate rated 100 everywhere, everything when nothing is rated', () => {
    const full = positionCandidate(
      tutorGrid,
      version,
      ids.map((item) => ({ item, percentage: 100 })),
    );
    expect(full.plan).toEqual([]);
    const none = positionCandidate(tutorGrid, version, []);
    expect(none.plan.length).toBe(none.competences.length);
    expect(none.plan.every((p) => p.priority === 'high')).toBe(true);
  });

  it('raising one item never widens a gap (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), {
          minLength: ids.length,
          maxLength: ids.length,
        }),
        fc.nat({ max: ids.length - 1 }),
        fc.integer({ min: 0, max: 100 }),
        (scores, k, raise) => {
          const results = ids.map((item, i) => ({ item, percentage: scores[i] as number }));
          const raised = results.map((r, i) =>
            i === k ? { ...r, percentage: Math.min(100, r.percentage + raise) } : r,
          );
          const before = positionCandidate(tutorGrid, version, results).competences;
          const after = positionCandidate(tutorGrid, version, raised).competences;
          before.forEach((c, i) => {
            expect(after[i]?.gap).toBeLessThanOrEqual(c.gap + 1e-9);
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('progress', () => {
  it('draws one point per evaluation and domain, in date order', () => {
    const items = instrumentItems(tutorGrid);
    const first = items[0];
    if (!first) throw new Error('empty grid');
    const evaluation = (id: string, date: string, percentage: number) => ({
      id,
      date,
      kind: 'continuous',
      evaluatorRole: 'tutor',
      instrument: tutorGrid,
      items: [{ item: first.id, percentage }],
    });
    const progress = progressOf(
      [evaluation('e2', '2026-03-01', 70), evaluation('e1', '2026-01-10', 30)],
      version,
    );
    const domain = first.domain ?? tutorGrid.sections.find((s) => s.items.includes(first))?.domain;
    expect(progress.domains[domain as string]?.map((p) => [p.date, p.value])).toEqual([
      ['2026-01-10', 30],
      ['2026-03-01', 70],
    ]);
    expect(Object.keys(progress.competences).length).toBeGreaterThan(0);
  });

  it('draws questionnaire points as a share of the item’s maximum', () => {
    const section = questionnaire.sections[0];
    const [a, b] = section?.items ?? [];
    if (!section || !a || !b) throw new Error('questionnaire without two items');
    const progress = progressOf(
      [
        {
          id: 'q1',
          date: '2026-02-01',
          kind: 'final',
          evaluatorRole: 'trainer',
          instrument: questionnaire,
          items: [
            { item: a.id, points: 1 },
            { item: b.id, points: 0 },
          ],
        },
      ],
      version,
    );
    const domain = a.domain ?? section.domain;
    expect(progress.domains[domain as string]?.map((p) => p.value)).toEqual([50]);
  });
});
