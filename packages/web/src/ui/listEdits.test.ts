import { describe, expect, it } from 'vitest';
import { moved, removeAt, replaceAt } from './listEdits.ts';

describe('list edits by position', () => {
  it('swaps neighbours and leaves the list as is at either end', () => {
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], -1, 1)).toEqual(['a', 'b', 'c']);
  });

  it('replaces or removes the entry at an index, and nothing else', () => {
    const list = ['a', 'b', 'c'];
    expect(replaceAt(list, 1, 'x')).toEqual(['a', 'x', 'c']);
    expect(removeAt(list, 0)).toEqual(['b', 'c']);
    expect(removeAt(list, 5)).toEqual(['a', 'b', 'c']);
    expect(list).toEqual(['a', 'b', 'c']);
  });
});
