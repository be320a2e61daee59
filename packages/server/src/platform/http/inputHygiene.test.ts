import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forbiddenTextPath } from './inputHygiene.ts';

describe('forbiddenTextPath', () => {
  it('names the first text holding a NUL or an unpaired surrogate', () => {
    expect(forbiddenTextPath({ name: 'a\u0000b' }, 'body')).toBe('body/name');
    expect(forbiddenTextPath({ c: { names: ['ok', 'x\ud800'] } }, 'body')).toBe('body/c/names/1');
    expect(forbiddenTextPath({ a: '\udc00' }, 'querystring')).toBe('querystring/a');
    expect(forbiddenTextPath('raw\u0000text', 'body')).toBe('body');
    expect(forbiddenTextPath({ 'a/b~': ['\u0000'] }, 'body')).toBe('body/a~1b~0/0');
    expect(forbiddenTextPath({ list: [{ 'bad\u0000key': 1 }] }, 'body')).toBe('body/list/0');
    expect(forbiddenTextPath({ first: '\u0000', second: '\u0000' }, 'body')).toBe('body/first');
  });

  it('accepts every well-formed text, emoji and accents included, and bytes', () => {
    expect(forbiddenTextPath({ name: 'Inès 🎓 Ünal', n: 3, ok: true, none: null }, 'body')).toBe(
      undefined,
    );
    expect(forbiddenTextPath(Buffer.from([0, 0xd8, 0]), 'body')).toBe(undefined);
    expect(forbiddenTextPath(undefined, 'body')).toBe(undefined);
    fc.assert(
      fc.property(fc.json(), (json) => {
        const value = JSON.parse(json);
        // fast-check's JSON texts are well formed; a NUL makes the one it is put in refused.
        const refused = JSON.stringify(value).includes('\\u0000');
        expect(forbiddenTextPath(value, 'body') !== undefined).toBe(refused);
      }),
    );
  });

  it('walks a deeply nested body without overflowing', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(forbiddenTextPath(deep, 'body')).toMatch(/^body(\/0){100000}$/);
  });
});
