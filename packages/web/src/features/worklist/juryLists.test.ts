import { describe, expect, it } from 'vitest';
import { deliberationsByState, gridParts } from './juryLists.ts';
import type { ListedDeliberation, MemberGrid } from './sectionsApi.ts';

const session = (date: string) => ({ id: date, date, startTime: '09:00', place: null });
const candidate = { id: 'c', name: 'Lucas Moreau', company: 'Biscuiterie', accessRoute: 'vae' };

const seat = (id: string, status: ListedDeliberation['status'], date: string) =>
  ({
    id,
    session: session(date),
    slotStart: null,
    candidate,
    status,
    started: true,
    president: null,
    graders: 3,
    gridsIn: 0,
    blockers: [],
  }) satisfies ListedDeliberation;

const grid = (seatId: string, status: MemberGrid['status'], date = '2026-12-01') =>
  ({
    seatId,
    session: session(date),
    slotStart: null,
    candidate,
    status,
    evaluationId: null,
    presides: false,
  }) satisfies MemberGrid;

describe('the certifier’s deliberations', () => {
  it('are grouped by state, grading first and signed last, each by session day', () => {
    const groups = deliberationsByState([
      seat('s', 'signed', '2026-01-01'),
      seat('g2', 'grading', '2026-12-02'),
      seat('d', 'decided', '2026-11-01'),
      seat('g1', 'grading', '2026-12-01'),
    ]);
    expect(groups.map((g) => [g.status, g.seats.map((s) => s.id)])).toEqual([
      ['grading', ['g1', 'g2']],
      ['decided', ['d']],
      ['signed', ['s']],
    ]);
  });
});

describe('a jury member’s grids', () => {
  it('put begun and unbegun grids to fill, and show "closed" only when some are', () => {
    const parts = gridParts([
      grid('a', 'in_progress', '2026-12-03'),
      grid('b', 'to_fill', '2026-12-01'),
      grid('c', 'signed'),
    ]);
    expect(parts.map((p) => [p.part, p.grids.map((g) => g.seatId)])).toEqual([
      ['toFill', ['b', 'a']],
      ['filled', []],
      ['signed', ['c']],
    ]);
    expect(gridParts([grid('d', 'closed')]).map((p) => p.part)).toContain('closed');
  });
});
