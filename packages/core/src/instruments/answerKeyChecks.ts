// Checks of a closed item's answer key and partial-credit table against its own choices: every
// id named exists, a single choice has one right answer, an ordering names each choice once, a
// matching pair joins a source to a target and respects how often each may be used (QTI
// matchMax), choice ids are unique within the item, a points range is not empty.
import { type InstrumentProblem, instrumentMessages, instrumentProblem } from './problems.ts';
import type { Item, MatchingItem, Scoring } from './schema.ts';

type ChoiceItem = Extract<Item, { choices: unknown }>;

function duplicateChoices(ids: Array<{ id: string; path: string }>): InstrumentProblem[] {
  const seen = new Map<string, string>();
  return ids.flatMap(({ id, path }) => {
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, path);
      return [];
    }
    return [instrumentProblem('duplicate_id', path, instrumentMessages.duplicateId(id, first))];
  });
}

function choiceKeyProblems(item: ChoiceItem, path: string): InstrumentProblem[] {
  const ids = new Set(item.choices.map((c) => c.id));
  const unknown = item.correct.flatMap((id, i) =>
    ids.has(id)
      ? []
      : [
          instrumentProblem(
            'unknown_choice',
            `${path}.correct[${i}]`,
            instrumentMessages.unknownChoice(id),
          ),
        ],
  );
  if (unknown.length > 0) return unknown;
  if (item.type === 'single_choice' && item.correct.length !== 1) {
    return [
      instrumentProblem(
        'invalid_answer_key',
        `${path}.correct`,
        instrumentMessages.singleChoiceKey(),
      ),
    ];
  }
  const isPermutation = item.correct.length === ids.size && new Set(item.correct).size === ids.size;
  if (item.type === 'ordering' && !isPermutation) {
    return [
      instrumentProblem(
        'invalid_answer_key',
        `${path}.correct`,
        instrumentMessages.invalidAnswerKey(),
      ),
    ];
  }
  return [];
}

function pairProblems(item: MatchingItem, path: string): InstrumentProblem[] {
  const sources = new Map(item.sources.map((s) => [s.id, s]));
  const targets = new Map(item.targets.map((t) => [t.id, t]));
  const unknown = item.correct.flatMap((pair, i) =>
    (['source', 'target'] as const).flatMap((end) =>
      (end === 'source' ? sources : targets).has(pair[end])
        ? []
        : [
            instrumentProblem(
              'unknown_choice',
              `${path}.correct[${i}].${end}`,
              instrumentMessages.unknownChoice(pair[end]),
            ),
          ],
    ),
  );
  if (unknown.length > 0) return unknown;
  const uses = new Map<string, number>();
  const seen = new Set<string>();
  const problems: InstrumentProblem[] = [];
  item.correct.forEach((pair, i) => {
    const key = `${pair.source} ${pair.target}`;
    if (seen.has(key))
      problems.push(
        instrumentProblem(
          'invalid_answer_key',
          `${path}.correct[${i}]`,
          instrumentMessages.duplicatePair(key),
        ),
      );
    seen.add(key);
    for (const id of [pair.source, pair.target]) uses.set(id, (uses.get(id) ?? 0) + 1);
  });
  for (const choice of [...item.sources, ...item.targets]) {
    const max = choice.matchMax ?? 0;
    if (max > 0 && (uses.get(choice.id) ?? 0) > max)
      problems.push(
        instrumentProblem(
          'invalid_answer_key',
          `${path}.correct`,
          instrumentMessages.matchMaxExceeded(choice.id, max),
        ),
      );
  }
  return problems;
}

/** The duplicate choice ids of an item, located at their second use. */
function choiceIdProblems(item: Item, path: string): InstrumentProblem[] {
  if (item.type === 'matching')
    return duplicateChoices([
      ...item.sources.map((s, i) => ({ id: s.id, path: `${path}.sources[${i}].id` })),
      ...item.targets.map((t, i) => ({ id: t.id, path: `${path}.targets[${i}].id` })),
    ]);
  if ('choices' in item)
    return duplicateChoices(
      item.choices.map((c, i) => ({ id: c.id, path: `${path}.choices[${i}].id` })),
    );
  return [];
}

/** A closed item's answer key may be empty only when the item is not scored (a survey). */
function missingKey(item: Item, path: string): InstrumentProblem[] {
  if (!('correct' in item) || item.scoring.model === 'unscored') return [];
  const empty = typeof item.correct === 'string' ? item.correct === '' : item.correct.length === 0;
  if (!empty) return [];
  return [
    instrumentProblem(
      'invalid_answer_key',
      `${path}.correct`,
      instrumentMessages.missingAnswerKey(),
    ),
  ];
}

export function answerKeyProblems(item: Item, path: string): InstrumentProblem[] {
  const ids = choiceIdProblems(item, path);
  if (ids.length > 0) return ids;
  const missing = missingKey(item, path);
  if (missing.length > 0) return missing;
  if ('correct' in item && item.scoring.model === 'unscored' && item.correct.length === 0)
    return [];
  if (item.type === 'matching') return pairProblems(item, path);
  if ('choices' in item) return choiceKeyProblems(item, path);
  return [];
}

/** Whether a partial-credit key names a response the item can receive. */
function knownKey(item: Item, key: string): boolean {
  if (item.type === 'matching') {
    const [source, target, ...rest] = key.split(' ');
    return (
      rest.length === 0 &&
      item.sources.some((s) => s.id === source) &&
      item.targets.some((t) => t.id === target)
    );
  }
  if ('choices' in item) return item.choices.some((c) => c.id === key);
  return true; // a text entry's keys are texts; an open or observation item has no keys
}

/** The keys of a response_cases scoring that name nothing of the item. */
function responseCaseProblems(item: Item, scoring: Scoring, path: string) {
  if (scoring.model !== 'response_cases') return [];
  return scoring.cases.flatMap((c, i) =>
    c.response
      .filter((key) => !knownKey(item, key))
      .map((key) =>
        instrumentProblem(
          'unknown_choice',
          `${path}.cases[${i}].response`,
          item.type === 'matching'
            ? instrumentMessages.unknownPair(key)
            : instrumentMessages.unknownChoice(key),
        ),
      ),
  );
}

export function partialCreditProblems(item: Item, scoring: Scoring, path: string) {
  if (scoring.model === 'response_cases') return responseCaseProblems(item, scoring, path);
  if (scoring.model !== 'partial_credit') return [];
  const problems = Object.keys(scoring.points)
    .filter((key) => !knownKey(item, key))
    .map((key) =>
      instrumentProblem(
        'unknown_choice',
        `${path}.points.${key}`,
        item.type === 'matching'
          ? instrumentMessages.unknownPair(key)
          : instrumentMessages.unknownChoice(key),
      ),
    );
  if (scoring.min !== undefined && scoring.min > scoring.max)
    problems.push(
      instrumentProblem(
        'invalid_points_range',
        `${path}.min`,
        instrumentMessages.invalidPointsRange(scoring.min, scoring.max),
      ),
    );
  return problems;
}
