// Spreadsheet files of evaluations: the template of an instrument (XLSX with an items sheet,
// or CSV) pre-filled with the evaluator's candidates, and reading a filled XLSX or CSV back
// into a table of cells for core's readEvaluationSheet. exceljs does the file formats. Every
// text written goes through core's spreadsheetText, so that none runs as a formula.
import {
  candidateDisplayName,
  csvField,
  csvFile,
  type Instrument,
  instrumentItems,
  itemMaxPoints,
  type SheetCell,
  sheetHeader,
  spreadsheetText,
} from '@certeval/core';
import ExcelJS from 'exceljs';
import type { ArchiveLimits } from '../platform/archive/limits.ts';
import { ArchiveUnreadable, unzip } from '../platform/archive/readZip.ts';
import { zipFiles } from '../platform/archive/writeZip.ts';
import { csvRecords } from '../platform/csv.ts';

export const SHEET_NAME = 'Évaluations';
export type SheetFormat = 'xlsx' | 'csv';

export interface TemplateCandidate {
  id: string;
  birthName: string;
  usageName?: string | null;
  firstNames: string[];
}

function label(item: ReturnType<typeof instrumentItems>[number]): string {
  return item.type === 'observation' ? String(item.observation) : item.stem;
}

function expected(item: ReturnType<typeof instrumentItems>[number]): string {
  if (item.scoring.model === 'acquis') return 'acquis / non acquis';
  const max = itemMaxPoints(item);
  return max === undefined ? '% 0–100' : `points 0–${max}`;
}

function rows(instrument: Instrument, candidates: TemplateCandidate[]): string[][] {
  const width = sheetHeader(instrument).length;
  return candidates.map((c) => {
    const row = Array<string>(width).fill('');
    row[0] = c.id;
    row[1] = candidateDisplayName({ ...c, usageName: c.usageName ?? undefined });
    return row;
  });
}

export async function writeTemplate(
  instrument: Instrument,
  candidates: TemplateCandidate[],
  format: SheetFormat,
): Promise<Buffer> {
  const table = [sheetHeader(instrument), ...rows(instrument, candidates)];
  if (format === 'csv') {
    // Semicolons and a byte-order mark: what French spreadsheet software opens as columns.
    const lines = table.map((r) => r.map((cell) => csvField(cell, ';')).join(';'));
    return Buffer.from(csvFile(lines), 'utf8');
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Certeval';
  const sheet = workbook.addWorksheet(SHEET_NAME);
  const safe = table.map((r) => r.map(spreadsheetText));
  sheet.addRow(safe[0] ?? []).font = { bold: true };
  for (const row of safe.slice(1)) sheet.addRow(row);
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];
  sheet.getColumn(1).width = 38;
  sheet.getColumn(2).width = 28;
  sheet.getColumn(3).width = 12;
  sheet.getColumn(4).width = 16;
  const items = workbook.addWorksheet('Items');
  items.addRow(['item', 'libellé / label', 'domaine / domain', 'valeur / value']).font = {
    bold: true,
  };
  for (const item of instrumentItems(instrument))
    items.addRow([item.id, label(item), item.domain ?? '', expected(item)].map(spreadsheetText));
  items.addRow([]);
  items.addRow([
    'type',
    'positionnement | continue | finale',
    '',
    'date: AAAA-MM-JJ ou JJ/MM/AAAA',
  ]);
  items.getColumn(2).width = 80;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const unreadableWorkbook = {
  error: {
    fr: 'Ce fichier n’est pas un classeur XLSX lisible.',
    en: 'This file is not a readable XLSX workbook.',
  },
};

/**
 * The workbook's entries, inflated under the limits, stored again uncompressed for exceljs:
 * it never inflates anything itself (issue 14). Throws the AppError of a limit crossed.
 */
function checkedWorkbook(body: Buffer, limits: ArchiveLimits): Buffer | undefined {
  try {
    return zipFiles(unzip(body, limits), { store: true });
  } catch (error) {
    if (error instanceof ArchiveUnreadable) return undefined;
    throw error;
  }
}

/**
 * The cells of the evaluations sheet of a filled file; `format` from its type or name. An
 * XLSX is read under the archive limits. Runs in a worker thread (readSheetTask.ts).
 */
export async function readTable(
  body: Buffer,
  format: SheetFormat,
  limits: ArchiveLimits,
): Promise<{ sheet: string; table: SheetCell[][] } | { error: { fr: string; en: string } }> {
  if (format === 'csv') {
    const text = body.toString('utf8').replace(/^\uFEFF/, '');
    return { sheet: 'CSV', table: parseCsv(text) };
  }
  const checked = checkedWorkbook(body, limits);
  if (!checked) return unreadableWorkbook;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(checked as unknown as ArrayBuffer);
  } catch {
    return unreadableWorkbook;
  }
  const sheet = workbook.getWorksheet(SHEET_NAME) ?? workbook.worksheets[0];
  if (!sheet) return { error: { fr: 'Le classeur est vide.', en: 'The workbook is empty.' } };
  const table: SheetCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: SheetCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      const value = cell.value;
      cells[column - 1] =
        value && typeof value === 'object' && !(value instanceof Date)
          ? 'result' in value
            ? (value.result as SheetCell)
            : 'text' in value
              ? String(value.text)
              : 'richText' in value
                ? value.richText.map((r) => r.text).join('')
                : String(value)
          : (value as SheetCell);
    });
    table[number - 1] = cells;
  });
  return { sheet: sheet.name, table: Array.from(table, (r) => r ?? []) };
}

/**
 * The cells of a CSV file, each record at the row of the line it starts on. The separator is
 * the header line's: semicolon (what French spreadsheet software writes) or comma.
 */
export function parseCsv(text: string): string[][] {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => header.split(c).length - 1;
  const separator = count(';') >= count(',') ? ';' : ',';
  const table: string[][] = [];
  for (const { fields, line } of csvRecords(text, separator)) table[line - 1] = fields;
  return Array.from(table, (row) => row ?? []);
}
