// The rule set a jury session works under: the shipped rule set of its certification and
// referential version (data/rules), which must say how its juries are composed and run (its
// `jury` section). Read from the data folder each time, as the deliberation preview does.
import { type JuryRule, parseRuleSet, type RuleSet } from '@certeval/core';
import type { Context } from '../platform/context.ts';
import { readDataFiles } from '../platform/dataFiles.ts';
import { AppError } from '../platform/errors.ts';

export type JuryRuleSet = RuleSet & { jury: JuryRule };

export async function juryRuleSetFor(
  ctx: Context,
  certification: string,
  referentialVersion: string,
  path = 'body/certification',
): Promise<JuryRuleSet> {
  for await (const { file, text } of readDataFiles(ctx.config.shippedRulesDir)) {
    const parsed = parseRuleSet(text);
    if (!parsed.ok) throw new Error(`data/rules/${file}: ${JSON.stringify(parsed.problems)}`);
    const ruleSet = parsed.value;
    if (ruleSet.certification !== certification) continue;
    if (ruleSet.referentialVersion !== referentialVersion) continue;
    if (ruleSet.jury) return { ...ruleSet, jury: ruleSet.jury };
  }
  throw new AppError(
    'validation_failed',
    {
      fr: `Aucune règle de jury pour ${certification} version ${referentialVersion}.`,
      en: `No jury rule for ${certification} version ${referentialVersion}.`,
    },
    path,
  );
}
