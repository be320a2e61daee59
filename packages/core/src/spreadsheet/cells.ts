// What every CSV and XLSX file the product writes does with a cell: one rule, so that no text
// a person typed (a name, a company, a comment) runs as a formula when the file is opened in a
// spreadsheet (OWASP, "CSV injection"). A spreadsheet reads a cell starting with = + - @ as a
// formula, and some also after a tab or a carriage return; the leading apostrophe makes it
// text in every spreadsheet we know, and it survives a save as CSV. Numbers are not text:
// writers keep them as numbers (a typed cell in XLSX), so a negative number stays a number.

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text as a spreadsheet cell: prefixed with an apostrophe when it would run as a formula. */
export function spreadsheetText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A text as one field of a CSV line (RFC 4180): made safe by spreadsheetText, then quoted
 * by csvQuoted. A number goes to csvQuoted directly, written as the file's language writes it.
 */
export function csvField(text: string, separator: string): string {
  return csvQuoted(spreadsheetText(text), separator);
}

/** In double quotes (with "" for a quote) when it holds the separator, a quote or a line break. */
export function csvQuoted(field: string, separator: string): string {
  return field.includes(separator) || /["\r\n]/.test(field)
    ? `"${field.replace(/"/g, '""')}"`
    : field;
}

/** A CSV file: a byte-order mark (so that accents survive), the lines joined by CRLF. */
export function csvFile(lines: readonly string[]): string {
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
