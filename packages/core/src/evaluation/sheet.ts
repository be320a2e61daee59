// The spreadsheet of evaluations (issue 5, item 7): one template per instrument, one row per
// candidate and evaluation, one column per item. Reading it is pure: the server turns an XLSX
// or CSV file into a table of cells, this checks every cell and says where each fault is —
// sheet, row, column — in French and English. Nothing is half-read: problems or rows.

import { instrumentItems } from '../candidates/evaluationItems.ts';
import type { Instrument, Item } from '../instruments/index.ts';
import { itemMaxPoints } from './itemResult.ts';
import type { EvaluationKind, RecordItemResult } from './recordSchema.ts';

export const SHEET_COLUMNS = {
  candidate: 'candidate_id',
  name: 'candidat',
  date: 'date',
  kind: 'type',
  comment: 'commentaire',
} as const;

/** The words a cell may use for the kind of evaluation, French first. */
export const SHEET_KINDS: Record<string, EvaluationKind> = {
  positionnement: 'positioning',
  positioning: 'positioning',
  continue: 'continuous',
  continuous: 'continuous',
  finale: 'final',
  final: 'final',
};

export type SheetCell = string | number | Date | null | undefined;

export interface SheetProblem {
  sheet: string;
  /** 1-based, as the spreadsheet shows it. */
  row: number;
  /** The column letter, as the spreadsheet shows it (A, B, …, AA). */
  column?: string;
  message: { fr: string; en: string };
}

