// The five QTI interactions we import, each read into the shape of one of our items: its
// choices, how a response value of QTI becomes one of our response keys, and how the answer
// key is written in the item.
import type { Item, Scoring } from '@certeval/core';
import {
  invalid,
  ok,
  qtiMessages,
  type Read,
  unsupported,
  unsupportedReasons,
} from './problems.ts';
import { childElements, textOf, type XmlElement } from './xmlTree.ts';

export const SUPPORTED_INTERACTIONS = [
  'choiceInteraction',
  'orderInteraction',
  'matchInteraction',
  'textEntryInteraction',
  'extendedTextInteraction',
] as const;

export type SupportedInteraction = (typeof SUPPORTED_INTERACTIONS)[number];

export type Cardinality = 'single' | 'multiple' | 'ordered';

export interface ItemBase {
  id: string;
  evaluates: string[];
  scoring: Scoring;
  stem: string;
}

export interface ShapeReader {
  cardinality: Cardinality;
  /** A QTI value as one of our response keys; undefined when it names nothing of the item. */
  keyOf: (raw: string) => string | undefined;
  item: (base: ItemBase, correct: string[], caseSensitive: boolean) => Item;
}

/** A QTI identifier as one of our ids (letters, digits, _ . - and a letter or digit first). */
export function safeId(raw: string): string {
  const id = raw.trim().replace(/[^A-Za-z0-9_.-]/g, '-');
  return /^[A-Za-z0-9]/.test(id) ? id : `x${id}`;
}

function choicesOf(interaction: XmlElement, name: string) {
  return childElements(interaction, name).map((choice) => {
    // matchMax 0 means no limit, as does its absence.
    const matchMax = Number(choice.attributes.matchMax);
    return {
      id: safeId(choice.attributes.identifier ?? ''),
      text: textOf(choice) || (choice.attributes.identifier ?? ''),
      ...(Number.isInteger(matchMax) && matchMax > 0 ? { matchMax } : {}),
    };
  });
}

const known = (ids: Set<string>) => (raw: string) =>
  ids.has(safeId(raw)) ? safeId(raw) : undefined;

function choiceShape(
  interaction: XmlElement,
  cardinality: Cardinality,
  file: string,
): Read<ShapeReader> {
  const ordering = interaction.name === 'orderInteraction';
  const choices = choicesOf(interaction, 'simpleChoice').map(({ id, text }) => ({ id, text }));
  if (choices.length < 2) {
    const at = { file, line: interaction.line, element: interaction.name };
    return invalid('no_choices', qtiMessages.noChoices(interaction.name), at);
  }
  const type = ordering
    ? 'ordering'
    : cardinality === 'single'
      ? 'single_choice'
      : 'multiple_choice';
  return ok({
    cardinality,
    keyOf: known(new Set(choices.map((c) => c.id))),
    item: (base, correct) => ({ ...base, type, choices, correct }),
  });
}

function matchShape(interaction: XmlElement, baseType: string, file: string): Read<ShapeReader> {
  const [first, second] = childElements(interaction, 'simpleMatchSet');
  const sources = first ? choicesOf(first, 'simpleAssociableChoice') : [];
  const targets = second ? choicesOf(second, 'simpleAssociableChoice') : [];
  if (sources.length === 0 || targets.length === 0) {
    const at = { file, line: interaction.line, element: interaction.name };
    return invalid('no_choices', qtiMessages.noChoices(interaction.name), at);
  }
  const sourceIds = new Set(sources.map((s) => s.id));
  const targetIds = new Set(targets.map((t) => t.id));
  const keyOf = (raw: string) => {
    const [a = '', b = '', ...rest] = raw.trim().split(/\s+/).map(safeId);
    // An undirected pair (baseType pair) may name its target first.
    const [source, target] = baseType === 'pair' && sourceIds.has(b) ? [b, a] : [a, b];
    const valid = rest.length === 0 && sourceIds.has(source) && targetIds.has(target);
    return valid ? `${source} ${target}` : undefined;
  };
  const pair = (key: string) => {
    const [source = '', target = ''] = key.split(' ');
    return { source, target };
  };
  return ok({
    cardinality: 'multiple',
    keyOf,
    item: (base, correct) => ({
      ...base,
      type: 'matching',
      sources,
      targets,
      correct: correct.map(pair),
    }),
  });
}

function textShape(interaction: XmlElement): Read<ShapeReader> {
  const length = Number(interaction.attributes.expectedLength);
  const expectedLength = Number.isInteger(length) && length > 0 ? { expectedLength: length } : {};
  return ok({
    cardinality: 'single',
    keyOf: (raw) => (raw === '' ? undefined : raw),
    item: (base, correct, caseSensitive) => ({
      ...base,
      type: 'text_entry',
      correct: correct[0] ?? '',
      ...(caseSensitive ? {} : { caseSensitive: false }),
      ...expectedLength,
    }),
  });
}

const EXPECTED: Record<
  SupportedInteraction,
  { baseTypes: string[]; cardinalities: Cardinality[] }
> = {
  choiceInteraction: { baseTypes: ['identifier'], cardinalities: ['single', 'multiple'] },
  orderInteraction: { baseTypes: ['identifier'], cardinalities: ['ordered'] },
  matchInteraction: { baseTypes: ['directedPair', 'pair'], cardinalities: ['single', 'multiple'] },
  textEntryInteraction: { baseTypes: ['string'], cardinalities: ['single'] },
  extendedTextInteraction: { baseTypes: ['string'], cardinalities: ['single'] },
};

/** The shape of an item with this interaction, its responses declared by `declaration`. */
export function readShape(
  interaction: XmlElement & { name: SupportedInteraction },
  declaration: XmlElement,
  file: string,
): Read<ShapeReader> {
  const { baseType = '', cardinality = '' } = declaration.attributes;
  const expected = EXPECTED[interaction.name];
  if (!expected.baseTypes.includes(baseType))
    return unsupported(
      interaction.name,
      unsupportedReasons.baseType(interaction.name, baseType),
      interaction.line,
    );
  if (!(expected.cardinalities as string[]).includes(cardinality)) {
    const what = `cardinality, expected ${expected.cardinalities.join(' | ')}`;
    const at = { file, line: declaration.line, element: 'responseDeclaration' };
    return invalid('invalid_value', qtiMessages.invalidValue(cardinality, what), at);
  }
  switch (interaction.name) {
    case 'choiceInteraction':
    case 'orderInteraction':
      return choiceShape(interaction, cardinality as Cardinality, file);
    case 'matchInteraction':
      return matchShape(interaction, baseType, file);
    case 'textEntryInteraction':
      return textShape(interaction);
    case 'extendedTextInteraction':
      return ok({
        cardinality: 'single',
        keyOf: () => undefined,
        item: (base) => ({ ...base, type: 'open' }),
      });
  }
}
