// The table of decisions (core/jury/decisionTable) as CSV for a spreadsheet: in French with
// ";" between fields and a decimal comma, as French spreadsheets read it; in English with ","
// and a decimal point. A UTF-8 byte-order mark so that accents survive, CRLF line ends (RFC
// 4180), and no cell that a spreadsheet would run as a formula (core's spreadsheetText).
import {
  csvFile,
  csvQuoted,
  type DecisionCell,
  type DecisionColumn,
  type DecisionTable,
  type JuryLang,
  spreadsheetText,
} from '@certeval/core';

const FORMATS: Record<JuryLang, { separator: string; decimal: string }> = {
  fr: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
};

function cellText(value: DecisionCell, column: DecisionColumn, decimal: string): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    const n =
      column.kind === 'integer' ? String(Math.round(value)) : String(Math.round(value * 100) / 100);
    return n.replace('.', decimal);
  }
  return spreadsheetText(value);
}

export function decisionsCsv(table: DecisionTable, lang: JuryLang = 'fr'): string {
  const { separator, decimal } = FORMATS[lang];
  const line = (cells: string[]) => cells.map((c) => csvQuoted(c, separator)).join(separator);
  const header = line(table.columns.map((c) => cellText(c.header, c, decimal)));
  const rows = table.rows.map((row) =>
    line(table.columns.map((column, i) => cellText(row[i] ?? null, column, decimal))),
  );
  return csvFile([header, ...rows]);
}
