// The rows of a CASE spreadsheet, each cell under the key of what its column holds (csvColumns),
// with the item's identifier: the row's own when it is a UUID, else one derived from it (as
// OpenSALT does), or from the row's code when it has none.
import type { Message } from '../problems.ts';
import { type CsvColumn, columnOf } from './csvColumns.ts';
import { derivedIdentifier } from './identity.ts';
import type { Tally } from './tally.ts';
import { isUuid } from './uuid.ts';

export interface CsvRecord {
  fields: string[];
  /** 1-based line where the record starts. */
  line: number;
}

export interface Cell {
  header: string;
  value: string;
}

export interface Row {
  line: number;
  cells: Map<string, Cell>;
  identifier: string;
  code?: string;
}

export interface Sheet {
  rows: Row[];
  /** Headers that are not CASE columns. */
  ignored: string[];
  documentId: string;
}

export const keyOf = (column: CsvColumn): string => {
  switch (column.kind) {
    case 'field':
      return `field:${column.field}`;
    case 'association':
      return `association:${column.type}`;
    default:
      return column.kind;
  }
};

export const cellText = (row: Row, key: string) => row.cells.get(key)?.value.trim() ?? '';

const identifierFromText = (count: number, example: string): Message => ({
  fr: `${count} identifiant(s) ne sont pas des UUID (ex. « ${example} ») : chaque élément reçoit un UUID tiré de son identifiant, comme le fait OpenSALT.`,
  en: `${count} identifier(s) are not UUIDs (e.g. "${example}"): each item gets a UUID derived from its identifier, as OpenSALT does.`,
});

function identifierOf(row: Row, documentId: string, notes: Tally): string {
  const given = cellText(row, 'identifier');
  if (isUuid(given)) return given.toLowerCase();
  if (given !== '') {
    notes.note('derived_identifier', 'csv-identifier', `line ${row.line}`, (n) =>
      identifierFromText(n, given),
    );
  }
  return derivedIdentifier('csv-item', documentId, given || row.code || `line ${row.line}`);
}

/** The sheet, or undefined when its header has no fullStatement column. */
export function readSheet(records: CsvRecord[], fileName: string, notes: Tally): Sheet | undefined {
  const [header, ...body] = records;
  const columns = (header?.fields ?? []).map((h) => ({ header: h.trim(), column: columnOf(h) }));
  if (!columns.some((c) => c.column && keyOf(c.column) === 'field:fullStatement')) return undefined;
  const documentId = derivedIdentifier('csv-document', fileName);
  const rows = body
    .filter((record) => record.fields.some((field) => field.trim() !== ''))
    .map((record) => {
      const cells = new Map<string, Cell>();
      columns.forEach(({ header: name, column }, i) => {
        const key = column && keyOf(column);
        if (key && !cells.has(key)) cells.set(key, { header: name, value: record.fields[i] ?? '' });
      });
      const row: Row = { line: record.line, cells, identifier: '' };
      row.code = cellText(row, 'field:humanCodingScheme') || undefined;
      row.identifier = identifierOf(row, documentId, notes);
      return row;
    });
  const ignored = columns.filter((c) => !c.column && c.header !== '').map((c) => c.header);
  return { rows, ignored, documentId };
}
