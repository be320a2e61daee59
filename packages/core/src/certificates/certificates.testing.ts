// Test support for certificates: signed CQP AGC decisions from the sample evaluation record of
// data/examples, awarded (the jury agrees 70 % in OT) or partial (the record as it is: OT fails
// on the jury's 45 %), and the certification of the shipped referential.
import { readFileSync } from 'node:fs';
import type { Decided } from '../deliberation/index.ts';
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

export function cqpCertification(): Certification {
  const text = readFileSync(new URL('data/certifications/cqp-agc.yaml', repo), 'utf8');
  const parsed = parseReferential(text);
  if (!parsed.ok) throw new Error('data/certifications/cqp-agc.yaml does not load');
  return parsed.value.certification;
}
