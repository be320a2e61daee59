// The table of decisions (core/jury/decisionTable) as an XLSX workbook: one sheet, the header
// row frozen and filterable, percentages as numbers shown with two decimals, the day of the
// jury as a date, the signing instant as written (ISO 8601 with its offset: a spreadsheet
// date has no time zone). Texts go through core's spreadsheetText: none runs as a formula.
import {
  type DecisionCell,
  type DecisionColumn,
  type DecisionTable,
  type JuryLang,
  spreadsheetText,
} from '@certeval/core';
import ExcelJS from 'exceljs';

const SHEET: Record<JuryLang, string> = { fr: 'Décisions', en: 'Decisions' };
const DATE_FORMAT: Record<JuryLang, string> = { fr: 'dd/mm/yyyy', en: 'yyyy-mm-dd' };

function cellValue(value: DecisionCell, column: DecisionColumn): ExcelJS.CellValue {
  if (value === null) return null;
  if (column.kind === 'date' && typeof value === 'string') {
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (day) return new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  }
  return typeof value === 'string' ? spreadsheetText(value) : value;
}

function numberFormat(column: DecisionColumn, lang: JuryLang): string | undefined {
  if (column.kind === 'percentage') return '0.00';
  if (column.kind === 'integer') return '0';
  if (column.kind === 'date') return DATE_FORMAT[lang];
  return undefined;
}

export interface XlsxOptions {
  /** The workbook's creation time (deterministic files in tests). */
  created?: Date;
}

export async function decisionsXlsx(
  table: DecisionTable,
  lang: JuryLang = 'fr',
  options: XlsxOptions = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Certeval';
  workbook.created = options.created ?? new Date();
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet(SHEET[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => {
    const numFmt = numberFormat(column, lang);
    const room = column.header.length + 2;
    return {
      header: spreadsheetText(column.header),
      key: column.key,
      width: column.kind === 'text' ? Math.max(14, Math.min(40, room)) : Math.max(12, room),
      ...(numFmt ? { style: { numFmt } } : {}),
    };
  });
  for (const row of table.rows)
    sheet.addRow(table.columns.map((column, i) => cellValue(row[i] ?? null, column)));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6E6E6' } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
