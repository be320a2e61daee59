// A candidate's gaps before the jury (issue 17, item 2): their record as exported, read by the
// rule set of their route — what each savoir-faire is measured by so far, the lines marked
// « non évalué » and why, what makes the record invalid or undecidable. For whoever prepares
// the jury and may export the record (the company's pilot, the certifier).
import { candidateGaps } from '@certeval/core';
import { candidateFor } from '../candidates/service.ts';
import { exportDossier } from '../evaluations/dossier.ts';
import type { Context } from '../platform/context.ts';
import type { Actor } from '../platform/policy.ts';
import { getVersion } from '../referential/service.ts';
import { namedInstruments, shippedRuleSet } from './service.ts';

export async function candidateGapsFor(ctx: Context, actor: Actor, candidateId: string) {
  await candidateFor(ctx, actor, candidateId, 'dossier.export');
  const record = await exportDossier(ctx, candidateId);
  const ruleSet = await shippedRuleSet(ctx, record);
  const { version } = await getVersion(ctx, record.certification.id, record.certification.version);
  const instruments = await namedInstruments(ctx, record);
  return candidateGaps(record, { instruments, ruleSet, referential: version });
}
