// The rule set a jury session works under: the shipped rule set of its certification and
// referential version (data/rules) whose `jury` section says how its juries are composed and
// run. A session seats candidates of every route, so it is the training rule set's jury, or
// the only one there is (core's sessionRuleSetFor); each candidate is still decided by the
// rule set of their own route (deliberation/service.ts). Read from the data folder each time,
// as the deliberation preview does.
import { type JuryRule, type RuleSet, sessionRuleSetFor } from '@certeval/core';
import { shippedRuleSets } from '../deliberation/service.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';

export type JuryRuleSet = RuleSet & { jury: JuryRule };

export async function juryRuleSetFor(
  ctx: Context,
  certification: string,
  referentialVersion: string,
  path = 'body/certification',
): Promise<JuryRuleSet> {
  const ruleSets = await shippedRuleSets(ctx);
  const ruleSet = sessionRuleSetFor(ruleSets, certification, referentialVersion);
  if (ruleSet?.jury) return { ...ruleSet, jury: ruleSet.jury };
  throw new AppError(
    'validation_failed',
    {
      fr: `Aucune règle de jury pour ${certification} version ${referentialVersion}.`,
      en: `No jury rule for ${certification} version ${referentialVersion}.`,
    },
    path,
  );
}
