// How an exported item is scored, in QTI 3.0 terms: its response declaration (correct response,
// mapping) and its response processing — the template match_correct or map_response, or rules
// written out for points per whole response (response_cases), none for an unscored item.
import type { Item, PartialCredit, ResponseCases } from '@certeval/core';
import { pairKey } from '@certeval/core/instruments/questionnaire/index';
import { el, type XmlOut } from '@certeval/core/xml/xmlWrite';

export type Exported = Exclude<Item, { type: 'observation' }>;
type Closed = Exclude<Exported, { type: 'open' }>;
type Table = Pick<PartialCredit, 'points' | 'unmapped' | 'min'> & { max?: number };

export const RESPONSE = 'RESPONSE';
const TEMPLATES = 'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates';

const CARDINALITY: Record<Exported['type'], [string, string]> = {
  single_choice: ['single', 'identifier'],
  multiple_choice: ['multiple', 'identifier'],
  ordering: ['ordered', 'identifier'],
  matching: ['multiple', 'directedPair'],
  text_entry: ['single', 'string'],
  open: ['single', 'string'],
};

function correctKeys(item: Closed): string[] {
  if (item.type === 'matching') return item.correct.map(pairKey);
  return item.type === 'text_entry' ? [item.correct] : item.correct;
}

function tableOf(item: Exported): Table | undefined {
  const { scoring } = item;
  if (scoring.model === 'partial_credit') return scoring;
  return scoring.model === 'response_cases' ? scoring.mapping : undefined;
}

function mapping(item: Exported, table: Table): XmlOut {
  const caseSensitive = item.type === 'text_entry' ? String(item.caseSensitive ?? true) : undefined;
  const entries = Object.entries(table.points).map(([key, points]) =>
    el('qti-map-entry', {
      'map-key': key,
      'mapped-value': points,
      'case-sensitive': caseSensitive,
    }),
  );
  const bounds = {
    'lower-bound': table.min,
    'upper-bound': table.max,
    'default-value': table.unmapped ?? 0,
  };
  return el('qti-mapping', bounds, entries);
}

export function declaration(item: Exported): XmlOut {
  const [cardinality, baseType] = CARDINALITY[item.type];
  const children: XmlOut[] = [];
  const correct = item.type === 'open' ? [] : correctKeys(item).filter((k) => k !== '');
  if (correct.length > 0)
    children.push(
      el(
        'qti-correct-response',
        {},
        correct.map((k) => el('qti-value', {}, [k])),
      ),
    );
  const table = tableOf(item);
  if (table) children.push(mapping(item, table));
  return el(
    'qti-response-declaration',
    { identifier: RESPONSE, cardinality, 'base-type': baseType },
    children,
  );
}

const float = (n: number) => el('qti-base-value', { 'base-type': 'float' }, [String(n)]);
const setScore = (value: XmlOut) => el('qti-set-outcome-value', { identifier: 'SCORE' }, [value]);
const response = el('qti-variable', { identifier: RESPONSE });

/** A whole response as a QTI constant of the item's cardinality. */
function constant(item: Exported, keys: string[]): XmlOut {
  const [cardinality, baseType] = CARDINALITY[item.type];
  const values = keys.map((k) => el('qti-base-value', { 'base-type': baseType }, [k]));
  if (cardinality === 'single') return values[0] ?? el('qti-null');
  return el(cardinality === 'ordered' ? 'qti-ordered' : 'qti-multiple', {}, values);
}

function caseRules(item: Exported, scoring: ResponseCases): XmlOut {
  const other = scoring.mapping
    ? el('qti-sum', {}, [
        el('qti-map-response', { identifier: RESPONSE }),
        float(scoring.otherwise),
      ])
    : float(scoring.otherwise);
  const isNull = el('qti-is-null', {}, [response]);
  return el('qti-response-condition', {}, [
    el('qti-response-if', {}, [isNull, setScore(float(scoring.empty ?? 0))]),
    ...scoring.cases.map((c) =>
      el('qti-response-else-if', {}, [
        el('qti-match', {}, [response, constant(item, c.response)]),
        setScore(float(c.points)),
      ]),
    ),
    el('qti-response-else', {}, [setScore(other)]),
  ]);
}

export function processing(item: Exported): XmlOut[] {
  const { model } = item.scoring;
  if (item.type === 'open' || model === 'unscored') return [];
  if (item.scoring.model === 'response_cases')
    return [el('qti-response-processing', {}, [caseRules(item, item.scoring)])];
  const name = model === 'partial_credit' ? 'map_response' : 'match_correct';
  return [el('qti-response-processing', { template: `${TEMPLATES}/${name}.xml` })];
}
