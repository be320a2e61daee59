// The convocation letter of a candidate to the jury as plain data: when (day and slot), where
// (place or remote link), how long, how the test runs and what to bring — the certification's
// words from its rule set (`jury.convocation`; CQP AGC: the candidate presents their work
// tools, seed 002) — and the accommodations agreed for a disability (seed 003, référent
// handicap). A candidate on the VAE route is told what the VAE jury does instead (seed 001).
// The server prints it (server/src/jury/paper).
import type { Pathway } from '../candidates/index.ts';
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
  /** The candidate's route to the jury (core's pathwayOf); training when absent. */
  pathway?: Pathway;
  slot: { start: string; end: string };
  issuedOn: string;
  signatory?: { name: string; title?: string };
}

/**
 * How the test runs on the VAE route, whatever the certification's training jury does (seed
 * 001, "Modalités d'évaluation des compétences / accès par la VAE": "un livret descriptif
 * d'activité rempli par le candidat, éventuellement accompagné de documents techniques, et une
 * présentation orale, suivie d'un entretien avec les membres du jury"). The jury has read the
 * booklet in Certeval before the day; the identity document is Certeval's addition, as in the
 * rule sets' lists. Here and not in a rule set: the VAE rule set has no `jury` section, its
 * juries being the training route's (data/rules/cqp-agc-vae.yaml).
 */
export const VAE_CONVOCATION: { programme: LocalText[]; bring: LocalText[] } = {
  programme: [
    {
      fr: 'Présentation orale de votre expérience, sur la base de votre livret descriptif d’activité et des documents techniques qui l’accompagnent',
      en: 'An oral presentation of your experience, based on your descriptive activity booklet and the technical documents attached to it',
    },
    {
      fr: 'Entretien avec les membres du jury, qui ont lu votre livret',
      en: 'An interview with the jury members, who have read your booklet',
    },
  ],
  bring: [{ fr: "Une pièce d'identité", en: 'An identity document' }],
};

/** What the test holds and what to bring: the VAE route's, or the certification's jury's. */
function howItRuns(rule: JuryRule, pathway: Pathway) {
  if (pathway === 'vae') return VAE_CONVOCATION;
  return { programme: rule.convocation?.programme ?? [], bring: rule.convocation?.bring ?? [] };
}

export function convocationOf(rule: JuryRule, input: ConvocationInput): ConvocationLetter {
  const start = minutesOfDay(input.slot.start);
  const end = minutesOfDay(input.slot.end);
  const minutes =
    start !== undefined && end !== undefined && end > start ? end - start : rule.slot.minutes;
  const { accommodations, ...candidate } = input.candidate;
  const { programme, bring } = howItRuns(rule, input.pathway ?? 'training');
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
    programme: [...programme],
    bring: [...bring],
    issuedOn: input.issuedOn,
    ...(input.signatory ? { signatory: input.signatory } : {}),
  };
}
