// Opens the PDFs with an independent reader (pdf.js) and checks what a jury member, tutor
// or trainer would read on each page.
import type { Instrument } from '@certeval/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalise, type PdfText, readPdfText } from '../../platform/pdf/pdfText.ts';
import { context, juryGuide, questionnaire, tutorGrid } from './paperTestData.ts';
import { renderInstrumentPdf } from './renderInstrumentPdf.ts';

async function read(instrument: Instrument): Promise<PdfText> {
  return readPdfText(await renderInstrumentPdf(instrument, context));
}

const pagesWith = (pdf: PdfText, text: string) =>
  pdf.pages.flatMap((page, i) => (page.includes(normalise(text)) ? [i] : []));

function expectEveryPageHeaded(pdf: PdfText) {
  pdf.pages.forEach((page, i) => {
    expect(page).toContain('12/03/2026');
    expect(page).toContain('François Œuvrard, membre du jury');
    expect(page).toContain('Hélène Lefèvre-Nguyễn');
    expect(page).toContain('Biscuiterie Dupré & Fils');
    expect(page).toContain(`page ${i + 1} / ${pdf.pages.length}`);
  });
  for (const [width, height] of pdf.sizes) expect([width, height]).toEqual([595.28, 841.89]);
}

describe('the jury guide of seed 002 on paper', () => {
  let pdf: PdfText;
  beforeAll(async () => {
    pdf = await read(juryGuide);
  }, 30_000);

  it('has 8 pages: guidance (2), grid (2), synthesis grid (1), three role-play cards', () => {
    expect(pdf.pages).toHaveLength(8);
    expectEveryPageHeaded(pdf);
  });

  it("prints the scale, both descriptor sets and seed 002's columns on the grid's first page", () => {
    const [gridPage] = pagesWith(pdf, 'QUESTIONS ET JEUX DE RÔLES PRISE DE NOTES %');
    expect(gridPage).toBeDefined();
    const page = pdf.pages[gridPage ?? -1] ?? '';
    expect(page).toContain(
      'DOMAINE OBSERVATION AU POSTE QUESTIONS ET JEUX DE RÔLES PRISE DE NOTES %',
    );
    for (const level of ['0%', '30%', '50%', '70%', '100%']) expect(page).toContain(` ${level} `);
    const scale = juryGuide.scales[0];
    for (const set of scale?.descriptorSets ?? []) expect(page).toContain(set.label);
    for (const level of scale?.levels ?? [])
      for (const descriptor of Object.values(level.descriptors ?? {}))
        expect(page).toContain(descriptor);
  });

  it('prints every observation with its questions and role-play references', () => {
    const text = pdf.pages.join(' ');
    for (const item of juryGuide.sections.flatMap((s) => s.items)) {
      if (item.type !== 'observation') continue;
      expect(text).toContain(item.observation);
      for (const prompt of item.prompts) expect(text).toContain(normalise(prompt.text));
    }
  });

  it('gives each role-play card a page of its own with roles, context, prompts and criteria', () => {
    const cards = juryGuide.rolePlays ?? [];
    const pages = cards.map((card) => pagesWith(pdf, `Fiche de Jeux de rôle n°${card.number}`));
    expect(pages.map((p) => p.length)).toEqual([1, 1, 1]);
    expect(new Set(pages.flat()).size).toBe(3);
    cards.forEach((card, i) => {
      const page = pdf.pages[pages[i]?.[0] ?? -1] ?? '';
      expect(page).toContain(`- ${card.title} -`);
      for (const role of card.roles) expect(page).toContain(`${role.who} ${role.role}`);
      for (const text of [
        ...card.context,
        ...card.prompts.map((p) => p.text),
        ...card.successCriteria,
      ])
        expect(page).toContain(normalise(text));
    });
  });

  it('prints the guidance before, during and after the test, with its 45 minutes', () => {
    const text = pdf.pages.slice(0, 2).join(' ');
    for (const heading of [
      "AVANT L'EPREUVE JURY",
      "PENDANT L'EPREUVE JURY",
      "APRES L'EPREUVE JURY",
    ])
      expect(text).toContain(heading);
    expect(text).toContain('Durée : 45 min');
    expect(text).toContain('de 0 à 100%');
  });
});

describe('the tutor observation grid on paper', () => {
  it('lists every activity under its mission, with its domain and a % column, on 3 pages', async () => {
    const pdf = await read(tutorGrid);
    expect(pdf.pages).toHaveLength(3);
    expectEveryPageHeaded(pdf);
    expect(pdf.pages[0]).toContain('Nom et fonction du tuteur');
    expect(pdf.pages[0]).toContain("Pourcentage d'atteinte d'objectif : de 0 % à 100 %");
    expect(pdf.pages[0]).toContain('Domaine Activité Prise de notes %');
    const text = pdf.pages.join(' ');
    for (const section of tutorGrid.sections) {
      expect(text).toContain(section.title);
      for (const item of section.items)
        if (item.type === 'observation')
          expect(text).toContain(
            `${context.domainLabels?.[item.domain ?? '']} ${item.observation}`,
          );
    }
  }, 30_000);
});

describe('the demo questionnaire on paper', () => {
  it('prints every question with its choices and a box to tick each, on 4 pages', async () => {
    const pdf = await read(questionnaire);
    expect(pdf.pages).toHaveLength(4);
    expectEveryPageHeaded(pdf);
    expect(pdf.pages[0]).toContain('Exemple de démonstration');
    const text = pdf.pages.join(' ');
    let boxes = 0;
    for (const item of questionnaire.sections.flatMap((s) => s.items)) {
      if (item.type === 'observation') continue;
      expect(text).toContain(normalise(item.stem));
      if (!('choices' in item)) continue;
      const mark = item.type === 'ordering' ? '[ …… ]' : '☐';
      for (const choice of item.choices)
        expect(text).toContain(`${mark} ${normalise(choice.text)}`);
      if (item.type !== 'ordering') boxes += item.choices.length;
    }
    expect(text.split('☐').length - 1).toBe(boxes);
  }, 30_000);
});
