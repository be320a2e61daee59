// The next step of a candidate's pathway, as their home tells it (issue 16, item 2), with its
// date where it has one: a questionnaire to take, the VAE booklet to write, the positioning
// with their tutor, the final evaluations, the jury's interview, the decision. The pathway is
// seed 000's, slide 3 (positioning, training, evaluations by trainer, tutor and a professional,
// final jury); the VAE route seed 001's ("un livret descriptif d'activité … et un entretien").
import { type CandidateState, pathwayOf } from '../candidates/fileStates.ts';

export interface OpenQuestionnaire {
  evaluationId: string;
  title: string;
  /** The day it was given, YYYY-MM-DD. */
  date: string;
  status: 'assigned' | 'in_progress';
  dueAt: string | null;
}

export interface PathwayFacts {
  status: CandidateState;
  accessRoute: string;
  /** Questionnaires given to take online and not finished yet. */
  questionnaires: readonly OpenQuestionnaire[];
  /** The VAE booklet's state, null when not started. */
  vaeBooklet: 'draft' | 'submitted' | null;
  /** The roles whose final evaluation is submitted. */
  finalsFrom: readonly string[];
  /** The jury session the candidate is placed in and not decided yet. */
  jury: { date: string; startTime: string | null; place: string | null } | null;
}

export type NextStep =
  | {
      type: 'take_questionnaire';
      evaluationId: string;
      title: string;
      date: string;
      started: boolean;
      dueAt: string | null;
    }
  | { type: 'write_vae_booklet'; started: boolean }
  | { type: 'positioning' }
  | { type: 'training' }
  | { type: 'final_evaluations'; missing: Array<'tutor' | 'trainer'> }
  | { type: 'jury'; date: string; startTime: string | null; place: string | null }
  | { type: 'await_jury' }
  | { type: 'decided' }
  | { type: 'withdrawn' };

/** The one next step: what the candidate must do first, else what they wait for. */
export function nextStep(facts: PathwayFacts): NextStep {
  if (facts.status === 'withdrawn') return { type: 'withdrawn' };
  if (facts.status === 'decided') return { type: 'decided' };
  const [started] = facts.questionnaires.filter((q) => q.status === 'in_progress');
  const [oldest] = [...facts.questionnaires].sort((a, b) => a.date.localeCompare(b.date));
  const open = started ?? oldest;
  if (open)
    return {
      type: 'take_questionnaire',
      evaluationId: open.evaluationId,
      title: open.title,
      date: open.date,
      started: open.status === 'in_progress',
      dueAt: open.dueAt,
    };
  if (facts.jury) return { type: 'jury', ...facts.jury };
  const vae = pathwayOf(facts.accessRoute) === 'vae';
  switch (facts.status) {
    case 'enrolled':
      return vae && facts.vaeBooklet !== 'submitted'
        ? { type: 'write_vae_booklet', started: facts.vaeBooklet === 'draft' }
        : vae
          ? { type: 'await_jury' }
          : { type: 'positioning' };
    case 'positioned':
      return { type: 'training' };
    case 'in_training': {
      const missing = (['tutor', 'trainer'] as const).filter((r) => !facts.finalsFrom.includes(r));
      return missing.length > 0 ? { type: 'final_evaluations', missing } : { type: 'await_jury' };
    }
    case 'ready_for_jury':
      return { type: 'await_jury' };
  }
}
