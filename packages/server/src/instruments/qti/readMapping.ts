// The map_response template read into partial credit: each mapEntry's points, defaultValue
// for responses the mapping does not name, the sum clamped to [lowerBound, upperBound].
import type { PartialCredit } from '@certeval/core';
import { invalid, ok, qtiMessages, type Read } from './problems.ts';
import type { ScoringRead } from './readScoring.ts';
import {
  at,
  correctResponse,
  keyOf,
  numberAttribute,
  type ScoringContext,
} from './scoringContext.ts';
import { childElements, firstChild, type XmlElement } from './xmlTree.ts';

interface Entry {
  key: string;
  points: number;
  caseSensitive: boolean;
}

function entry(element: XmlElement, context: ScoringContext): Read<Entry> {
  const key = keyOf(element.attributes.mapKey ?? '', element, context);
  if (key.status !== 'ok') return key;
  const points = numberAttribute(element, 'mappedValue', context.file);
  if (points.status !== 'ok') return points;
  if (points.value === undefined) {
    const message = qtiMessages.invalidValue('', 'mappedValue is required');
    return invalid('invalid_value', message, at(context.file, element));
  }
  const caseSensitive = element.attributes.caseSensitive !== 'false';
  return ok({ key: key.value, points: points.value, caseSensitive });
}

function entries(mapping: XmlElement, context: ScoringContext): Read<Entry[]> {
  const read: Entry[] = [];
  for (const element of childElements(mapping, 'mapEntry')) {
    const one = entry(element, context);
    if (one.status !== 'ok') return one;
    read.push(one.value);
  }
  return ok(read);
}

type Bounds = Pick<PartialCredit, 'min' | 'unmapped'> & { max?: number };

function bounds(mapping: XmlElement, file: string): Read<Bounds> {
  const min = numberAttribute(mapping, 'lowerBound', file);
  if (min.status !== 'ok') return min;
  const max = numberAttribute(mapping, 'upperBound', file);
  if (max.status !== 'ok') return max;
  const unmapped = numberAttribute(mapping, 'defaultValue', file);
  if (unmapped.status !== 'ok') return unmapped;
  return ok({ min: min.value, max: max.value, unmapped: unmapped.value });
}

/** Without upperBound: the most a response can earn (one value, or every positive one). */
function reachable(single: boolean, list: Entry[]): number {
  const points = list.map((e) => e.points);
  if (single) return Math.max(0, ...points);
  return points.filter((p) => p > 0).reduce((sum, p) => sum + p, 0);
}

/** Without correctResponse: the best single key, or every key worth points. */
function bestKeys(single: boolean, list: Entry[]): string[] {
  const best = Math.max(...list.map((e) => e.points));
  const keep = (e: Entry) => (single ? e.points === best && best > 0 : e.points > 0);
  return list
    .filter(keep)
    .map((e) => e.key)
    .slice(0, single ? 1 : undefined);
}

function partialCredit(list: Entry[], limits: Bounds, max: number): PartialCredit {
  const points = new Map<string, number>();
  for (const e of list) if (!points.has(e.key)) points.set(e.key, e.points);
  return {
    model: 'partial_credit',
    points: Object.fromEntries(points),
    ...(limits.unmapped ? { unmapped: limits.unmapped } : {}),
    ...(limits.min === undefined ? {} : { min: limits.min }),
    max,
  };
}

export function mapResponseScoring(context: ScoringContext): Read<ScoringRead> {
  const mapping = firstChild(context.declaration, 'mapping');
  const where = at(context.file, mapping ?? context.declaration);
  if (mapping === undefined) return invalid('missing_mapping', qtiMessages.missingMapping(), where);
  const [list, limits, given] = [
    entries(mapping, context),
    bounds(mapping, context.file),
    correctResponse(context, 'map_response'),
  ];
  if (list.status !== 'ok') return list;
  if (limits.status !== 'ok') return limits;
  if (given.status !== 'ok') return given;
  const single = context.shape.cardinality === 'single';
  const max = limits.value.max ?? reachable(single, list.value);
  const correct = given.value ?? bestKeys(single, list.value);
  if (context.shape.cardinality === 'ordered' && given.value === undefined) {
    const message = qtiMessages.missingCorrect('map_response');
    return invalid('missing_correct_response', message, at(context.file, context.declaration));
  }
  if (max <= 0 || correct.length === 0) return invalid('no_points', qtiMessages.noPoints(), where);
  return ok({
    template: 'map_response',
    scoring: partialCredit(list.value, limits.value, max),
    correct,
    caseSensitive: list.value.length === 0 || list.value.some((e) => e.caseSensitive),
  });
}

/** A declaration's mapping as a table the response rules can apply; undefined without one. */
export interface MappingTable {
  table: Omit<PartialCredit, 'model' | 'max'> & { max?: number };
  /** The most a response can earn from it. */
  reachable: number;
  caseSensitive: boolean;
}

export function readMappingTable(context: ScoringContext): Read<MappingTable | undefined> {
  const mapping = firstChild(context.declaration, 'mapping');
  if (mapping === undefined) return ok(undefined);
  const list = entries(mapping, context);
  if (list.status !== 'ok') return list;
  const limits = bounds(mapping, context.file);
  if (limits.status !== 'ok') return limits;
  const single = context.shape.cardinality === 'single';
  const credit = partialCredit(list.value, limits.value, 0);
  const table = {
    points: credit.points,
    ...(credit.unmapped !== undefined && { unmapped: credit.unmapped }),
    ...(credit.min !== undefined && { min: credit.min }),
    ...(limits.value.max !== undefined && { max: limits.value.max }),
  };
  return ok({
    table,
    reachable: limits.value.max ?? reachable(single, list.value),
    caseSensitive: list.value.length === 0 || list.value.some((e) => e.caseSensitive),
  });
}
