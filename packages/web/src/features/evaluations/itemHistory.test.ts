import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from './evaluationsApi.ts';
import { itemHistory } from './itemHistory.ts';

const entries: HistoryEntry[] = [
  {
    at: '2026-03-02T10:05:00.000Z',
    action: 'evaluation.save',
    actorName: 'Sophie Lemaire',
    data: {
      changes: [
        {
          item: 'M1A1',
          before: { item: 'M1A1', percentage: 30 },
          after: { item: 'M1A1', percentage: 50 },
        },
      ],
    },
  },
  {
    at: '2026-03-02T10:00:00.000Z',
    action: 'evaluation.start',
    actorName: 'Sophie Lemaire',
    data: {},
  },
  {
    at: '2026-03-02T10:01:00.000Z',
    action: 'evaluation.save',
    actorName: 'Sophie Lemaire',
    data: {
      changes: [
        { item: 'M1A1', after: { item: 'M1A1', percentage: 30 } },
        { item: 'M1A2', after: { item: 'M1A2', percentage: 70 } },
      ],
    },
  },
];

describe('one item’s history', () => {
  it('keeps the saves that changed the item, newest first, with before and after', () => {
    expect(itemHistory(entries, 'M1A1')).toEqual([
      {
        at: '2026-03-02T10:05:00.000Z',
        actorName: 'Sophie Lemaire',
        before: { item: 'M1A1', percentage: 30 },
        after: { item: 'M1A1', percentage: 50 },
      },
      {
        at: '2026-03-02T10:01:00.000Z',
        actorName: 'Sophie Lemaire',
        before: undefined,
        after: { item: 'M1A1', percentage: 30 },
      },
    ]);
    expect(itemHistory(entries, 'M1A2')).toHaveLength(1);
    expect(itemHistory(entries, 'M9A9')).toEqual([]);
  });
});
