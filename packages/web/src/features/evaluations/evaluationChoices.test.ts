import { describe, expect, it } from 'vitest';
import { evaluationKindsFor, instrumentsToOpen, suggestedKind } from './evaluationChoices.ts';
import type { EvaluationSummary, InstrumentChoice } from './evaluationsApi.ts';

const choice = (key: string, kind: InstrumentChoice['kind'], status = 'published') =>
  ({ key, version: '1', kind, title: key, status, certification: 'cqp-agc' }) as InstrumentChoice;

const catalogue = [
  choice('grid', 'observation_grid'),
  choice('quiz', 'questionnaire'),
  choice('draft-quiz', 'questionnaire', 'draft'),
  choice('jury', 'jury_guide'),
  choice('elsewhere', 'observation_grid'),
];
const project = ['grid', 'quiz', 'draft-quiz', 'jury'].map((key) => ({ key, version: '1' }));

describe('what an evaluator may open', () => {
  it('offers the project’s published instruments of the kinds the role fills', () => {
    const keys = (role: Parameters<typeof instrumentsToOpen>[2]) =>
      instrumentsToOpen(project, catalogue, role).map((i) => i.key);
    expect(keys('tutor')).toEqual(['grid']);
    expect(keys('trainer')).toEqual(['grid', 'quiz']);
    expect(keys('jury_member')).toEqual(['jury']);
    expect(keys('candidate')).toEqual([]);
  });

  it('keeps positioning for the tutor, and proposes it until they have one', () => {
    expect(evaluationKindsFor('trainer')).toEqual(['continuous', 'final']);
    const positioning = { kind: 'positioning', mine: true } as EvaluationSummary;
    expect(suggestedKind('tutor', [])).toBe('positioning');
    expect(suggestedKind('tutor', [positioning])).toBe('continuous');
    expect(suggestedKind('tutor', [{ ...positioning, mine: false }])).toBe('positioning');
    expect(suggestedKind('trainer', [])).toBe('continuous');
  });
});
