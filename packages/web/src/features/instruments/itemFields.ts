// One item of an instrument as the editor changes it: its text, its tags on the referential,
// its scoring model, its choices and its prompts. Pure: an item in, a new item out.
import type { Instrument, Item, Scoring } from '@certeval/core/instruments/schema';
import { moved, removeAt, replaceAt } from '../../ui/listEdits.ts';

export type ItemType = Item['type'];
export type ScoringModel = Scoring['model'];
export type Choice = { id: string; text: string };
export type Prompt = Extract<Item, { type: 'observation' }>['prompts'][number];

export const SCORING_MODELS: readonly ScoringModel[] = [
  'scale_percentage',
  'right_wrong',
  'partial_credit',
  'acquis',
  'manual',
  'unscored',
];

/** The item types an author adds, by the kind of instrument: observations, or questions. */
export function addableItemTypes(kind: Instrument['kind']): ItemType[] {
  return kind === 'questionnaire'
    ? ['single_choice', 'multiple_choice', 'ordering', 'open']
    : ['observation', 'open'];
}

type WithText = { observation: string } | { stem: string };

/** What the evaluator reads: the observation of a grid line, the stem of a question. */
export function itemText(item: Item): string {
  const fields = item as Partial<{ observation: string; stem: string }>;
  return fields.observation ?? fields.stem ?? '';
}

/** The field holding the item's text: `observation` or `stem`. */
export function textField(item: Item): 'observation' | 'stem' {
  return 'observation' in item ? 'observation' : 'stem';
}

export function withText(item: Item, text: string): Item {
  return { ...item, [textField(item)]: text } as Item & WithText;
}

/** The item with its own domain, or none (it then counts in its section's domain). */
export function withDomain(item: Item, domain: string | undefined): Item {
  const { domain: _previous, ...rest } = item;
  if (domain === undefined || domain === '') return rest as Item;
  // The domain goes back where the schema lists it, right after the id.
  const { id, ...others } = rest;
  return { id, domain, ...others } as Item;
}

/** Codes of the referential the item evaluates, each once, in the order given. */
export function withEvaluates(item: Item, codes: readonly string[]): Item {
  return { ...item, evaluates: [...new Set(codes)] };
}

export function choicesOf(item: Item): Choice[] {
  return 'choices' in item ? item.choices : [];
}

/** The scoring an item gets when the author switches it to `model`. */
export function defaultScoring(
  model: ScoringModel,
  item: Item,
  scales: Instrument['scales'],
): Scoring {
  switch (model) {
    case 'scale_percentage':
      return { model, scale: scales[0]?.id ?? '' };
    case 'partial_credit': {
      const correct = new Set(isChoiceItem(item) ? item.correct : []);
      const points = Object.fromEntries(
        choicesOf(item).map((choice) => [choice.id, correct.has(choice.id) ? 1 : 0]),
      );
      return { model, points, max: Math.max(1, correct.size) };
    }
    default:
      return { model } as Scoring;
  }
}

export function withScoring(item: Item, scoring: Scoring): Item {
  return { ...item, scoring } as Item;
}

/** A fresh id for a choice of this item: a, b, c… then c27, c28… */
export function nextChoiceId(item: Item): string {
  const used = new Set(choicesOf(item).map((choice) => choice.id));
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const letter of letters) if (!used.has(letter)) return letter;
  let n = letters.length + 1;
  while (used.has(`c${n}`)) n += 1;
  return `c${n}`;
}

type ChoiceItem = Extract<Item, { choices: Choice[] }>;

function isChoiceItem(item: Item): item is ChoiceItem {
  return 'choices' in item;
}

/** Adds a choice with `text` at the end (and at the end of an ordering's right order). */
export function addChoice(item: Item, text: string): Item {
  if (!isChoiceItem(item)) return item;
  const id = nextChoiceId(item);
  const choices = [...item.choices, { id, text }];
  const correct = item.type === 'ordering' ? [...item.correct, id] : item.correct;
  return withPoints({ ...item, choices, correct }, id, 0);
}

