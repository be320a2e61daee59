// The convocation letter of a candidate to the jury as plain data: when (day and slot), where
// (place or remote link), how long, how the test runs and what to bring — the certification's
// words from its rule set (`jury.convocation`; CQP AGC: the candidate presents their work
// tools, seed 002) — and the accommodations agreed for a disability (seed 003, référent
// handicap). The server prints it (server/src/jury/paper).
import type { LocalText } from '../deliberation/index.ts';
import type { JuryRule } from './juryRuleSchema.ts';
import type { JurySession, JuryVenue } from './minutes.ts';
import { minutesOfDay } from './timetable.ts';

export interface ConvocationLetter {
  certification: { id: string; title: string };
  certifier: { name: string; address?: string[]; contact?: string };
  candidate: { name: string; address?: string[]; accommodations?: string[] };
  /** YYYY-MM-DD */
  date: string;
  slot: { start: string; end: string };
  /** The slot's length. */
  minutes: number;
  venue: JuryVenue;
  programme: LocalText[];
  bring: LocalText[];
  /** YYYY-MM-DD, the day the letter is sent. */
  issuedOn: string;
  signatory?: { name: string; title?: string };
}

export interface ConvocationInput {
  session: Pick<JurySession, 'certification' | 'date' | 'venue'> & {
    certifier: { name: string; address?: string[]; contact?: string };
  };
  candidate: { name: string; address?: string[]; accommodations?: string[] };
  slot: { start: string; end: string };
  issuedOn: string;
  signatory?: { name: string; title?: string };
}

export function convocationOf(rule: JuryRule, input: ConvocationInput): ConvocationLetter {
  const start = minutesOfDay(input.slot.start);
  const end = minutesOfDay(input.slot.end);
  const minutes =
    start !== undefined && end !== undefined && end > start ? end - start : rule.slot.minutes;
  const { accommodations, ...candidate } = input.candidate;
  return {
    certification: { ...input.session.certification },
    certifier: { ...input.session.certifier },
    candidate: {
      ...candidate,
      ...(accommodations && accommodations.length > 0 ? { accommodations } : {}),
    },
    date: input.session.date,
    slot: { ...input.slot },
    minutes,
    venue: input.session.venue,
    programme: rule.convocation?.programme ?? [],
    bring: rule.convocation?.bring ?? [],
    issuedOn: input.issuedOn,
    ...(input.signatory ? { signatory: input.signatory } : {}),
  };
}
