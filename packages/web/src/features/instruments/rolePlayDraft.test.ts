import { instrument, observation, smallVersion } from '@certeval/core/instruments/factories';
import type { RolePlay } from '@certeval/core/instruments/formSchema';
import { validateInstrument } from '@certeval/core/instruments/validate';
import { describe, expect, it } from 'vitest';
import {
  addPrompt,
  addRole,
  addTextLine,
  itemsUsingCard,
  movePrompt,
  newRolePlay,
  removePrompt,
  removeRole,
  removeTextLine,
  setCardText,
  setPrompt,
  setRole,
  setTextLine,
} from './rolePlayDraft.ts';

// Seed 002, fiche n°1, shortened.
const card: RolePlay = {
  id: 'fiche-1',
  number: 1,
  title: 'Délai de livraison',
  roles: [
    { who: 'Candidat', role: 'Assistant(e) de gestion clientèle' },
    { who: 'Jury', role: 'Client' },
  ],
  context: ['Le produit est en rupture de stocks.'],
  promptsIntro: 'Le client réagit :',
  prompts: [
    { kind: 'line', text: '« Vous ne pouvez pas m’en faire envoyer en urgence ? »' },
    { kind: 'situation', text: 'Le client devient insultant, que faites vous ?' },
  ],
  successCriteria: ['Réponses claires'],
  source: 'seed 002, Fiche de Jeux de rôle n°1',
};

describe('the role-play card editor', () => {
  it('edits, adds and removes context lines and success criteria, keeping one of each', () => {
    const two = setTextLine(
      addTextLine(card, 'successCriteria'),
      'successCriteria',
      1,
      'Discours posé',
    );
    expect(two.successCriteria).toEqual(['Réponses claires', 'Discours posé']);
    expect(removeTextLine(two, 'successCriteria', 0).successCriteria).toEqual(['Discours posé']);
    expect(removeTextLine(card, 'context', 0).context).toHaveLength(1);
  });

  it('edits the roles, keeping at least one', () => {
    const three = setRole(addRole(card), 2, { who: 'Observateur', role: 'Tuteur' });
    expect(three.roles.map((r) => r.who)).toEqual(['Candidat', 'Jury', 'Observateur']);
    expect(removeRole(removeRole(removeRole(three, 0), 0), 0).roles).toHaveLength(1);
  });

  it('sets a prompt condition, drops it when emptied, and reorders prompts', () => {
    const conditional = setPrompt(card, 0, {
      kind: 'line',
      text: '« Le coût ne vaut pas le transport. »',
      condition: 'Si réclamation acceptée :',
    });
    expect(conditional.prompts[0]?.condition).toBe('Si réclamation acceptée :');
    const plain = setPrompt(conditional, 0, { kind: 'line', text: 'x', condition: ' ' });
    expect('condition' in (plain.prompts[0] ?? {})).toBe(false);
    expect(movePrompt(card, 1, -1).prompts.map((p) => p.kind)).toEqual(['situation', 'line']);
    expect(removePrompt(addPrompt(card), 2).prompts).toHaveLength(2);
  });

  it('removes an emptied introduction of the prompts', () => {
    expect('promptsIntro' in setCardText(card, 'promptsIntro', '')).toBe(false);
    expect(setCardText(card, 'title', 'Retard').title).toBe('Retard');
  });

  it('numbers a new card after the others and flags its empty texts until written', () => {
    const grid = instrument(undefined, { rolePlays: [card] });
    const created = newRolePlay(grid, 'Rédigé dans Certeval');
    expect(created).toMatchObject({ id: 'fiche-2', number: 2 });
    const withNew = { ...grid, rolePlays: [card, created] };
    const result = validateInstrument(withNew, smallVersion());
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.every((p) => p.path.startsWith('$.rolePlays[1]'))).toBe(true);
  });

  it('tells which observations play a card', () => {
    const line = observation('R.5', {
      prompts: [{ kind: 'role_play', text: 'Jeu de rôle n°1', rolePlay: 'fiche-1' }],
    });
    const grid = instrument([observation('R.1'), line], { rolePlays: [card] });
    expect(itemsUsingCard(grid, 'fiche-1')).toEqual(['R.5']);
  });
});
