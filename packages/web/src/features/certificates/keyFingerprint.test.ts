import { describe, expect, it } from 'vitest';
import { readerWordProblems } from '../../i18n/readerWords.ts';
import { keyFingerprint } from './keyFingerprint.ts';

const KEY = 'z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';
const OTHER = 'z6MkpTHR8VNsBxYAAWHut2Geadd9jSwuBV8xRoAnwWsdvktH';

describe('the short form of a signing key', () => {
  it('shows the last eight characters in two groups, which differ from key to key', () => {
    expect(keyFingerprint(KEY)).toBe('EGta · 2doK');
    expect(keyFingerprint(OTHER)).toBe('wWsd · vktH');
  });

  it('is a word a reader may read, where the key and its address are not', () => {
    expect(readerWordProblems(`Empreinte ${keyFingerprint(KEY)}`, { lang: 'fr' })).toEqual([]);
    expect(readerWordProblems(KEY, { lang: 'fr' }).map((p) => p.rule)).toEqual(['key_url']);
    const address = `https://certeval.example/api/public/issuers/0b9c2f3e-8a1d-4c55-9f6e-2d7a1b3c4e5f#${KEY}`;
    expect(readerWordProblems(address, { lang: 'en' }).map((p) => p.rule)).toEqual(['key_url']);
  });
});
