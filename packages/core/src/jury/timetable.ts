// The timetable of a jury session (issue 6, item 3): slots of the rule's length (45 minutes,
// seed 002: "Le professionnel ou jury dispose de 45 mn"), one candidate each, from a start
// time, jumping over the breaks; and the overlaps of slots placed by hand — one jury, one
// candidate or one member in two places at once. Times are "HH:MM" on the session's day.
import { type JuryProblem, type JuryResult, juryProblem } from './problems.ts';

export interface TimetableBreak {
  start: string;
  end: string;
}

export interface TimetableInput {
  /** "09:00" */
  start: string;
  /** The rule's slot length (rule set `jury.slot.minutes`). */
  slotMinutes: number;
  /** Candidate ids, in the order they pass. */
  candidates: readonly string[];
  breaks?: readonly TimetableBreak[];
  /** Minutes between two slots, for the jury to write its notes. */
  gapMinutes?: number;
  /** The last slot must end by then; midnight by default. */
  endBy?: string;
}

export interface TimetableSlot {
  candidateId: string;
  start: string;
  end: string;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY = 24 * 60;

/** "09:45" → 585; undefined for anything else. */
export function minutesOfDay(time: string): number | undefined {
  const match = TIME.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** 585 → "09:45"; 1440 → "24:00". */
export function timeOfDay(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

const badTime = (path: string, value: string) =>
  juryProblem(
    'invalid_time',
    { path },
    { fr: `heure invalide : « ${value} » (HH:MM)`, en: `invalid time: "${value}" (HH:MM)` },
  );

const badLength = (path: string, value: number) =>
  juryProblem(
    'invalid_length',
    { path },
    {
      fr: `durée invalide : ${String(value)} (minutes, nombre entier)`,
      en: `invalid length: ${String(value)} (whole minutes)`,
    },
  );

interface Span {
  start: number;
  end: number;
}

function readBreaks(breaks: readonly TimetableBreak[]): JuryResult<Span[]> {
  const problems: JuryProblem[] = [];
  const spans: Span[] = [];
  breaks.forEach((b, k) => {
    const start = minutesOfDay(b.start);
    const end = minutesOfDay(b.end);
    if (start === undefined) problems.push(badTime(`$.breaks[${k}].start`, b.start));
    if (end === undefined) problems.push(badTime(`$.breaks[${k}].end`, b.end));
    if (start === undefined || end === undefined) return;
    if (end <= start)
      problems.push(
        juryProblem(
          'invalid_break',
          { slot: k, path: `$.breaks[${k}]` },
          {
            fr: `la pause ${b.start}-${b.end} finit avant de commencer`,
            en: `the break ${b.start}-${b.end} ends before it starts`,
          },
        ),
      );
    else spans.push({ start, end });
  });
  const sorted = spans.toSorted((a, b) => a.start - b.start);
  sorted.forEach((span, k) => {
    const next = sorted[k + 1];
    if (next && next.start < span.end)
      problems.push(
        juryProblem(
          'overlapping_breaks',
          { path: '$.breaks' },
          {
            fr: `les pauses ${timeOfDay(span.start)} et ${timeOfDay(next.start)} se chevauchent`,
            en: `the breaks at ${timeOfDay(span.start)} and ${timeOfDay(next.start)} overlap`,
          },
        ),
      );
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: sorted };
}

/** The first start at or after `from` where a slot of `length` crosses no break. */
function nextFreeStart(from: number, length: number, breaks: readonly Span[]): number {
  let start = from;
  for (const b of breaks) if (start < b.end && b.start < start + length) start = b.end;
  return start;
}

function duplicates(candidates: readonly string[]): JuryProblem[] {
  return candidates.flatMap((id, k) =>
    candidates.indexOf(id) === k
      ? []
      : [
          juryProblem(
            'duplicate_candidate',
            { candidate: id, slot: k },
            { fr: `${id} a déjà un créneau`, en: `${id} already has a slot` },
          ),
        ],
  );
}

/** One slot per candidate, in order, each `slotMinutes` long, none crossing a break. */
export function buildTimetable(input: TimetableInput): JuryResult<TimetableSlot[]> {
  const start = minutesOfDay(input.start);
  const endBy = input.endBy === undefined ? DAY : minutesOfDay(input.endBy);
  const breaks = readBreaks(input.breaks ?? []);
  const lengths = [
    ['slotMinutes', input.slotMinutes, 1],
    ['gapMinutes', input.gapMinutes ?? 0, 0],
  ] as const;
  const problems = [
    ...lengths.flatMap(([key, value, min]) =>
      Number.isInteger(value) && value >= min ? [] : [badLength(`$.${key}`, value)],
    ),
    ...(start === undefined ? [badTime('$.start', input.start)] : []),
    ...(endBy === undefined ? [badTime('$.endBy', input.endBy ?? '')] : []),
    ...(breaks.ok ? [] : breaks.problems),
    ...duplicates(input.candidates),
  ];
  if (start === undefined || endBy === undefined || !breaks.ok || problems.length > 0)
    return { ok: false, problems };
  const slots: TimetableSlot[] = [];
  let t = start;
  for (const candidateId of input.candidates) {
    const s = nextFreeStart(t, input.slotMinutes, breaks.value);
    const e = s + input.slotMinutes;
    if (e > endBy) {
      const last = timeOfDay(endBy);
      const left = input.candidates.length - slots.length;
      return {
        ok: false,
        problems: [
          juryProblem(
            'past_end_of_day',
            { candidate: candidateId, slot: slots.length },
            {
              fr: `${left} candidat(s) sans créneau avant ${last}`,
              en: `${left} candidate(s) without a slot before ${last}`,
            },
          ),
        ],
      };
    }
    slots.push({ candidateId, start: timeOfDay(s), end: timeOfDay(e) });
    t = e + (input.gapMinutes ?? 0);
  }
  return { ok: true, value: slots };
}

/** A slot placed in a calendar: its day, its jury session and the people it holds. */
export interface ScheduledSlot {
  sessionId: string;
  /** YYYY-MM-DD */
  date: string;
  start: string;
  end: string;
  candidateId: string;
  /** The members sitting in this slot. */
  memberIds: readonly string[];
}

function spanOf(slot: ScheduledSlot): Span | undefined {
  const start = minutesOfDay(slot.start);
  const end = slot.end === '24:00' ? DAY : minutesOfDay(slot.end);
  return start === undefined || end === undefined || end <= start ? undefined : { start, end };
}

function overlapProblems(a: ScheduledSlot, i: number, b: ScheduledSlot, j: number): JuryProblem[] {
  const when = `${a.date} ${a.start}-${a.end} / ${b.start}-${b.end}`;
  const problems: JuryProblem[] = [];
  if (a.sessionId === b.sessionId)
    problems.push(
      juryProblem(
        'slot_overlap_session',
        { slot: j },
        {
          fr: `créneaux ${i + 1} et ${j + 1} du même jury en même temps (${when})`,
          en: `slots ${i + 1} and ${j + 1} of the same jury at the same time (${when})`,
        },
      ),
    );
  if (a.candidateId === b.candidateId)
    problems.push(
      juryProblem(
        'slot_overlap_candidate',
        { slot: j, candidate: b.candidateId },
        {
          fr: `${b.candidateId} a deux créneaux en même temps (${when})`,
          en: `${b.candidateId} has two slots at the same time (${when})`,
        },
      ),
    );
  // Within one session the members are the jury's: the session's overlap says it all.
  const shared =
    a.sessionId === b.sessionId ? [] : b.memberIds.filter((m) => a.memberIds.includes(m));
  for (const member of shared)
    problems.push(
      juryProblem(
        'slot_overlap_member',
        { slot: j, member },
        {
          fr: `${member} siège dans deux créneaux en même temps (${when})`,
          en: `${member} sits in two slots at the same time (${when})`,
        },
      ),
    );
  return problems;
}

/** Every pair of slots on the same day that overlap and share a jury, candidate or member. */
export function slotOverlaps(slots: readonly ScheduledSlot[]): JuryProblem[] {
  const spans = slots.map(spanOf);
  const problems: JuryProblem[] = spans.flatMap((span, k) => {
    const slot = slots[k];
    return span || !slot ? [] : [badTime(`$[${k}]`, `${slot.start}-${slot.end}`)];
  });
  slots.forEach((a, i) => {
    const sa = spans[i];
    for (let j = i + 1; j < slots.length; j++) {
      const b = slots[j];
      const sb = spans[j];
      if (!sa || !sb || !b || a.date !== b.date) continue;
      if (sa.start < sb.end && sb.start < sa.end) problems.push(...overlapProblems(a, i, b, j));
    }
  });
  return problems;
}
