// Import of one QTI 2.1 or 3.0 item (issue 4, item 5) into our item model: the item is
// imported with its interaction and scoring, or reported unsupported with every part we do not
// read named, or invalid with located problems. Never throws on bad input.
import type { Item, Scoring } from '@certeval/core';
import { bodyText, type Picture } from './itemBodyText.ts';
import {
  invalid,
  ok,
  type QtiProblem,
  type QtiUnsupported,
  qtiMessages,
  type Read,
  unsupportedReasons,
} from './problems.ts';
import {
  readShape,
  SUPPORTED_INTERACTIONS,
  type SupportedInteraction,
  safeId,
} from './readInteraction.ts';
import { readScoring, type TemplateName } from './readScoring.ts';
import { defaultTitle } from './writeItem.ts';
import {
  childElements,
  collapse,
  descendants,
  firstChild,
  parseXml,
  type XmlElement,
} from './xmlTree.ts';

export type QtiItemImport =
  | {
      outcome: 'imported';
      file: string;
      identifier: string;
      version: '2.x' | '3.0';
      interaction: SupportedInteraction;
      /** null: graded by hand (extended text). */
      template: TemplateName | null;
      item: Item;
      /** Content kept out of the stem (formulas, media…), to be redone by hand. */
      omitted: QtiUnsupported[];
      /** The body's pictures, as the item file names them (readPictures.ts finds them). */
      pictures: Picture[];
    }
  | { outcome: 'unsupported'; file: string; identifier: string; unsupported: QtiUnsupported[] }
  | { outcome: 'invalid'; file: string; problems: QtiProblem[] };

type Supported = XmlElement & { name: SupportedInteraction };

const isSupported = (e: XmlElement): e is Supported =>
  (SUPPORTED_INTERACTIONS as readonly string[]).includes(e.name);

/** The one interaction we import, or every part that stops the import, named. */
function theInteraction(root: XmlElement, body: XmlElement, file: string): Read<Supported> {
  const found = descendants(body, (e) => e.name.endsWith('Interaction')).filter((e) =>
    e.name.endsWith('Interaction'),
  );
  const supported = found.filter(isSupported);
  const blocking: QtiUnsupported[] = [
    ...found
      .filter((e) => !isSupported(e))
      .map((e) => ({ name: e.name, line: e.line, reason: unsupportedReasons.interaction(e.name) })),
    ...supported
      .slice(1)
      .map((e) => ({ name: e.name, line: e.line, reason: unsupportedReasons.secondInteraction() })),
    ...childElements(root, 'templateDeclaration').map((e) => ({
      name: e.name,
      line: e.line,
      reason: unsupportedReasons.templateVariables(),
    })),
  ];
  if (blocking.length > 0) return { status: 'unsupported', unsupported: blocking };
  const [interaction] = supported;
  if (interaction === undefined)
    return invalid('no_interaction', qtiMessages.noInteraction(), {
      file,
      line: body.line,
      element: 'itemBody',
    });
  return ok(interaction);
}

function declarationOf(root: XmlElement, interaction: Supported, file: string): Read<XmlElement> {
  const id = interaction.attributes.responseIdentifier ?? '';
  const declaration = childElements(root, 'responseDeclaration').find(
    (d) => d.attributes.identifier === id,
  );
  if (declaration) return ok(declaration);
  const at = { file, line: interaction.line, element: interaction.name };
  return invalid('missing_response_declaration', qtiMessages.missingDeclaration(id), at);
}

/**
 * For an extended text: graded by hand, out of the points SCORE may reach (normalMaximum,
 * else 1); without a SCORE at all, a survey question: unscored.
 */
function manualScoring(root: XmlElement): Scoring {
  const score = childElements(root, 'outcomeDeclaration').find(
    (o) => o.attributes.identifier === 'SCORE',
  );
  if (score === undefined) return { model: 'unscored' };
  const max = Number(score.attributes.normalMaximum);
  return { model: 'manual' as const, ...(max > 0 ? { maxPoints: max } : {}) };
}

