// The observation grid on paper: the scale it is scored on, then one row per observation.
// Columns are the instrument's own (seed 002: DOMAINE · OBSERVATION AU POSTE · QUESTIONS ET
// JEUX DE RÔLES · PRISE DE NOTES · %), or, for a grid without them such as the generated tutor
// grid, Domaine · Activité · Prise de notes · %. Sections that are domains print the domain
// once beside their rows, as seed 002 does; other sections (the tutor grid's missions) print
// as a heading row, each row naming its domain.
import type { AppreciationScale, Instrument, Item, Section } from '@certeval/core';
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { BOX, FORM_LAYOUT, th } from './layout.ts';
import type { PaperContext } from './paperContext.ts';
import { scaleBlock } from './scaleBlock.ts';

type Observation = Extract<Item, { type: 'observation' }>;
type Role = 'domain' | 'observation' | 'prompts' | 'notes' | 'result' | 'blank';

export function columnRole(label: string): Role {
  const text = label.toLocaleLowerCase('fr');
  if (text.includes('domaine')) return 'domain';
  if (text.includes('question') || text.includes('jeu')) return 'prompts';
  if (text.includes('observation') || text.includes('activit')) return 'observation';
  if (text.includes('note') || text.includes('commentaire')) return 'notes';
  if (text.includes('%') || text.includes('résultat') || text.includes('acquis')) return 'result';
  return 'blank';
}

const WIDTHS: Record<Role, number | '*'> = {
  domain: 84,
  observation: 100,
  prompts: '*',
  notes: 125,
  result: 38,
  blank: 60,
};

export function isObservation(item: Item): item is Observation {
  return item.type === 'observation';
}

function defaultColumns(instrument: Instrument, items: Observation[]): string[] {
  const hasPrompts = items.some((item) => item.prompts.length > 0);
  const allAcquis = items.every((item) => item.scoring.model === 'acquis');
  return [
    'Domaine',
    instrument.kind === 'observation_grid' ? 'Activité' : 'Observation',
    ...(hasPrompts ? ['Questions et jeux de rôles'] : []),
    'Prise de notes',
    allAcquis ? 'Acquis / Non acquis' : '%',
  ];
}

function promptsCell(item: Observation): TableCell {
  return {
    stack: item.prompts.map((prompt) => ({
      text: [
        {
          text: prompt.kind === 'role_play' ? 'Jeu de rôles' : 'Question',
          decoration: 'underline',
        },
        ` : ${prompt.text}`,
      ],
      margin: [0, 0, 0, 3],
    })),
  };
}

function resultCell(item: Observation): TableCell {
  const scoring = item.scoring;
  switch (scoring.model) {
    case 'acquis':
      return { text: `${BOX} A\n${BOX} NA`, fontSize: 8 };
    case 'right_wrong':
      return { text: `${BOX} oui\n${BOX} non`, fontSize: 8 };
    case 'partial_credit':
      return { text: `/ ${scoring.max}`, alignment: 'right' };
    case 'manual':
      return {
        text: scoring.maxPoints === undefined ? ' ' : `/ ${scoring.maxPoints}`,
        alignment: 'right',
      };
    default:
      return { text: '%', alignment: 'right', color: '#555555' };
  }
}

function domainText(code: string | undefined, context: PaperContext): string {
  if (code === undefined) return '';
  const label = context.domainLabels?.[code];
  return label === undefined ? code : label;
}

function rowCells(item: Observation, roles: Role[], domainCell: TableCell): TableCell[] {
  return roles.map((role): TableCell => {
    switch (role) {
      case 'domain':
        return domainCell;
      case 'observation':
        return { text: item.observation, bold: true };
      case 'prompts':
        return promptsCell(item);
      case 'notes':
        // Room to write: a row is never lower than this.
        return { text: ' ', margin: [0, 0, 0, 44] };
      case 'result':
        return resultCell(item);
      default:
        return { text: ' ' };
    }
  });
}

function sectionRows(section: Section, roles: Role[], context: PaperContext): TableCell[][] {
  const items = section.items.filter(isObservation);
  if (items.length === 0) return [];
  const byDomain = section.domain !== undefined;
  const heading: TableCell[][] =
    byDomain || section.title === undefined
      ? []
      : [
          roles.map(
            (_, i): TableCell =>
              i === 0
                ? {
                    text: section.title ?? '',
                    colSpan: roles.length,
                    bold: true,
                    fillColor: '#f2f2f2',
                  }
                : {},
          ),
        ];
  const rows = items.map((item, i) => {
    const domainCell: TableCell = byDomain
      ? i === 0
        ? {
            text: section.title ?? domainText(section.domain, context),
            rowSpan: items.length,
            bold: true,
            fontSize: 7.5,
          }
        : {}
      : { text: domainText(item.domain ?? section.domain, context), fontSize: 7.5 };
    return rowCells(item, roles, domainCell);
  });
  return [...heading, ...rows];
}

function scalesOf(instrument: Instrument, items: Observation[]): AppreciationScale[] {
  const ids = new Set(
    items.flatMap((i) => (i.scoring.model === 'scale_percentage' ? [i.scoring.scale] : [])),
  );
  return instrument.scales.filter((scale) => ids.has(scale.id));
}

/** The grid page(s): title, scales, the table. Empty when the instrument has no observation. */
export function observationTable(instrument: Instrument, context: PaperContext): Content[] {
  const items = instrument.sections.flatMap((s) => s.items.filter(isObservation));
  if (items.length === 0) return [];
  const columns = instrument.grid?.columns ?? defaultColumns(instrument, items);
  const roles = columns.map(columnRole);
  const widths = roles.map((role) => WIDTHS[role]);
  if (!widths.includes('*')) widths[roles.indexOf('observation')] = '*';
  const body: TableCell[][] = [
    columns.map(th),
    ...instrument.sections.flatMap((section) => sectionRows(section, roles, context)),
  ];
  return [
    { text: instrument.grid?.title ?? "Grille d'observation", style: 'h1' },
    ...scalesOf(instrument, items).map(scaleBlock),
    {
      table: { headerRows: 1, dontBreakRows: true, widths, body },
      layout: FORM_LAYOUT,
      fontSize: 8.5,
      margin: [0, 6, 0, 0],
    },
  ];
}
