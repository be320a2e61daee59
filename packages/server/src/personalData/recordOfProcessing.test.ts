// docs/PERSONAL-DATA.md and the retention rules the certifier reads in the product are one text:
// a rule changed, added or removed without `npm run docs:personal-data` fails here.
import fs from 'node:fs';
import { PERSONAL_DATA_KINDS } from '@certeval/core';
import { describe, expect, it } from 'vitest';
import { GENERATED_END, GENERATED_START, withRecordOfProcessing } from './recordOfProcessing.ts';
import { DOCUMENT, defaultSettings } from './writeRecordOfProcessing.ts';

const document = fs.readFileSync(DOCUMENT, 'utf8');
const generated = document.slice(
  document.indexOf(GENERATED_START),
  document.indexOf(GENERATED_END) + GENERATED_END.length,
);

describe('docs/PERSONAL-DATA.md', () => {
  it('says what the retention rules say, with the default durations', () => {
    expect(withRecordOfProcessing(document, defaultSettings())).toBe(document);
  });

  it('has a section for every kind of personal data, saying where it is stored', () => {
    for (const kind of PERSONAL_DATA_KINDS)
      expect(generated, kind).toMatch(new RegExp(`Kind \`${kind}\`, stored in \`[a-z_]+\``));
  });

  it('names the setting of the delay for files that never reached a jury, and its default', () => {
    expect(document).toContain('CERTEVAL_RETENTION_NO_JURY_DAYS');
    expect(generated).toContain(`${defaultSettings().noJuryDelayDays} jours`);
    expect(generated).toContain(`${defaultSettings().noJuryDelayDays} days`);
  });

  it('would show a changed duration as a difference', () => {
    const longer = { ...defaultSettings(), noJuryDelayDays: 1000 };
    expect(withRecordOfProcessing(document, longer)).not.toBe(document);
  });
});
