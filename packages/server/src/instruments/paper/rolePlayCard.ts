// A role-play card (seed 002, "Fiche de Jeux de rôle n°1-3"), on a page of its own so the
// jury can hold it during the test: roles, context, the prompts ("Relances"), the success
// criteria, and room for notes.
import type { RolePlay } from '@certeval/core';
import type { Content } from 'pdfmake/interfaces.js';
import { FORM_LAYOUT, passage, writingBox } from './layout.ts';

export function rolePlayTitle(card: RolePlay): string {
  return `Fiche de Jeux de rôle n°${card.number}`;
}

function prompts(card: RolePlay): Content[] {
  return card.prompts.map((prompt) => ({
    stack: [
      ...(prompt.condition ? [{ text: prompt.condition, italics: true }] : []),
      prompt.kind === 'situation' ? { text: prompt.text, italics: true } : { text: prompt.text },
    ],
    margin: [8, 0, 0, 4],
  }));
}

export function rolePlayCard(card: RolePlay): Content {
  return {
    pageBreak: 'before',
    stack: [
      { text: rolePlayTitle(card), style: 'title', alignment: 'center' },
      { text: `- ${card.title} -`, style: 'subtitle', alignment: 'center', bold: true },
      { text: 'Distribution des rôles', style: 'h2' },
      {
        table: {
          widths: [90, '*'],
          body: card.roles.map((r) => [{ text: r.who, bold: true }, { text: r.role }]),
        },
        layout: FORM_LAYOUT,
      },
      { text: 'Contexte', style: 'h2' },
      ...card.context.map(passage),
      { text: 'Relances', style: 'h2' },
      ...(card.promptsIntro ? [{ text: card.promptsIntro, margin: [0, 0, 0, 4] } as Content] : []),
      ...prompts(card),
      { text: 'Critères de réussite :', style: 'h2' },
      passage({ list: card.successCriteria }),
      writingBox('Prise de notes', 150),
    ],
  };
}
