// The rule sets the product ships (data/rules), read by the deliberation, the jury, the
// certificates and the coverage view alike. Imports nothing of another capability, so that any
// may read them.
import { parseRuleSet, type RuleSet, ruleSetFor } from '@certeval/core';
import type { Context } from '../platform/context.ts';
import { readDataFiles } from '../platform/dataFiles.ts';

/** Every rule set the product ships (data/rules), read afresh each time, in file-name order. */
export async function shippedRuleSets(ctx: Context): Promise<RuleSet[]> {
  const ruleSets: RuleSet[] = [];
  for await (const { file, text } of readDataFiles(ctx.config.shippedRulesDir)) {
    const parsed = parseRuleSet(text);
    // A shipped file that does not load is a bug of the product, not of the record.
    if (!parsed.ok) throw new Error(`data/rules/${file}: ${JSON.stringify(parsed.problems)}`);
    ruleSets.push(parsed.value);
  }
  return ruleSets;
}

/** The shipped rule set of a version's training route (any route but the VAE), if any. */
export async function trainingRuleSet(
  ctx: Context,
  certification: string,
  referentialVersion: string,
): Promise<RuleSet | undefined> {
  return ruleSetFor(await shippedRuleSets(ctx), {
    certification,
    referentialVersion,
    accessRoute: 'continuing_education',
  });
}