function withPoints(item: Item, id: string, points: number | undefined): Item {
  if (item.scoring.model !== 'partial_credit') return item;
  const { [id]: _dropped, ...rest } = item.scoring.points;
  const table = points === undefined ? rest : { ...rest, [id]: points };
  return { ...item, scoring: { ...item.scoring, points: table } } as Item;
}

export function removeChoice(item: Item, id: string): Item {
  if (!isChoiceItem(item)) return item;
  const choices = item.choices.filter((choice) => choice.id !== id);
  const correct = item.correct.filter((choiceId) => choiceId !== id);
  return withPoints({ ...item, choices, correct } as Item, id, undefined);
}

export function setChoiceText(item: Item, id: string, text: string): Item {
  if (!isChoiceItem(item)) return item;
  const choices = item.choices.map((choice) => (choice.id === id ? { ...choice, text } : choice));
  return { ...item, choices } as Item;
}

/** Marks a choice right or not; a single-choice question has exactly one right answer. */
export function setCorrect(item: Item, id: string, right: boolean): Item {
  if (!isChoiceItem(item) || item.type === 'ordering') return item;
  const others = item.correct.filter((choiceId) => choiceId !== id);
  const correct =
    item.type === 'single_choice'
      ? right
        ? [id]
        : others
      : right
        ? item.choices.map((c) => c.id).filter((c) => c === id || item.correct.includes(c))
        : others;
  return { ...item, correct } as Item;
}

/** Moves a choice one place in an ordering's right order. */
export function moveInOrder(item: Item, id: string, by: -1 | 1): Item {
  if (item.type !== 'ordering') return item;
  return { ...item, correct: moved(item.correct, item.correct.indexOf(id), by) };
}

export function setPoints(item: Item, id: string, points: number): Item {
  return withPoints(item, id, points);
}

// Prompts: the questions and role plays the evaluator uses on an observation line (seed 002).

export function promptsOf(item: Item): Prompt[] {
  return item.type === 'observation' ? item.prompts : [];
}

function withPrompts(item: Item, prompts: Prompt[]): Item {
  return item.type === 'observation' ? { ...item, prompts } : item;
}

export function addPrompt(item: Item, prompt: Prompt): Item {
  return withPrompts(item, [...promptsOf(item), prompt]);
}

export function setPrompt(item: Item, index: number, prompt: Prompt): Item {
  return withPrompts(item, replaceAt(promptsOf(item), index, prompt));
}

export function removePrompt(item: Item, index: number): Item {
  return withPrompts(item, removeAt(promptsOf(item), index));
}

export function movePrompt(item: Item, index: number, by: -1 | 1): Item {
  return withPrompts(item, moved(promptsOf(item), index, by));
}

/** A new, empty item of `type`; its text is left to write (the editor flags it meanwhile). */
export function newItem(type: ItemType, id: string, scales: Instrument['scales']): Item {
  const base = { id, evaluates: [] as string[] };
  const scaled = defaultScoring(
    scales.length > 0 ? 'scale_percentage' : 'manual',
    {} as Item,
    scales,
  );
  switch (type) {
    case 'observation':
      return { type, ...base, scoring: scaled, observation: '', prompts: [] };
    case 'open':
      return { type, ...base, scoring: { model: 'manual' }, stem: '' };
    case 'ordering':
      return {
        type,
        ...base,
        scoring: { model: 'right_wrong' },
        stem: '',
        choices: [
          { id: 'a', text: '' },
          { id: 'b', text: '' },
        ],
        correct: ['a', 'b'],
      };
    default:
      return {
        type: type as 'single_choice' | 'multiple_choice',
        ...base,
        scoring: { model: 'right_wrong' },
        stem: '',
        choices: [
          { id: 'a', text: '' },
          { id: 'b', text: '' },
        ],
        correct: ['a'],
      };
  }
}
