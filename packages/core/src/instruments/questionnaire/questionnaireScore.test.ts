import { describe, expect, it } from 'vitest';
import type { Instrument, Item } from '../schema.ts';
import { cqpAgcVersion, loadInstrument } from '../testData.testing.ts';
import { type QuestionnaireContent, scoreQuestionnaire } from './questionnaireScore.ts';
import type { ItemResponse, Responses } from './responses.ts';

const demo: Instrument = loadInstrument('cqp-agc-demo-questionnaire.yaml', cqpAgcVersion());
const items = demo.sections.flatMap((section) => section.items);

function rightAnswer(item: Item): ItemResponse | undefined {
  return 'correct' in item && Array.isArray(item.correct)
    ? { kind: 'choices', ids: item.correct as string[] }
    : undefined;
}

const allRight: Responses = Object.fromEntries(items.map((item) => [item.id, rightAnswer(item)]));

describe('scoreQuestionnaire on the demo questionnaire', () => {
  it('gives 100 % in each domain when every answer is right', () => {
    const result = scoreQuestionnaire(demo, allRight);
    expect(result.domains.map((d) => [d.domain, d.questions, d.percentage])).toEqual([
      ['R', 6, 100],
      ['PO', 7, 100],
      ['OT', 6, 100],
    ]);
    expect(result.final).toBe(true);
  });

  it('counts right answers / questions by default', () => {
    const result = scoreQuestionnaire(demo, {
      ...allRight,
      'q-rc1': { kind: 'choices', ids: ['b'] },
      'q-rc5': { kind: 'choices', ids: ['a'] },
    });
    const r = result.domains.find((d) => d.domain === 'R');
    expect(result.basis).toBe('questions');
    // q-rc1 wrong (0 of 1), q-rc5 half its points (1 of 2): 4.5 questions of 6.
    expect(r?.percentage).toBeCloseTo(75);
    expect(r?.points).toBe(8);
    expect(r?.maxPoints).toBe(10);
  });

  it('counts points / max points when the instrument says so', () => {
    const byPoints = { ...demo, result: { basis: 'points' } } as const;
    const result = scoreQuestionnaire(byPoints, { ...allRight, 'q-rc7': undefined });
    expect(result.domains.find((d) => d.domain === 'R')?.percentage).toBeCloseTo(70);
    // q-rc7 (3 of the domain's 10 points) unanswered: 7 / 10, where the questions basis gives 5 / 6.
  });
});

describe('scoreQuestionnaire with an extended text', () => {
  const questionnaire: QuestionnaireContent = {
    result: { basis: 'points' },
    sections: [
      {
        domain: 'R',
        items: [
          items[0] as Item,
          {
            type: 'open',
            id: 'redaction',
            evaluates: [],
            stem: 'Rédigez',
            scoring: { model: 'manual', maxPoints: 3 },
          },
        ],
      },
    ],
  };

  it('says which items await a grade and that the percentage is not final', () => {
    const result = scoreQuestionnaire(questionnaire, allRight);
    expect(result.pending).toEqual(['redaction']);
    expect(result.final).toBe(false);
    expect(result.domains[0]).toMatchObject({
      percentage: 25,
      final: false,
      pending: ['redaction'],
    });
  });

  it('becomes final once every such item is graded', () => {
    const result = scoreQuestionnaire(questionnaire, allRight, { redaction: { points: 2 } });
    expect(result.final).toBe(true);
    expect(result.domains[0]).toMatchObject({ percentage: 75, final: true, pending: [] });
  });
});

describe('an unscored (survey) item in a questionnaire', () => {
  it('counts in no domain and changes no percentage', () => {
    const survey: Item = {
      type: 'single_choice',
      id: 'likert',
      domain: 'R',
      evaluates: [],
      scoring: { model: 'unscored' },
      stem: 'Êtes-vous d’accord ?',
      choices: [
        { id: 'L1', text: '1' },
        { id: 'L2', text: '2' },
      ],
      correct: [],
    };
    const [first, ...rest] = demo.sections;
    if (!first) throw new Error('no section');
    const withSurvey = {
      ...demo,
      sections: [{ ...first, items: [survey, ...first.items] }, ...rest],
    };
    const responses = { ...allRight, likert: { kind: 'choices', ids: ['L1'] } } as Responses;
    const before = scoreQuestionnaire(demo, allRight);
    const after = scoreQuestionnaire(withSurvey, responses);
    expect(after.domains).toEqual(before.domains);
    expect(after.items.map((i) => i.itemId)).not.toContain('likert');
  });
});
