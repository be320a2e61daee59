// Worker task (platform/workers/pool.ts): a CASE package mapped to a referential file by core,
// off the event loop (packages of several megabytes take a while to check and map).
import { importCase } from '@certeval/core';

export default function caseImportTask(input: { json: unknown }) {
  return importCase(input.json);
}
