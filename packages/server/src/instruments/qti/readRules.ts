// Custom response processing (issue 18, item 4) reduced to one of our scorings. The rules are
// run (runRules.ts) for every class of responses they can tell apart — no response, each whole
// response they name (match against the correct response or a constant), any other — and the
// score of each class decides the scoring: the templates' own (match_correct: right_wrong;
// map_response: partial_credit), a table of whole responses (response_cases, e.g. QTIWorks'
// order_partial_scoring.xml), or none (the rules never set a score: unscored). A rule the
// reduction cannot follow keeps the item out, named.
import type { Scoring } from '@certeval/core';
import { mapResponse } from '@certeval/core/instruments/questionnaire/index';
import {
  invalid,
  ok,
  qtiMessages,
  type Read,
  unsupported,
  unsupportedReasons,
} from './problems.ts';
import { mapResponseScoring, readMappingTable } from './readMapping.ts';
import type { ScoringRead } from './readScoring.ts';
import { NotReducible, NULL, num, type RuleValue } from './ruleValues.ts';
import { type ResponseClass, RuleRun, type RuleScope, sameResponse } from './runRules.ts';
import { at, correctResponse, type ScoringContext } from './scoringContext.ts';
import { childElements, descendants, textOf, type XmlElement } from './xmlTree.ts';

const SCORE = 'SCORE';

/** Each outcome's value before the rules: its defaultValue, else 0 for a number, else null. */
function defaults(root: XmlElement): Map<string, RuleValue> {
  const values = new Map<string, RuleValue>();
  for (const o of childElements(root, 'outcomeDeclaration')) {
    const value = descendants(o).find((e) => e.name === 'value');
    const numeric = o.attributes.baseType === 'float' || o.attributes.baseType === 'integer';
    const given = value ? Number(textOf(value)) : 0;
    values.set(
      o.attributes.identifier ?? '',
      numeric && Number.isFinite(given) ? num(given) : NULL,
    );
  }
  return values;
}

/** The whole responses the rules compare with: the correct one, and every constant matched. */
function namedResponses(processing: XmlElement, scope: RuleScope): string[][] {
  const named: string[][] = scope.correct ? [scope.correct] : [];
  const probe = new RuleRun(scope, { kind: 'null' }, new Map());
  for (const match of descendants(processing).filter((e) => e.name === 'match')) {
    for (const side of childElements(match)) {
      if (!['baseValue', 'multiple', 'ordered'].includes(side.name)) continue;
      const value = probe.value(side);
      const keys =
        value.kind === 'response' ? value.keys : value.kind === 'text' ? [value.value] : undefined;
      if (keys && !named.some((k) => sameResponse(scope, k, keys))) named.push(keys);
    }
  }
  return named;
}

interface Reduced {
  empty: number;
  other: { plus: number; mapped: boolean };
  cases: Array<{ response: string[]; points: number }>;
}

function scoreOf(run: RuleRun): RuleValue {
  return run.outcomes.get(SCORE) ?? NULL;
}

const points = (value: RuleValue): number => (value.kind === 'number' ? value.value : 0);

function reduce(processing: XmlElement, scope: RuleScope, root: XmlElement): Reduced {
  const start = defaults(root);
  const run = (response: ResponseClass) => {
    const program = new RuleRun(scope, response, start);
    program.rules(childElements(processing));
    return scoreOf(program);
  };
  const other = run({ kind: 'other' });
  return {
    empty: points(run({ kind: 'null' })),
    other:
      other.kind === 'mapped'
        ? { plus: other.plus, mapped: true }
        : { plus: points(other), mapped: false },
    cases: namedResponses(processing, scope).map((keys) => ({
      response: keys,
      points: points(run({ kind: 'response', keys })),
    })),
  };
}

/** What "any other response" would score, were `keys` not named. */
function otherwise(reduced: Reduced, scope: RuleScope, keys: string[]): number {
  const { mapping } = scope;
  const mapped =
    reduced.other.mapped && mapping
      ? mapResponse(keys, mapping.table, { caseSensitive: mapping.caseSensitive })
      : 0;
  return reduced.other.plus + mapped;
}

function scoringOf(reduced: Reduced, scope: RuleScope): Scoring | 'unscored' | 'map_response' {
  const { empty, other, cases } = reduced;
  if (!other.mapped && other.plus === 0 && empty === 0 && cases.every((c) => c.points === 0))
    return 'unscored';
  const correct = scope.correct;
  const isCorrect = (keys: string[]) => correct !== undefined && sameResponse(scope, keys, correct);
  if (!other.mapped && other.plus === 0 && empty === 0 && correct)
    if (cases.every((c) => c.points === (isCorrect(c.response) ? 1 : 0)))
      return { model: 'right_wrong' };
  if (other.mapped && other.plus === 0 && empty === 0)
    if (cases.every((c) => c.points === otherwise(reduced, scope, c.response)))
      return 'map_response';
  const differing = cases.filter((c) => c.points !== otherwise(reduced, scope, c.response));
  const kept = differing.length > 0 ? differing : cases.slice(0, 1);
  const top = other.plus + (other.mapped ? (scope.mapping?.reachable ?? 0) : 0);
  const max = Math.max(top, empty, ...kept.map((c) => c.points));
  return {
    model: 'response_cases',
    cases: kept,
    otherwise: other.plus,
    ...(other.mapped && scope.mapping ? { mapping: scope.mapping.table } : {}),
    ...(empty !== 0 ? { empty } : {}),
    max,
  };
}

/** The item's scoring from its custom rules, or why it cannot be read. */
export function readRules(
  processing: XmlElement,
  root: XmlElement,
  context: ScoringContext,
): Read<ScoringRead> {
  const given = correctResponse(context, 'rules');
  if (given.status !== 'ok') return given;
  const mapping = readMappingTable(context);
  if (mapping.status !== 'ok') return mapping;
  const responseId = context.declaration.attributes.identifier ?? 'RESPONSE';
  const scope: RuleScope = { context, responseId, correct: given.value, mapping: mapping.value };
  let reduced: Reduced;
  try {
    reduced = reduce(processing, scope, root);
  } catch (error) {
    if (!(error instanceof NotReducible)) throw error;
    return unsupported(
      `responseProcessing ${error.element}`,
      unsupportedReasons.customRule(error.element),
      error.line || processing.line,
    );
  }
  const scoring = scoringOf(reduced, scope);
  if (scoring === 'unscored')
    return ok({
      template: 'unscored',
      scoring: { model: 'unscored' },
      correct: [],
      caseSensitive: true,
    });
  if (scoring === 'map_response') return mapResponseScoring(context);
  const best = [...reduced.cases].sort((a, b) => b.points - a.points)[0]?.response;
  const correct = given.value ?? best ?? [];
  if (scoring.model === 'response_cases' && scoring.max <= 0)
    return invalid('no_points', qtiMessages.noPoints(), at(context.file, processing));
  return ok({
    template: 'custom',
    scoring,
    correct,
    caseSensitive: mapping.value?.caseSensitive ?? true,
  });
}
