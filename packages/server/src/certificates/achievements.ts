// The achievements our credentials name (`<public url>/api/public/achievements/<certification>/
// <certificate|attestation>`), as published there: built by core from the certification's
// latest published referential version, its CASE alignments and the rule of its training route.
import type { JsonObject } from '@certeval/core';
import { type CertificateKind, publishedAchievement } from '@certeval/core/certificates/index';
import { trainingRuleSet } from '../deliberation/ruleSets.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { exportReferential } from '../referential/service.ts';
import { caseAlignments, criteriaOf } from './issuanceContext.ts';
import { achievementBaseOf } from './urls.ts';

/** The published achievement, or undefined when the certification has no published version. */
export async function publishedAchievementOf(
  ctx: Context,
  certificationId: string,
  kind: CertificateKind,
): Promise<JsonObject | undefined> {
  const file = await exportReferential(ctx, certificationId).catch((error) => {
    if (error instanceof AppError && error.code === 'not_found') return undefined;
    throw error;
  });
  const version = file?.versions.filter((v) => v.status === 'published').at(-1);
  if (!file || !version) return undefined;
  const ruleSet = await trainingRuleSet(ctx, certificationId, version.id);
  return publishedAchievement({
    kind,
    certification: file.certification,
    referentialVersion: version.id,
    achievementBase: achievementBaseOf(ctx),
    alignments: caseAlignments(ctx, file, version.id),
    criteria: criteriaOf(ruleSet, file.certification),
  });
}
