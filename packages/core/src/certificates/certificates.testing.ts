// Test support for certificates: signed CQP AGC decisions from the sample evaluation record of
// data/examples, awarded (the jury agrees 70 % in OT) or partial (the record as it is: OT fails
// on the jury's 45 %), VAE decisions with the blocs of fiche RNCP 28795 validated on their own
// (data/rules/cqp-agc-vae.yaml), and the certification of the shipped referential.
import { readFileSync } from 'node:fs';
import {
  compileRules,
  type Decided,
  deliberate,
  factsFromReferential,
} from '../deliberation/index.ts';
import { loadReferential, loadRuleSet, vaeEvidence } from '../deliberation/testSupport.testing.ts';
import { deliberateRecord } from '../evaluation/deliberateRecord.ts';
import { cqpContext, repo, sampleRecord } from '../evaluation/testSupport.testing.ts';
import { type Certification, parseReferential } from '../referential/index.ts';

/** The sample record decided, with the jury's agreed OT percentage changed when given. */
export function cqpDecision(juryOT?: number): Decided {
  const record = sampleRecord();
  if (juryOT !== undefined) {
    const president = record.evaluations.find((evaluation) => evaluation.agreed);
    if (!president?.agreed) throw new Error('the sample record has no agreed percentages');
    president.agreed.OT = juryOT;
  }
  const decision = deliberateRecord(record, cqpContext());
  if (decision.status !== 'decided') throw new Error(JSON.stringify(decision));
  const { counted: _counted, ...decided } = decision;
  return decided;
}

const decided = new Map<number | undefined, Decided>();
const memo = (juryOT?: number): Decided => {
  let decision = decided.get(juryOT);
  if (!decision) {
    decision = cqpDecision(juryOT);
    decided.set(juryOT, decision);
  }
  return structuredClone(decision);
};

export const awardedDecision = (): Decided => memo(70);
export const partialDecision = (): Decided => memo();

/**
 * A decision of the VAE route on the shipped referential, from the jury's agreed percentage
 * per domain (strictly above 70 validates). `validityYears` replaces the rule set's unlimited
 * validity, the blocs then ending that many years after `decidedOn`.
 */
export function vaeDecision(
  agreed: Record<string, number>,
  options: { validityYears?: number; decidedOn?: string } = {},
): Decided {
  const ruleSet = loadRuleSet('cqp-agc-vae.yaml');
  if (options.validityYears !== undefined)
    ruleSet.validity = { ...ruleSet.validity, unlimited: false, years: options.validityYears };
  const facts = factsFromReferential(loadReferential('cqp-agc.yaml'), ruleSet);
  const decision = deliberate(
    compileRules(ruleSet, facts),
    vaeEvidence(agreed, {}, facts),
    options.decidedOn ? { decidedOn: options.decidedOn } : {},
  );
  if (decision.status !== 'decided') throw new Error(JSON.stringify(decision.reasons));
  return decision;
}

export function cqpCertification(): Certification {
  const text = readFileSync(new URL('data/certifications/cqp-agc.yaml', repo), 'utf8');
  const parsed = parseReferential(text);
  if (!parsed.ok) throw new Error('data/certifications/cqp-agc.yaml does not load');
  return parsed.value.certification;
}
