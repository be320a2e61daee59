import { seedText } from '@certeval/core/instruments/testData.testing';
import type { Content, ContentTable } from 'pdfmake/interfaces.js';
import { describe, expect, it } from 'vitest';
import { instrumentDocument } from './instrumentDocument.ts';
import { context, juryGuide, questionnaire, tutorGrid } from './paperTestData.ts';

/** Every node of a content tree, depth first. */
function nodes(content: unknown): unknown[] {
  if (Array.isArray(content)) return content.flatMap(nodes);
  if (content === null || typeof content !== 'object') return [content];
  const node = content as Record<string, unknown>;
  const children = ['stack', 'columns', 'ul', 'ol', 'text'].flatMap((k) => nodes(node[k] ?? []));
  const cells = node.table ? nodes((node.table as { body: unknown[][] }).body) : [];
  return [content, ...children, ...cells];
}

const tables = (content: Content) =>
  nodes(content).filter(
    (n): n is ContentTable => typeof n === 'object' && n !== null && 'table' in n,
  );

const cellText = (cell: unknown) => (cell as { text?: string }).text;

function gridTable(content: Content): ContentTable {
  const grid = tables(content).find((t) => t.table.headerRows === 1 && t.table.body.length > 6);
  if (!grid) throw new Error('no grid table');
  return grid;
}

describe('an instrument as a paper form (document definition)', () => {
  it('is data that can be copied, apart from its header and footer functions', () => {
    const { header, footer, ...data } = instrumentDocument(juryGuide, context);
    expect(() => structuredClone(data)).not.toThrow();
    expect(typeof header).toBe('function');
    expect(typeof footer).toBe('function');
  });

  it("heads the jury guide's grid with seed 002's columns, and has one row per observation", () => {
    const seedColumns = /^DOMAINE\t.*$/m.exec(seedText('002'))?.[0].split('\t');
    const grid = gridTable(instrumentDocument(juryGuide, context).content);
    expect(grid.table.body[0]?.map(cellText)).toEqual(seedColumns);
    const observations = juryGuide.sections.flatMap((s) => s.items);
    expect(grid.table.body).toHaveLength(1 + observations.length);
    expect(grid.table.body.slice(1).map((row) => cellText(row[1]))).toEqual(
      observations.map((item) => (item.type === 'observation' ? item.observation : '')),
    );
  });

  it('groups the tutor grid by mission, one row per activity with its domain and a % cell', () => {
    const grid = gridTable(instrumentDocument(tutorGrid, context).content);
    expect(grid.table.body[0]?.map(cellText)).toEqual([
      'Domaine',
      'Activité',
      'Prise de notes',
      '%',
    ]);
    const missions = tutorGrid.sections.map((s) => s.title);
    const activities = tutorGrid.sections.flatMap((s) => s.items);
    expect(grid.table.body).toHaveLength(1 + missions.length + activities.length);
    const headings = grid.table.body.filter(
      (row) => (row[0] as { colSpan?: number }).colSpan === 4,
    );
    expect(headings.map((row) => cellText(row[0]))).toEqual(missions);
    const first = grid.table.body[2] ?? [];
    expect(first.map(cellText)).toEqual([
      context.domainLabels?.[activities[0]?.domain ?? ''],
      activities[0]?.type === 'observation' ? activities[0].observation : '',
      ' ',
      '%',
    ]);
  });

  it('starts each role-play card on a new page', () => {
    const content = instrumentDocument(juryGuide, context).content as Content[];
    const cards = content.filter(
      (n) => typeof n === 'object' && 'pageBreak' in n && n.pageBreak === 'before' && 'stack' in n,
    );
    const titles = cards.map((card) => cellText((card as { stack: unknown[] }).stack[0]));
    expect(titles.filter((title) => title?.startsWith('Fiche'))).toEqual(
      juryGuide.rolePlays?.map((card) => `Fiche de Jeux de rôle n°${card.number}`),
    );
  });

  it('gives every choice of the questionnaire a box to tick, and never prints the answers', () => {
    const doc = instrumentDocument(questionnaire, context);
    const boxes = nodes(doc.content).filter((n) => cellText(n) === '☐').length;
    const choices = questionnaire.sections
      .flatMap((s) => s.items)
      .flatMap((i) =>
        i.type === 'single_choice' || i.type === 'multiple_choice' ? i.choices : [],
      );
    expect(boxes).toBe(choices.length);
    expect(JSON.stringify(doc.content)).not.toMatch(/"correct"|"points"/);
  });

  it('repeats the filled header on every page and numbers the pages', () => {
    const doc = instrumentDocument(juryGuide, context);
    const text = (value: unknown) => JSON.stringify(value);
    const header = (doc.header as (page: number, count: number) => unknown)(5, 8);
    expect(text(header)).toContain('Hélène Lefèvre-Nguyễn');
    expect(text(header)).toContain('12/03/2026');
    const footer = (doc.footer as (page: number, count: number) => unknown)(5, 8);
    expect(text(footer)).toContain('page 5 / 8');
  });
});
