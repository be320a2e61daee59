import { describe, expect, it } from 'vitest';
import { readerWordProblems } from './readerWords.ts';

const fr = (text: string, englishTexts?: string[]) =>
  readerWordProblems(text, { lang: 'fr', ...(englishTexts ? { englishTexts } : {}) });
const en = (text: string) => readerWordProblems(text, { lang: 'en' });
const rules = (problems: ReturnType<typeof fr>) => problems.map((p) => `${p.rule}:${p.found}`);

describe('readerWordProblems', () => {
  it('finds the workshop’s words in either language, whatever their case', () => {
    expect(rules(fr('Les seeds 001 et 002 décrivent la grille.'))).toEqual(['internal_word:seeds']);
    expect(rules(en('Seed 002 prints no code; its slug is short.'))).toEqual([
      'internal_word:Seed',
      'internal_word:slug',
    ]);
    expect(rules(fr('Les semences du projet'))).toEqual(['internal_word:semences']);
  });

  it('leaves alone words that only contain them', () => {
    expect(fr('Seedorf, ensemencer, Slughorn')).toEqual([]);
  });

  it('finds certification and instrument keys, not certificate numbers in capitals', () => {
    expect(rules(fr('Grille cqp-agc-tutor-grid (version 1) du cqp-agc'))).toEqual([
      'key:cqp-agc-tutor-grid',
      'key:cqp-agc',
    ]);
    expect(fr('Certificat n° CQP-AGC-2026-000001')).toEqual([]);
  });

  it('finds ISO dates and instants, not the numbers of a certificate', () => {
    expect(rules(en('Valid until 2026-12-07T00:00:00Z.'))).toEqual([
      'iso_date:2026-12-07T00:00:00Z',
    ]);
    expect(rules(fr('Décision du 2026-12-07'))).toEqual(['iso_date:2026-12-07']);
    expect(fr('CQP-AGC-2026-000001 du 7 décembre 2026')).toEqual([]);
  });

  it('finds the addresses of signing keys', () => {
    expect(
      rules(en('Valid signature (key https://certeval.example/api/certificates/keys/ab12#key-1).')),
    ).toEqual(['key_url:https://certeval.example/api/certificates/keys/ab12#key-1).']);
    expect(rules(en('signed by did:key:z6MkhaXgBZD'))).toEqual(['key_url:did:key:z6MkhaXgBZD']);
  });

  it('finds a decimal point in a French number, not in codes or on English pages', () => {
    expect(rules(fr('Moyenne 66.67 % sur le domaine'))).toEqual(['decimal_point:66.67']);
    expect(fr('Moyenne 66,67 % ; codes T11.1, A1.1, R.1, BLOC1.C1 ; version 1.2.3')).toEqual([]);
    expect(en('Mean 66.67 %')).toEqual([]);
    expect(fr('Codes imprimés « CP 421.1 » ; credential Open Badges 3.0 ; QTI 2.1')).toEqual([]);
  });

  it('finds an English text on a French page only', () => {
    const note = 'Kept 45 minutes, the jury guide’s own figure.';
    expect(
      rules(fr(`Écart : Kept 45   minutes, the jury guide’s own figure. Fin`, [note])),
    ).toEqual([`english_text:${note}`]);
    expect(fr('Conservé : 45 minutes.', [note])).toEqual([]);
    expect(readerWordProblems(note, { lang: 'en', englishTexts: [note] })).toEqual([]);
  });
});
