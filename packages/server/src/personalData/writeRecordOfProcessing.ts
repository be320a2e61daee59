// Rewrites the generated part of docs/PERSONAL-DATA.md from the retention rules, with the
// product's default durations: `npm run docs:personal-data`.
import fs from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../platform/config.ts';
import { withRecordOfProcessing } from './recordOfProcessing.ts';

export const DOCUMENT = path.join(import.meta.dirname, '../../../../docs/PERSONAL-DATA.md');

/** The durations the document states: the defaults of an unconfigured product. */
export function defaultSettings() {
  const config = loadConfig({});
  return {
    noJuryDelayDays: config.retention.noJuryDelayDays,
    sessionDays: config.sessionDays,
    resetHours: config.resetTokenHours,
  };
}

if (process.argv[1] === import.meta.filename) {
  const text = await fs.readFile(DOCUMENT, 'utf8');
  await fs.writeFile(DOCUMENT, withRecordOfProcessing(text, defaultSettings()));
  console.log(`${DOCUMENT} rewritten from the retention rules.`);
}
