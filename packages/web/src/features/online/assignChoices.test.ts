import { describe, expect, it } from 'vitest';
import type { InstrumentChoice } from '../evaluations/evaluationsApi.ts';
import { questionnairesToAssign, toTake } from './assignChoices.ts';

const choice = (over: Partial<InstrumentChoice>): InstrumentChoice => ({
  key: 'quiz',
  version: '1',
  kind: 'questionnaire',
  title: 'Quiz',
  status: 'published',
  certification: 'cqp-agc',
  organisationId: null,
  ...over,
});

describe('the questionnaires a trainer may assign online', () => {
  const file = { certification: 'cqp-agc', organisationId: 'org-1' };

  it('keeps the published questionnaires of the candidate’s certification and company', () => {
    const catalogue = [
      choice({ key: 'national' }),
      choice({ key: 'ours', organisationId: 'org-1' }),
      choice({ key: 'theirs', organisationId: 'org-2' }),
      choice({ key: 'draft', status: 'draft' }),
      choice({ key: 'grid', kind: 'observation_grid' }),
      choice({ key: 'other', certification: 'cqp-other' }),
    ];
    expect(questionnairesToAssign(file, catalogue).map((c) => c.key)).toEqual(['national', 'ours']);
  });

  it('puts on the candidate’s cards only what is still to take or to finish', () => {
    const list = ['assigned', 'in_progress', 'submitted', 'to_grade', 'draft'].map((status) => ({
      status,
    }));
    expect(toTake(list).map((e) => e.status)).toEqual(['assigned', 'in_progress']);
  });
});
