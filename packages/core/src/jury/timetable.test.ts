// The timetable of a session: 45-minute slots (seed 002) around the breaks, and overlaps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cqpJuryRule } from './juryTestData.testing.ts';
import {
  buildTimetable,
  minutesOfDay,
  type ScheduledSlot,
  slotOverlaps,
  type TimetableSlot,
} from './timetable.ts';

const slotMinutes = cqpJuryRule().slot.minutes;
const six = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'];
const slotsOf = (result: ReturnType<typeof buildTimetable>): TimetableSlot[] => {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
};

describe('building the day', () => {
  it('places 45-minute slots from 09:00 and resumes after lunch', () => {
    const slots = slotsOf(
      buildTimetable({
        start: '09:00',
        slotMinutes,
        candidates: six,
        breaks: [{ start: '12:00', end: '13:30' }],
      }),
    );
    expect(slots.map((s) => `${s.candidateId} ${s.start}-${s.end}`)).toEqual([
      'c1 09:00-09:45',
      'c2 09:45-10:30',
      'c3 10:30-11:15',
      'c4 11:15-12:00',
      'c5 13:30-14:15',
      'c6 14:15-15:00',
    ]);
  });

  it('leaves a gap between slots and jumps a break that a slot would cross', () => {
    const slots = slotsOf(
      buildTimetable({
        start: '09:00',
        slotMinutes,
        gapMinutes: 15,
        candidates: ['c1', 'c2', 'c3'],
        breaks: [{ start: '10:30', end: '10:45' }],
      }),
    );
    expect(slots.map((s) => s.start)).toEqual(['09:00', '10:45', '11:45']);
  });

  it('says which times are invalid, which breaks are wrong, which candidates come twice', () => {
    const result = buildTimetable({
      start: '9h',
      slotMinutes,
      candidates: ['c1', 'c1'],
      breaks: [
        { start: '12:00', end: '11:00' },
        { start: '10:00', end: '11:00' },
        { start: '10:30', end: '11:30' },
        { start: '25:00', end: '26:00' },
      ],
    });
    expect(
      result.ok ? [] : result.problems.map((p) => [p.code, p.at.path ?? p.at.candidate]),
    ).toEqual([
      ['invalid_time', '$.start'],
      ['invalid_break', '$.breaks[0]'],
      ['invalid_time', '$.breaks[3].start'],
      ['invalid_time', '$.breaks[3].end'],
      ['overlapping_breaks', '$.breaks'],
      ['duplicate_candidate', 'c1'],
    ]);
  });

  it('refuses a slot or a gap that is not a whole, positive number of minutes', () => {
    const result = buildTimetable({
      start: '09:00',
      slotMinutes: 0,
      gapMinutes: -5,
      candidates: six,
    });
    expect(result.ok ? [] : result.problems.map((p) => p.at.path)).toEqual([
      '$.slotMinutes',
      '$.gapMinutes',
    ]);
  });

  it('refuses a day that does not hold every candidate', () => {
    const result = buildTimetable({ start: '16:00', endBy: '18:00', slotMinutes, candidates: six });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]?.message.fr).toBe('4 candidat(s) sans créneau avant 18:00');
  });

  it('never overlaps two slots or a slot and a break, and keeps every candidate once, in order', () => {
    const breakArb = fc
      .tuple(fc.integer({ min: 8 * 60, max: 17 * 60 }), fc.integer({ min: 5, max: 90 }))
      .map(([s, len]) => ({ s, e: s + len }));
    fc.assert(
      fc.property(
        fc.integer({ min: 7 * 60, max: 10 * 60 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 10 }),
        fc.array(breakArb, { maxLength: 3 }),
        (start, gap, count, raw) => {
          // Disjoint breaks: each kept one starts after the last kept one ends.
          const breaks: typeof raw = [];
          for (const b of raw.toSorted((a, b) => a.s - b.s))
            if (b.s >= (breaks.at(-1)?.e ?? 0)) breaks.push(b);
          const hhmm = (m: number) =>
            `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
          const candidates = Array.from({ length: count }, (_, k) => `c${k}`);
          const result = buildTimetable({
            start: hhmm(start),
            slotMinutes,
            gapMinutes: gap,
            candidates,
            breaks: breaks.map((b) => ({ start: hhmm(b.s), end: hhmm(b.e) })),
          });
          const slots = slotsOf(result);
          expect(slots.map((s) => s.candidateId)).toEqual(candidates);
          const spans = slots.map((s) => [minutesOfDay(s.start) ?? -1, minutesOfDay(s.end) ?? -1]);
          spans.forEach(([s = 0, e = 0], k) => {
            expect(e - s).toBe(slotMinutes);
            expect(s).toBeGreaterThanOrEqual(start);
            const next = spans[k + 1];
            if (next) expect(next[0]).toBeGreaterThanOrEqual(e + gap);
            for (const b of breaks) expect(s >= b.e || e <= b.s).toBe(true);
          });
        },
      ),
    );
  });
});

describe('overlaps of slots placed by hand', () => {
  const slot = (over: Partial<ScheduledSlot>): ScheduledSlot => ({
    sessionId: 's1',
    date: '2026-03-12',
    start: '09:00',
    end: '09:45',
    candidateId: 'c1',
    memberIds: ['p-dubreuil', 'p-lemoine', 'p-ferrand'],
    ...over,
  });

  it('sees nothing wrong in back-to-back slots or the same hour on another day', () => {
    expect(
      slotOverlaps([
        slot({}),
        slot({ start: '09:45', end: '10:30', candidateId: 'c2' }),
        slot({ date: '2026-03-13', candidateId: 'c3' }),
      ]),
    ).toEqual([]);
  });

  it('flags one jury, one candidate or one member in two places at once', () => {
    const problems = slotOverlaps([
      slot({}),
      slot({ start: '09:30', end: '10:15', candidateId: 'c2' }),
      slot({ sessionId: 's2', start: '09:15', end: '10:00', memberIds: ['p-lemoine', 'p-roux'] }),
    ]);
    expect(problems.map((p) => [p.code, p.at.slot, p.at.member ?? p.at.candidate])).toEqual([
      ['slot_overlap_session', 1, undefined],
      ['slot_overlap_candidate', 2, 'c1'],
      ['slot_overlap_member', 2, 'p-lemoine'],
      ['slot_overlap_member', 2, 'p-lemoine'],
    ]);
    expect(problems[0]?.message.fr).toBe(
      'créneaux 1 et 2 du même jury en même temps (2026-03-12 09:00-09:45 / 09:30-10:15)',
    );
  });

  it('refuses a slot that ends before it starts', () => {
    expect(slotOverlaps([slot({ start: '10:00', end: '09:00' })]).map((p) => p.code)).toEqual([
      'invalid_time',
    ]);
  });
});
