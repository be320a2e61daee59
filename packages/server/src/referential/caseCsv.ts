// A CASE spreadsheet as CSV text (OpenSALT's, issue 18 item 7): split into records by the one
// CSV reader, then mapped by core's importCaseCsv. OpenSALT writes commas; a spreadsheet saved
// by a French office suite writes semicolons: the header line says which.
import { importCaseCsv } from '@certeval/core';
import { csvRecords } from '../platform/csv.ts';

function separatorOf(text: string): ',' | ';' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

export function readCaseCsv(text: string, fileName: string) {
  return importCaseCsv([...csvRecords(text, separatorOf(text))], fileName);
}
