// A role-play card (mise en situation) as the editor changes it: seed 002's cards n°1–3 have
// roles, a context, the prompts the jury plays (lines or situations, some conditional) and
// success criteria. Lists of texts are edited one line at a time.
import type { RolePlay } from '@certeval/core/instruments/formSchema';
import type { Instrument } from '@certeval/core/instruments/schema';
import { moved, removeAt, replaceAt } from '../../ui/listEdits.ts';
import { freshId } from './instrumentDraft.ts';

export type RolePlayPrompt = RolePlay['prompts'][number];
export type RolePlayRole = RolePlay['roles'][number];

/** The lists of plain texts a card holds. */
export type TextList = 'context' | 'successCriteria';

export function setTextLine(card: RolePlay, list: TextList, index: number, text: string) {
  return { ...card, [list]: replaceAt(card[list], index, text) };
}

export function addTextLine(card: RolePlay, list: TextList): RolePlay {
  return { ...card, [list]: [...card[list], ''] };
}

/** Removes a line; a card keeps at least one (the schema says so). */
export function removeTextLine(card: RolePlay, list: TextList, index: number): RolePlay {
  if (card[list].length <= 1) return card;
  return { ...card, [list]: removeAt(card[list], index) };
}

export function moveTextLine(card: RolePlay, list: TextList, index: number, by: -1 | 1) {
  return { ...card, [list]: moved(card[list], index, by) };
}

export function setRole(card: RolePlay, index: number, role: RolePlayRole): RolePlay {
  return { ...card, roles: replaceAt(card.roles, index, role) };
}

export function addRole(card: RolePlay): RolePlay {
  return { ...card, roles: [...card.roles, { who: '', role: '' }] };
}

export function removeRole(card: RolePlay, index: number): RolePlay {
  if (card.roles.length <= 1) return card;
  return { ...card, roles: removeAt(card.roles, index) };
}

/** A prompt with its condition set, or removed when emptied. */
export function setPrompt(card: RolePlay, index: number, prompt: RolePlayPrompt): RolePlay {
  const { condition, ...rest } = prompt;
  const clean = condition?.trim() ? { ...rest, condition } : rest;
  return { ...card, prompts: replaceAt(card.prompts, index, clean) };
}

export function addPrompt(card: RolePlay): RolePlay {
  return { ...card, prompts: [...card.prompts, { kind: 'line', text: '' }] };
}

export function removePrompt(card: RolePlay, index: number): RolePlay {
  if (card.prompts.length <= 1) return card;
  return { ...card, prompts: removeAt(card.prompts, index) };
}

export function movePrompt(card: RolePlay, index: number, by: -1 | 1): RolePlay {
  return { ...card, prompts: moved(card.prompts, index, by) };
}

/** Title, introduction of the prompts and source; an emptied introduction is removed. */
export function setCardText(
  card: RolePlay,
  field: 'title' | 'promptsIntro' | 'source',
  text: string,
): RolePlay {
  if (field !== 'promptsIntro') return { ...card, [field]: text };
  const { promptsIntro: _previous, ...rest } = card;
  return text.trim() === '' ? rest : { ...rest, promptsIntro: text };
}

/** A new card numbered after the others, with one empty line of each list to fill. */
export function newRolePlay(instrument: Instrument, source: string): RolePlay {
  const cards = instrument.rolePlays ?? [];
  const number = Math.max(0, ...cards.map((card) => card.number)) + 1;
  return {
    id: freshId(new Set(cards.map((card) => card.id)), 'fiche-'),
    number,
    title: '',
    roles: [{ who: '', role: '' }],
    context: [''],
    prompts: [{ kind: 'line', text: '' }],
    successCriteria: [''],
    source,
  };
}

/** Observation items whose prompts play this card: renaming or removing it breaks them. */
export function itemsUsingCard(instrument: Instrument, cardId: string): string[] {
  return instrument.sections.flatMap((section) =>
    section.items
      .filter(
        (item) =>
          item.type === 'observation' && item.prompts.some((prompt) => prompt.rolePlay === cardId),
      )
      .map((item) => item.id),
  );
}
