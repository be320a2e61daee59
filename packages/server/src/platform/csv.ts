// RFC 4180 CSV, as France Compétences writes it and French spreadsheets save it: ";" between
// fields, non-empty fields in double quotes, "" for a quote inside a field, line breaks allowed
// inside quotes.
import type { CsvRowAt } from '@certeval/core/referential/rncp/csvTables';

export interface CsvRecord {
  fields: string[];
  /** 1-based line where the record starts. */
  line: number;
  /** The text ended inside this record's quoted field opened at this line and column. */
  unterminated?: { line: number; column: number };
}

/**
 * Splits CSV text into records; a stray quote inside an unquoted field is kept as text. A
 * quoted field still open at the end (a file cut short) is yielded with `unterminated`.
 */
export function* csvRecords(text: string, separator = ';'): Generator<CsvRecord> {
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let lineStart = 0;
  let opened = { line: 1, column: 1 };
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else {
        if (c === '\n') {
          line++;
          lineStart = i + 1;
        }
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      opened = { line, column: i - lineStart + 1 };
    } else if (c === separator) {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== '') yield { fields, line: start };
      fields = [];
      field = '';
      start = ++line;
      lineStart = i + 1;
    } else field += c;
  }
  fields.push(field);
  const cut = quoted ? { unterminated: opened } : {};
  if (fields.length > 1 || fields[0] !== '' || quoted) yield { fields, line: start, ...cut };
}

/**
 * A file cut short: inside a quoted field (where that field opened), or in the middle of its
 * last row (no final line break, fewer fields than the header).
 */
export class CsvTruncated extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number | undefined,
    readonly reason: 'unterminated_quote' | 'short_last_row',
  ) {
    const where = column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
    super(
      `${where}: ${reason === 'unterminated_quote' ? 'quoted field never closed' : 'last row cut short'}`,
    );
  }
}

function rowOf(header: readonly string[], fields: readonly string[]) {
  const row: Record<string, string> = {};
  header.forEach((column, i) => {
    row[column] = fields[i] ?? '';
  });
  return row;
}

/**
 * Records after the header, as rows keyed by the header's column names. A short row is read
 * with its missing fields empty, unless it is the last and the text does not end with a line
 * break: then the file was cut short (CsvTruncated), as it is inside an unclosed quote.
 */
export function* csvRows(text: string, fileName: string): Generator<CsvRowAt> {
  let header: string[] | undefined;
  const ended = /[\r\n]$/.test(text);
  let pending: CsvRecord | undefined;
  const emit = (record: CsvRecord, header: string[]): CsvRowAt => ({
    row: rowOf(header, record.fields),
    location: { file: fileName, line: record.line },
  });
  for (const record of csvRecords(text)) {
    const { unterminated } = record;
    if (unterminated)
      throw new CsvTruncated(
        fileName,
        unterminated.line,
        unterminated.column,
        'unterminated_quote',
      );
    if (header === undefined) {
      header = record.fields.map((f) => f.trim());
      continue;
    }
    if (pending) yield emit(pending, header);
    pending = record;
  }
  if (pending === undefined || header === undefined) return;
  if (!ended && pending.fields.length < header.length)
    throw new CsvTruncated(fileName, pending.line, undefined, 'short_last_row');
  yield emit(pending, header);
}
