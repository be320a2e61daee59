// Which rule set decides a candidate: the one of their certification, written for their
// referential version, on their evaluation route. Seed 001 gives the CQP AGC's two routes
// different components ("accès par la formation": trainer, tutor, jury; "accès par la VAE":
// the activity booklet and the interview with the jury), so each route has its own rule set.
// The one choice made by the preview, the jury's decision and `certeval deliberate` alike.
// A candidate's route is their file's pathway (candidates/fileStates.ts: pathwayOf), the one
// mapping of an access route to training or VAE.
import { pathwayOf } from '../candidates/fileStates.ts';
import type { EvaluationRoute, RuleSet } from './ruleSetSchema.ts';

/** The route a rule set decides: training unless it says otherwise. */
export function routeOf(ruleSet: Pick<RuleSet, 'route'>): EvaluationRoute {
  return ruleSet.route ?? 'training';
}

export interface RuleSetWanted {
  certification: string;
  referentialVersion: string;
  /** The candidate's access route (voie d'accès), e.g. 'vae' or 'apprenticeship'. */
  accessRoute: string;
}

/** The first rule set, in the order given, that decides this candidate; none when none does. */
export function ruleSetFor(
  ruleSets: readonly RuleSet[],
  wanted: RuleSetWanted,
): RuleSet | undefined {
  const route = pathwayOf(wanted.accessRoute);
  return ruleSets.find(
    (ruleSet) =>
      ruleSet.certification === wanted.certification &&
      ruleSet.referentialVersion === wanted.referentialVersion &&
      routeOf(ruleSet) === route,
  );
}

/**
 * The rule set whose `jury` section runs a certification's jury sessions. A session seats
 * candidates of every route, so it is the training rule set's jury, or else the first rule set
 * that has one (a certification decided on the VAE route only).
 */
export function sessionRuleSetFor(
  ruleSets: readonly RuleSet[],
  certification: string,
  referentialVersion: string,
): RuleSet | undefined {
  const withJury = ruleSets.filter(
    (ruleSet) =>
      ruleSet.certification === certification &&
      ruleSet.referentialVersion === referentialVersion &&
      ruleSet.jury !== undefined,
  );
  return withJury.find((ruleSet) => routeOf(ruleSet) === 'training') ?? withJury[0];
}