function readAssessmentItem(root: XmlElement, file: string, identifier: string): QtiItemImport {
  const body = firstChild(root, 'itemBody') ?? { ...root, name: 'itemBody', children: [] };
  const interaction = theInteraction(root, body, file);
  if (interaction.status === 'unsupported')
    return { outcome: 'unsupported', file, identifier, ...interaction };
  if (interaction.status === 'invalid')
    return { outcome: 'invalid', file, problems: interaction.problems };
  const declaration = declarationOf(root, interaction.value, file);
  if (declaration.status !== 'ok') return failed(declaration, file, identifier);
  const shape = readShape(interaction.value, declaration.value, file);
  if (shape.status !== 'ok') return failed(shape, file, identifier);
  const manual = interaction.value.name === 'extendedTextInteraction';
  const scoring = manual
    ? ok({ template: null, scoring: manualScoring(root), correct: [], caseSensitive: true })
    : readScoring(
        firstChild(root, 'responseProcessing'),
        {
          declaration: declaration.value,
          shape: shape.value,
          file,
        },
        root,
      );
  if (scoring.status !== 'ok') return failed(scoring, file, identifier);
  const { stem, omitted, pictures } = bodyText(body, interaction.value);
  const { template, correct, caseSensitive } = scoring.value;
  const base = {
    id: safeId(identifier),
    ...itemFacts(root, stem),
    evaluates: [],
    scoring: scoring.value.scoring,
    stem: stem || root.attributes.title || identifier,
  };
  const shaped = shape.value.item(base, correct, caseSensitive);
  // A text entry nobody scores has no right answer: it is an open question.
  const item: Item =
    shaped.type === 'text_entry' && shaped.correct === '' ? { ...base, type: 'open' } : shaped;
  const version = root.rawName.includes('qti-') ? ('3.0' as const) : ('2.x' as const);
  const imported = {
    outcome: 'imported' as const,
    file,
    identifier,
    version,
    template,
    item,
    omitted,
    pictures,
  };
  return { ...imported, interaction: interaction.value.name };
}

const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/**
 * The item's title and language (xml:lang), kept as QTI gives them; not a title that is only
 * its stem cut short (what our export writes for an item without one), nor the default French.
 */
function itemFacts(root: XmlElement, stem: string): Pick<Item, 'title' | 'language'> {
  const title = collapse(root.attributes.title ?? '');
  const language = root.attributes['xml:lang']?.trim() ?? '';
  return {
    ...(title !== '' && title !== defaultTitle(stem) && { title }),
    ...(LANGUAGE.test(language) && language !== 'fr' && { language }),
  };
}

function failed(
  read: Exclude<Read<unknown>, { status: 'ok' }>,
  file: string,
  identifier: string,
): QtiItemImport {
  return read.status === 'invalid'
    ? { outcome: 'invalid', file, problems: read.problems }
    : { outcome: 'unsupported', file, identifier, unsupported: read.unsupported };
}

/** Imports the item in `text`; `file` names it in problems. */
export function importQtiItem(text: string, file: string): QtiItemImport {
  const parsed = parseXml(text);
  if (!parsed.ok) {
    const problem: QtiProblem = {
      code: 'not_xml',
      file,
      message: qtiMessages.notXml(parsed.detail),
    };
    return {
      outcome: 'invalid',
      file,
      problems: [{ ...problem, ...(parsed.line ? { line: parsed.line } : {}) }],
    };
  }
  const { root } = parsed;
  if (root.name !== 'assessmentItem') {
    const at = { file, line: root.line, element: root.rawName };
    return {
      outcome: 'invalid',
      file,
      problems: invalid('not_assessment_item', qtiMessages.notAssessmentItem(root.rawName), at)
        .problems,
    };
  }
  const fallback = file.replace(/^.*[/\\]/, '').replace(/\.xml$/i, '');
  return readAssessmentItem(root, file, root.attributes.identifier ?? fallback);
}
