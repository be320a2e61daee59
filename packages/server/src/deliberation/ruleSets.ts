// The rule sets the product ships (data/rules), read by the deliberation, the jury, the
// certificates and the coverage view alike. Imports nothing of another capability, so that any
// may read them.
import { parseRuleSet, type RuleSet, ruleSetFor } from '@certeval/core';
import type { Context } from '../platform/context.ts';
import { readDataFiles } from '../platform/dataFiles.ts';

// The rule sets read, by their exact text: the jury pages ask for them on every request, and
// parsing and checking the YAML cost milliseconds each time (issue 19). A file changed is
// another text, parsed afresh; the values are frozen, shared by every reader.
const parsedTexts = new Map<string, RuleSet>();

function parsedRuleSet(file: string, text: string): RuleSet {
  const known = parsedTexts.get(text);
  if (known) return known;
  const parsed = parseRuleSet(text);
  // A shipped file that does not load is a bug of the product, not of the record.
  if (!parsed.ok) throw new Error(`data/rules/${file}: ${JSON.stringify(parsed.problems)}`);
  if (parsedTexts.size >= 200) parsedTexts.clear();
  parsedTexts.set(text, deepFreeze(parsed.value));
  return parsed.value;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Every rule set the product ships (data/rules), read afresh each time, in file-name order. */
export async function shippedRuleSets(ctx: Context): Promise<RuleSet[]> {
  const ruleSets: RuleSet[] = [];
  for await (const { file, text } of readDataFiles(ctx.config.shippedRulesDir))
    ruleSets.push(parsedRuleSet(file, text));
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
