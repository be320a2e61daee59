// Export of one of our items as a QTI 3.0 or 2.1 item (issue 4, item 5; issue 18, item 4):
// the response declaration and processing (writeScoring.ts); the body with its pictures and
// the one interaction. Open items are exported as extended text without response processing,
// graded by hand (or, unscored, without a score at all).
import type { Item, Scoring } from '@certeval/core';
import { maxPoints } from '@certeval/core/instruments/questionnaire/index';
import { el, type XmlOut, xmlDocument } from '@certeval/core/xml/xmlWrite';
import { BLANK } from './itemBodyText.ts';
import { type QtiUnsupported, unsupportedReasons } from './problems.ts';
import { qti21Root, toQti21 } from './qti21.ts';
import { declaration, type Exported, processing, RESPONSE } from './writeScoring.ts';

const EXPORTED_SCORINGS: ReadonlyArray<Scoring['model']> = [
  'right_wrong',
  'partial_credit',
  'response_cases',
  'unscored',
];

export const QTI3_NAMESPACE = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
const QTI3_XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd';

export type QtiVersion = '3.0' | '2.1';

const choice = (name: string) => (c: { id: string; text: string; matchMax?: number }) =>
  el(
    name,
    { identifier: c.id, 'match-max': name.includes('associable') ? (c.matchMax ?? 0) : undefined },
    [c.text],
  );
const prompt = (stem: string) => el('qti-prompt', {}, [stem]);

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

/** The title of an item that has none: its stem, cut at 80 characters. */
export const defaultTitle = (stem: string) => (stem.length > 80 ? `${stem.slice(0, 79)}…` : stem);

/** Why an item cannot be exported, or undefined when it can. */
export function notExportable(item: Item): QtiUnsupported | undefined {
  if (item.type === 'observation')
    return { name: item.type, reason: unsupportedReasons.observation() };
  if (item.type === 'open' || EXPORTED_SCORINGS.includes(item.scoring.model)) return undefined;
  const { model } = item.scoring;
  return { name: item.type, reason: unsupportedReasons.handScored(model) };
}

/** The pictures of the item, before its interaction, as the package holds them. */
function images(item: Exported): XmlOut[] {
  return (item.images ?? []).map((image) =>
    el('p', {}, [el('img', { src: image.file, alt: image.alt ?? '' })]),
  );
}

/** SCORE, out of the item's points; an unscored item sets no score and declares none. */
function outcomes(item: Exported): XmlOut[] {
  if (item.scoring.model === 'unscored') return [];
  return [
    el('qti-outcome-declaration', {
      identifier: 'SCORE',
      cardinality: 'single',
      'base-type': 'float',
      'normal-maximum': maxPoints(item.scoring),
    }),
  ];
}

/** The QTI 3.0 (or 2.1) XML of an exportable item (see notExportable). */
export function qtiItemXml(item: Exported, version: QtiVersion = '3.0'): string {
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
    [
      declaration(item),
      ...outcomes(item),
      el('qti-item-body', {}, [...images(item), ...body(item)]),
      ...processing(item),
    ],
  );
  if (version === '3.0') return xmlDocument(root);
  const converted = toQti21(root);
  return xmlDocument({ ...converted, attributes: { ...converted.attributes, ...qti21Root } });
}
