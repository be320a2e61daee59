// Worker task (platform/workers/pool.ts): a CASE package (JSON) or a CASE spreadsheet (CSV)
// mapped to a referential file by core, off the event loop (packages of several megabytes take
// a while to check and map).
import { importCase } from '@certeval/core';
import { readCaseCsv } from './caseCsv.ts';

export type CaseInput = { json: unknown } | { csv: string; fileName: string };

export default function caseImportTask(input: CaseInput) {
  return 'csv' in input ? readCaseCsv(input.csv, input.fileName) : importCase(input.json);
}
