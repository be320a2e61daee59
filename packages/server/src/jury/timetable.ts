// The timetable of a session (issue 6, item 3): one slot of the rule's length per candidate
// in their order from the session's start (core: buildTimetable; seed 002: 45 minutes), stored
// as each candidate's slot start; the end is the start plus the rule's slot.
import { buildTimetable, minutesOfDay, timeOfDay } from '@certeval/core';
import type { Db } from '../platform/db/open.ts';
import { AppError } from '../platform/errors.ts';
import { problemDetails } from './juryMembers.ts';
import type { JuryRuleSet } from './juryRuleSet.ts';
import * as store from './store.ts';

/** One slot per candidate in their order, from the session's start, of the rule's length. */
export async function placeSlots(
  db: Db,
  session: { startTime: string },
  rule: JuryRuleSet,
  seatIds: readonly string[],
) {
  const timetable = buildTimetable({
    start: session.startTime,
    slotMinutes: rule.jury.slot.minutes,
    candidates: seatIds,
  });
  if (!timetable.ok)
    throw new AppError(
      'validation_failed',
      {
        fr: 'Le planning du jury ne tient pas dans la journée.',
        en: 'The jury timetable does not fit in the day.',
      },
      undefined,
      problemDetails(timetable.problems, 'body'),
    );
  for (const slot of timetable.value) await store.setSlot(db, slot.candidateId, slot.start);
}

/** The end of a slot that starts at `start` and lasts the rule's slot. */
export function slotOf(start: string | null, minutes: number) {
  const from = start ? minutesOfDay(start) : undefined;
  return start && from !== undefined ? { start, end: timeOfDay(from + minutes) } : null;
}
