// Runs an item's custom response processing for one class of responses: no response, one of
// the whole responses the rules name (the correct one, a constant), or any other. Within a
// class every match, isNull and condition has one value, so the rules run as a program; only
// the "other" response's mapResponse stays symbolic (ruleValues.ts). What the reduction
// cannot follow (another operator, a condition on a mapped score) throws NotReducible.
import { mapResponse, sameSequence, sameSet } from '@certeval/core/instruments/questionnaire/index';
import type { MappingTable } from './readMapping.ts';
import { bool, NotReducible, NULL, num, type RuleValue, sumOf } from './ruleValues.ts';
import type { ScoringContext } from './scoringContext.ts';
import { childElements, textOf, type XmlElement } from './xmlTree.ts';

export type ResponseClass =
  | { kind: 'null' }
  | { kind: 'other' }
  | { kind: 'response'; keys: string[] };

export interface RuleScope {
  context: ScoringContext;
  responseId: string;
  correct: string[] | undefined;
  mapping: MappingTable | undefined;
}

const cannot = (e: XmlElement): never => {
  throw new NotReducible(e.name, e.line);
};

/** A constant of the rules as our keys; a value naming no choice stays as written. */
export function keysOf(scope: RuleScope, raws: string[]): string[] {
  return raws.map((raw) => scope.context.shape.keyOf(raw.trim()) ?? raw.trim());
}

export function sameResponse(scope: RuleScope, a: readonly string[], b: readonly string[]) {
  if (scope.context.shape.cardinality === 'ordered') return sameSequence(a, b);
  const caseSensitive = scope.mapping?.caseSensitive ?? true;
  return sameSet(a, b, { caseSensitive });
}

function asResponse(scope: RuleScope, value: RuleValue): RuleValue {
  return value.kind === 'text' ? { kind: 'response', keys: keysOf(scope, [value.value]) } : value;
}

function matchOf(scope: RuleScope, a: RuleValue, b: RuleValue, at: XmlElement): RuleValue {
  if (a.kind === 'null' || b.kind === 'null') return NULL;
  const [x, y] = [asResponse(scope, a), asResponse(scope, b)];
  if (x.kind === 'other' || y.kind === 'other') return bool(x.kind === y.kind);
  if (x.kind === 'response' && y.kind === 'response')
    return bool(sameResponse(scope, x.keys, y.keys));
  if (x.kind === 'number' && y.kind === 'number') return bool(x.value === y.value);
  return cannot(at);
}

function numbers(values: RuleValue[], at: XmlElement): number[] {
  return values.map((v) => (v.kind === 'number' ? v.value : cannot(at)));
}

const COMPARE: Record<string, (a: number, b: number) => boolean> = {
  gt: (a, b) => a > b,
  gte: (a, b) => a >= b,
  lt: (a, b) => a < b,
  lte: (a, b) => a <= b,
  equal: (a, b) => a === b,
};

function baseValue(e: XmlElement): RuleValue {
  const text = textOf(e);
  const type = e.attributes.baseType ?? '';
  if (type === 'float' || type === 'integer') {
    const value = Number(text);
    return Number.isFinite(value) && text !== '' ? num(value) : cannot(e);
  }
  if (type === 'boolean') return bool(text === 'true' || text === '1');
  return { kind: 'text', value: text };
}

export class RuleRun {
  readonly outcomes = new Map<string, RuleValue>();
  private exited = false;

  constructor(
    private readonly scope: RuleScope,
    private readonly response: ResponseClass,
    defaults: ReadonlyMap<string, RuleValue>,
  ) {
    for (const [id, value] of defaults) this.outcomes.set(id, value);
  }

  private variable(id: string): RuleValue {
    if (id !== this.scope.responseId) return this.outcomes.get(id) ?? NULL;
    return this.response.kind === 'null' ? NULL : this.response;
  }

  private mapped(e: XmlElement): RuleValue {
    const { mapping } = this.scope;
    if (mapping === undefined || e.attributes.identifier !== this.scope.responseId)
      return cannot(e);
    if (this.response.kind === 'other') return { kind: 'mapped', plus: 0 };
    const keys = this.response.kind === 'response' ? this.response.keys : [];
    return num(mapResponse(keys, mapping.table, { caseSensitive: mapping.caseSensitive }));
  }

  value(e: XmlElement): RuleValue {
    const args = () => childElements(e).map((c) => this.value(c));
    switch (e.name) {
      case 'baseValue':
        return baseValue(e);
      case 'null':
        return NULL;
      case 'variable':
        return this.variable(e.attributes.identifier ?? '');
      case 'correct': {
        const { correct, responseId } = this.scope;
        if (e.attributes.identifier !== responseId) return cannot(e);
        return correct ? { kind: 'response', keys: correct } : NULL;
      }
      case 'multiple':
      case 'ordered':
        return { kind: 'response', keys: keysOf(this.scope, childElements(e).map(textOf)) };
      case 'match': {
        const [a = NULL, b = NULL] = args();
        return matchOf(this.scope, a, b, e);
      }
      case 'isNull':
        return bool((args()[0] ?? NULL).kind === 'null');
      case 'not': {
        const [a] = args();
        return a?.kind === 'bool' ? bool(!a.value) : a?.kind === 'null' ? NULL : cannot(e);
      }
      case 'and':
      case 'or': {
        const truth = args().map((v) =>
          v.kind === 'bool' ? v.value : v.kind === 'null' ? false : cannot(e),
        );
        return bool(e.name === 'and' ? truth.every(Boolean) : truth.some(Boolean));
      }
      case 'mapResponse':
        return this.mapped(e);
      case 'sum':
        return sumOf(args()) ?? cannot(e);
      case 'subtract': {
        const [a = NULL, b = NULL] = args();
        if (b.kind !== 'number') return cannot(e);
        return sumOf([a, num(-b.value)]) ?? cannot(e);
      }
      case 'product':
        return num(numbers(args(), e).reduce((p, v) => p * v, 1));
      default: {
        const compare = COMPARE[e.name];
        if (compare === undefined) return cannot(e);
        const [a = 0, b = 0] = numbers(args(), e);
        return bool(compare(a, b));
      }
    }
  }

  private condition(e: XmlElement | undefined): boolean {
    if (e === undefined) return cannot({ name: 'responseIf', line: 0 } as XmlElement);
    const value = this.value(e);
    if (value.kind === 'bool') return value.value;
    if (value.kind === 'null') return false;
    return cannot(e);
  }

  /** The rules of the first branch whose condition holds (responseElse: always). */
  private branch(e: XmlElement): readonly XmlElement[] {
    for (const part of childElements(e)) {
      const [test, ...body] = childElements(part);
      if (part.name === 'responseElse') return childElements(part);
      if (part.name !== 'responseIf' && part.name !== 'responseElseIf') cannot(part);
      if (this.condition(test)) return body;
    }
    return [];
  }

  rules(list: readonly XmlElement[]): void {
    for (const rule of list) {
      if (this.exited) return;
      if (rule.name === 'setOutcomeValue') {
        const [expression] = childElements(rule);
        if (expression === undefined) cannot(rule);
        else this.outcomes.set(rule.attributes.identifier ?? '', this.value(expression));
      } else if (rule.name === 'responseCondition') this.rules(this.branch(rule));
      else if (rule.name === 'exitResponse') this.exited = true;
      else cannot(rule);
    }
  }
}