export interface SheetRow {
  row: number;
  candidateId: string;
  date: string;
  kind: EvaluationKind;
  items: RecordItemResult[];
  comment?: string;
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const text = (cell: SheetCell): string => {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
};

/** A day as YYYY-MM-DD from a date cell, an ISO text or a French JJ/MM/AAAA text. */
export function sheetDay(cell: SheetCell): string | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : text(cell);
  const value = text(cell);
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const iso = french
    ? `${french[3]}-${french[2]?.padStart(2, '0')}-${french[1]?.padStart(2, '0')}`
    : value;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/** A number from a cell, accepting the French decimal comma and a trailing %. */
function sheetNumber(cell: SheetCell): number | undefined {
  if (typeof cell === 'number') return cell;
  const value = text(cell).replace(/\s|%$/g, '').replace(',', '.');
  if (value === '' || !/^-?\d+(\.\d+)?$/.test(value)) return undefined;
  return Number(value);
}

/** The header every template has, then one column per item id, then the comment. */
export function sheetHeader(instrument: Instrument): string[] {
  return [
    SHEET_COLUMNS.candidate,
    SHEET_COLUMNS.name,
    SHEET_COLUMNS.date,
    SHEET_COLUMNS.kind,
    ...instrumentItems(instrument).map((item) => item.id),
    SHEET_COLUMNS.comment,
  ];
}

function itemResult(
  item: Item,
  cell: SheetCell,
): { value: RecordItemResult } | { message: { fr: string; en: string } } | undefined {
  const raw = text(cell);
  if (raw === '') return undefined;
  if (item.scoring.model === 'acquis') {
    const word = raw.toLowerCase().replace(/[\s_-]+/g, ' ');
    if (word === 'acquis' || word === 'a') return { value: { item: item.id, outcome: 'acquis' } };
    if (word === 'non acquis' || word === 'na')
      return { value: { item: item.id, outcome: 'non_acquis' } };
    return {
      message: {
        fr: `« ${raw} » : attendu « acquis » ou « non acquis ».`,
        en: `"${raw}": expected "acquis" or "non acquis".`,
      },
    };
  }
  const number = sheetNumber(cell);
  if (number === undefined)
    return {
      message: { fr: `« ${raw} » n’est pas un nombre.`, en: `"${raw}" is not a number.` },
    };
  const max = itemMaxPoints(item);
  if (item.scoring.model === 'scale_percentage' || max === undefined) {
    if (number < 0 || number > 100)
      return {
        message: {
          fr: `${raw} : un pourcentage va de 0 à 100.`,
          en: `${raw}: a percentage is between 0 and 100.`,
        },
      };
    return { value: { item: item.id, percentage: number } };
  }
  if (number < 0 || number > max)
    return {
      message: {
        fr: `${raw} : les points de cet item vont de 0 à ${max}.`,
        en: `${raw}: this item's points are between 0 and ${max}.`,
      },
    };
  return { value: { item: item.id, points: number } };
}

/**
 * Reads a filled template. `table[0]` is the header row. Unknown columns are refused (an item
 * code of another instrument, a typo) rather than ignored; an empty item cell is not rated.
 */
export function readEvaluationSheet(
  table: readonly (readonly SheetCell[])[],
  instrument: Instrument,
  options: { sheet: string; today: string },
): { ok: true; rows: SheetRow[] } | { ok: false; problems: SheetProblem[] } {
  const { sheet, today } = options;
  const problems: SheetProblem[] = [];
  const at = (row: number, column: number | undefined, message: SheetProblem['message']) =>
    problems.push({
      sheet,
      row,
      ...(column !== undefined && { column: columnLetter(column) }),
      message,
    });
  const header = (table[0] ?? []).map(text);
  const items = new Map(instrumentItems(instrument).map((item) => [item.id, item]));
  const fixed = new Set<string>(Object.values(SHEET_COLUMNS));
  const index = (name: string) => header.indexOf(name);
  for (const name of [SHEET_COLUMNS.candidate, SHEET_COLUMNS.date, SHEET_COLUMNS.kind])
    if (index(name) < 0)
      at(1, undefined, {
        fr: `Colonne « ${name} » absente de l’en-tête.`,
        en: `Column "${name}" missing from the header.`,
      });
  header.forEach((name, column) => {
    if (name === '' || fixed.has(name) || items.has(name)) return;
    at(1, column, {
      fr: `« ${name} » n’est pas un item de l’instrument ${instrument.id} ${instrument.version}.`,
      en: `"${name}" is not an item of instrument ${instrument.id} ${instrument.version}.`,
    });
  });
  if (problems.length > 0) return { ok: false, problems };
  const rows: SheetRow[] = [];
  table.slice(1).forEach((cells, k) => {
    const row = k + 2;
    if (cells.every((cell) => text(cell) === '')) return;
    const candidateId = text(cells[index(SHEET_COLUMNS.candidate)]);
    if (candidateId === '')
      at(row, index(SHEET_COLUMNS.candidate), {
        fr: 'Candidat manquant.',
        en: 'Missing candidate.',
      });
    const dateCell = cells[index(SHEET_COLUMNS.date)];
    const date = sheetDay(dateCell);
    if (!date)
      at(row, index(SHEET_COLUMNS.date), {
        fr: `« ${text(dateCell)} » n’est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA).`,
        en: `"${text(dateCell)}" is not a date (YYYY-MM-DD or DD/MM/YYYY).`,
      });
    else if (date > today)
      at(row, index(SHEET_COLUMNS.date), {
        fr: `La date ${date} est dans le futur.`,
        en: `The date ${date} is in the future.`,
      });
    const kindCell = text(cells[index(SHEET_COLUMNS.kind)]).toLowerCase();
    const kind = SHEET_KINDS[kindCell];
    if (!kind)
      at(row, index(SHEET_COLUMNS.kind), {
        fr: `« ${kindCell} » : attendu positionnement, continue ou finale.`,
        en: `"${kindCell}": expected positionnement, continue or finale.`,
      });
    const results: RecordItemResult[] = [];
    header.forEach((name, column) => {
      const item = items.get(name);
      if (!item) return;
      const result = itemResult(item, cells[column]);
      if (!result) return;
      if ('message' in result) at(row, column, result.message);
      else results.push(result.value);
    });
    const comment =
      index(SHEET_COLUMNS.comment) >= 0 ? text(cells[index(SHEET_COLUMNS.comment)]) : '';
    if (candidateId && date && kind)
      rows.push({ row, candidateId, date, kind, items: results, ...(comment && { comment }) });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}
