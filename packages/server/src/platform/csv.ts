// RFC 4180 CSV, as France Compétences writes it and French spreadsheets save it: ";" between
// fields, non-empty fields in double quotes, "" for a quote inside a field, line breaks allowed
// inside quotes.
import type { CsvRowAt } from '@certeval/core/referential/rncp/csvTables';

export interface CsvRecord {
  fields: string[];
  /** 1-based line where the record starts. */
  line: number;
}

/** Splits CSV text into records; a stray quote inside an unquoted field is kept as text. */
export function* csvRecords(text: string, separator = ';'): Generator<CsvRecord> {
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== '') yield { fields, line: start };
      fields = [];
      field = '';
      start = ++line;
    } else field += c;
  }
  fields.push(field);
  if (fields.length > 1 || fields[0] !== '') yield { fields, line: start };
}

/** Records after the header, as rows keyed by the header's column names. */
export function* csvRows(text: string, fileName: string): Generator<CsvRowAt> {
  let header: string[] | undefined;
  for (const { fields, line } of csvRecords(text)) {
    if (header === undefined) {
      header = fields.map((f) => f.trim());
      continue;
    }
    const row: Record<string, string> = {};
    header.forEach((column, i) => {
      row[column] = fields[i] ?? '';
    });
    yield { row, location: `${fileName}, line ${line}` };
  }
}
