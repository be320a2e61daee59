// The shipped files' discrepancies read in the interface's language (issue 16, item 5): each
// note recorded in English has its French text beside it, in the reader's words.
import { readFileSync } from 'node:fs';
import type { Discrepancy } from '@certeval/core/referential/fileSchema';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readerWordProblems } from '../../i18n/readerWords.ts';
import { discrepancyNote } from './DiscrepancyList.tsx';

const FILES = [
  'data/certifications/cqp-agc.yaml',
  'data/certifications/referentiel-accueil.yaml',
  'data/certifications/titre-relation-client.yaml',
  'data/instruments/cqp-agc-jury-guide.yaml',
];

function discrepancies(file: string): Discrepancy[] {
  const data = parse(readFileSync(file, 'utf8')) as {
    versions?: Array<{ discrepancies: Discrepancy[] }>;
    discrepancies?: Discrepancy[];
  };
  return data.versions?.flatMap((v) => v.discrepancies) ?? data.discrepancies ?? [];
}

describe('the notes of the shipped discrepancies', () => {
  const all = FILES.flatMap(discrepancies);

  it('are many, each in French and English', () => {
    expect(all.length).toBeGreaterThan(80);
    expect(all.filter((d) => !d.noteFr).map((d) => d.note)).toEqual([]);
  });

  it('say in French what the English says, with its codes, in the reader’s words', () => {
    const english = all.map((d) => d.note);
    for (const d of all) {
      const french = discrepancyNote(d, 'fr');
      expect(french).not.toBe(d.note);
      expect(readerWordProblems(french, { lang: 'fr', englishTexts: english }), french).toEqual([]);
      // Every code the English cites (RSF10, S53.1, BLOC1.C1…) is cited in French too.
      for (const code of d.note.match(/\b[A-Z]{1,8}\d[\w.]*\b/g) ?? [])
        expect(french, d.note).toContain(code.replace(/\.$/, ''));
    }
  });

  it('are read in English on English pages, in the reader’s words', () => {
    for (const d of all) {
      const english = discrepancyNote(d, 'en');
      expect(readerWordProblems(english, { lang: 'en' }), english).toEqual([]);
      expect(english.replace(/\W/g, '').length).toBeGreaterThan(
        d.note.replace(/\W/g, '').length * 0.8,
      );
    }
  });
});
