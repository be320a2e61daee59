// The role-play cards of a jury guide alone (issue 16, item 1: the jury member's "Cartes de jeu
// de rôle", printable), one card a page as in the whole guide (rolePlayCard.ts), under the same
// running header to fill: the jury holds them during the test (seed 002, "Fiches de Jeux de
// rôle n°1-3").
import type { Instrument } from '@certeval/core';
import type { Content, ContentStack, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { defaultStyle, PAGE_MARGINS, pageFooter, runningHeader, styles } from './layout.ts';
import { headerEntries, type PaperContext } from './paperContext.ts';
import { rolePlayCard } from './rolePlayCard.ts';

export function rolePlayCardsDocument(
  instrument: Instrument,
  context: PaperContext,
): TDocumentDefinitions {
  // Each card starts a page; the first needs no break before it.
  const cards = (instrument.rolePlays ?? []).map((card, k): Content => {
    const content = rolePlayCard(card) as ContentStack;
    return k === 0 ? { stack: content.stack } : content;
  });
  return {
    info: {
      title: `${instrument.title} — fiches de jeux de rôle`,
      subject: context.certificationTitle,
      creator: 'Certeval',
      producer: 'Certeval',
    },
    language: 'fr-FR',
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    header: runningHeader(
      context.certificationTitle,
      instrument,
      headerEntries(instrument, context),
    ),
    footer: pageFooter(instrument),
    content: cards,
    styles,
    defaultStyle,
  };
}
