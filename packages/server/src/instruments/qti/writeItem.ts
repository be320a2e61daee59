// Export of one of our items as a QTI 3.0 item (issue 4, item 5): the response declaration
// with its correct response and, for partial credit, its mapping; the body with the one
// interaction; the template match_correct or map_response. Open items are exported as
// extended text without response processing, graded by hand.
import type { Item, PartialCredit } from '@certeval/core';
import { maxPoints, pairKey } from '@certeval/core/instruments/questionnaire/index';
import { BLANK } from './itemBodyText.ts';
import { type QtiUnsupported, unsupportedReasons } from './problems.ts';
import { el, type XmlOut, xmlDocument } from './xmlWrite.ts';

export const QTI3_NAMESPACE = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
const QTI3_XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd';
const TEMPLATES = 'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates';

type Exported = Exclude<Item, { type: 'observation' }>;
type Closed = Exclude<Exported, { type: 'open' }>;

const RESPONSE = 'RESPONSE';
const choice = (name: string) => (c: { id: string; text: string; matchMax?: number }) =>
  el(
    name,
    { identifier: c.id, 'match-max': name.includes('associable') ? (c.matchMax ?? 0) : undefined },
    [c.text],
  );
const prompt = (stem: string) => el('qti-prompt', {}, [stem]);

function correctKeys(item: Closed): string[] {
  if (item.type === 'matching') return item.correct.map(pairKey);
  return item.type === 'text_entry' ? [item.correct] : item.correct;
}

function declaration(item: Exported): XmlOut {
  const [cardinality, baseType] = {
    single_choice: ['single', 'identifier'],
    multiple_choice: ['multiple', 'identifier'],
    ordering: ['ordered', 'identifier'],
    matching: ['multiple', 'directedPair'],
    text_entry: ['single', 'string'],
    open: ['single', 'string'],
  }[item.type];
  const children: XmlOut[] = [];
  if (item.type !== 'open') {
    children.push(
      el(
        'qti-correct-response',
        {},
        correctKeys(item).map((k) => el('qti-value', {}, [k])),
      ),
    );
    if (item.scoring.model === 'partial_credit') children.push(mapping(item));
  }
  return el(
    'qti-response-declaration',
    { identifier: RESPONSE, cardinality, 'base-type': baseType },
    children,
  );
}

function mapping(item: Closed): XmlOut {
  const { scoring } = item;
  if (scoring.model !== 'partial_credit') return el('qti-mapping');
  const caseSensitive = item.type === 'text_entry' ? String(item.caseSensitive ?? true) : undefined;
  const entries = Object.entries(scoring.points).map(([key, points]) =>
    el('qti-map-entry', {
      'map-key': key,
      'mapped-value': points,
      'case-sensitive': caseSensitive,
    }),
  );
  const bounds = {
    'lower-bound': scoring.min,
    'upper-bound': scoring.max,
    'default-value': (scoring as PartialCredit).unmapped ?? 0,
  };
  return el('qti-mapping', bounds, entries);
}

function textEntryBody(stem: string, expectedLength: number | undefined): XmlOut[] {
  const blank = el('qti-text-entry-interaction', {
    'response-identifier': RESPONSE,
    'expected-length': expectedLength,
  });
  const at = stem.indexOf(BLANK);
  if (at < 0) return [el('p', {}, [stem]), el('p', {}, [blank])];
  return [el('p', {}, [stem.slice(0, at), blank, stem.slice(at + BLANK.length)])];
}

function body(item: Exported): XmlOut[] {
  const id = { 'response-identifier': RESPONSE };
  switch (item.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const max = item.type === 'single_choice' ? 1 : 0;
      const attributes = { ...id, 'max-choices': max, shuffle: 'false' };
      return [
        el('qti-choice-interaction', attributes, [
          prompt(item.stem),
          ...item.choices.map(choice('qti-simple-choice')),
        ]),
      ];
    }
    case 'ordering':
      return [
        el('qti-order-interaction', { ...id, shuffle: 'false' }, [
          prompt(item.stem),
          ...item.choices.map(choice('qti-simple-choice')),
        ]),
      ];
    case 'matching': {
      const set = (list: typeof item.sources) =>
        el('qti-simple-match-set', {}, list.map(choice('qti-simple-associable-choice')));
      const attributes = { ...id, 'max-associations': 0, shuffle: 'false' };
      return [
        el('qti-match-interaction', attributes, [
          prompt(item.stem),
          set(item.sources),
          set(item.targets),
        ]),
      ];
    }
    case 'text_entry':
      return textEntryBody(item.stem, item.expectedLength);
    case 'open':
      return [el('qti-extended-text-interaction', id, [prompt(item.stem)])];
  }
}

function processing(item: Exported): XmlOut[] {
  if (item.type === 'open') return [];
  const name = item.scoring.model === 'partial_credit' ? 'map_response' : 'match_correct';
  return [el('qti-response-processing', { template: `${TEMPLATES}/${name}.xml` })];
}

/** The title of an item that has none: its stem, cut at 80 characters. */
export const defaultTitle = (stem: string) => (stem.length > 80 ? `${stem.slice(0, 79)}…` : stem);

/** Why an item cannot be exported, or undefined when it can. */
export function notExportable(item: Item): QtiUnsupported | undefined {
  if (item.type === 'observation')
    return { name: item.type, reason: unsupportedReasons.observation() };
  const { model } = item.scoring;
  if (item.type === 'open' || model === 'right_wrong' || model === 'partial_credit')
    return undefined;
  return { name: item.type, reason: unsupportedReasons.handScored(model) };
}

/** The QTI 3.0 XML of an exportable item (see notExportable). */
export function qtiItemXml(item: Exported): string {
  const score = el('qti-outcome-declaration', {
    identifier: 'SCORE',
    cardinality: 'single',
    'base-type': 'float',
    'normal-maximum': maxPoints(item.scoring),
  });
  const root = el(
    'qti-assessment-item',
    {
      xmlns: QTI3_NAMESPACE,
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': `${QTI3_NAMESPACE} ${QTI3_XSD}`,
      identifier: item.id,
      title: item.title ?? defaultTitle(item.stem),
      adaptive: 'false',
      'time-dependent': 'false',
      'xml:lang': item.language ?? 'fr',
    },
    [declaration(item), score, el('qti-item-body', {}, body(item)), ...processing(item)],
  );
  return xmlDocument(root);
}
