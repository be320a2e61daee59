import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { fr } from './fr.ts';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a dictionary as `dotted.key` → text. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [p, v] of leaves(value, path)) found.set(p, v);
  }
  return found;
}

describe('dictionaries', () => {
  const french = leaves(fr);
  const english = leaves(en);

  it('gives French and English the same keys', () => {
    expect([...english.keys()].sort()).toEqual([...french.keys()].sort());
  });

  it('leaves no text empty in either language', () => {
    const empty = [...french, ...english].filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it('keeps the same interpolation placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/{{\s*\w+\s*}}/g) ?? []).sort();
    for (const [key, text] of french) {
      expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });
});
