// What every document of a jury session shares: the certification as its referential states it
// (title, kind, registration, level, NSF, who signs), the CASE items its credentials align to
// (at their address on our CASE service, /ims/case/v1p1),
// and the rule sets its decisions were taken under (domains or blocs, how long acquired units
// stay valid, the words of the final rule) — one per route when the session mixes training
// and VAE candidates, each document reading its own decision's (ruleSetOf).

import type { Certification } from '@certeval/core';
import { type CaseAlignment, caseUri, exportCase, type RuleSet } from '@certeval/core';
import { shippedRuleSets } from '../deliberation/service.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { exportReferential } from '../referential/service.ts';

export interface IssuanceContext {
  certification: Certification;
  referentialVersion: string;
  alignments: { certification?: CaseAlignment; units: Map<string, CaseAlignment> };
  /** The shipped rule sets the decisions name, by "id@version". */
  ruleSets: ReadonlyMap<string, RuleSet>;
}

interface RuleSetName {
  id: string;
  version: string;
}

const keyOf = (name: RuleSetName) => `${name.id}@${name.version}`;

/** The rule set a decision was taken under, if it is still shipped. */
export function ruleSetOf(issuance: IssuanceContext, decision: { ruleSet: RuleSetName }) {
  return issuance.ruleSets.get(keyOf(decision.ruleSet));
}

/** The shipped rule sets the decisions name, those still shipped. */
async function ruleSetsNamed(ctx: Context, names: readonly RuleSetName[]) {
  const wanted = new Set(names.map(keyOf));
  const ruleSets = await shippedRuleSets(ctx);
  return new Map(
    ruleSets.filter((ruleSet) => wanted.has(keyOf(ruleSet))).map((r) => [keyOf(r), r] as const),
  );
}

/** The final rule in words: "CQP attribué : Tous les domaines du CQP sont validés." */
export function criteriaOf(ruleSet: RuleSet | undefined, certification: Certification): string {
  if (!ruleSet)
    return `Décision du jury de certification : ${certification.title?.fr ?? certification.id}.`;
  const quotes = ruleSet.final.conditions.flatMap((c) =>
    c.citation.quote ? [c.citation.quote] : [],
  );
  const verdict = `${ruleSet.final.name.fr} ${ruleSet.final.passed.fr}`;
  return quotes.length > 0 ? `${verdict} : ${quotes.join(' ')}` : `${verdict}.`;
}

/** The CASE items (on our CASE service) a version's credentials align to, by unit code. */
export function caseAlignments(
  ctx: Context,
  file: Awaited<ReturnType<typeof exportReferential>>,
  versionKey: string,
): IssuanceContext['alignments'] {
  const units = new Map<string, CaseAlignment>();
  if (!file.versions.some((v) => v.id === versionKey)) return { units };
  const pkg = exportCase(file, versionKey, {
    publicUrl: ctx.config.publicUrl,
    changedAt: ctx.now(),
  });
  const framework = pkg.CFDocument.title;
  for (const item of pkg.CFItems) {
    const type = (item.extensions.certeval as { type?: string }).type;
    if ((type !== 'bloc' && type !== 'domain') || !item.humanCodingScheme) continue;
    const level = type;
    units.set(item.humanCodingScheme, {
      identifier: item.identifier,
      // On our CASE service, even when an imported item keeps its source's uri in the package.
      uri: caseUri(ctx.config.publicUrl, 'CFItems', item.identifier),
      code: item.humanCodingScheme,
      label: item.fullStatement,
      framework,
      level,
    });
  }
  const certification: CaseAlignment = {
    identifier: pkg.CFDocument.identifier,
    uri: caseUri(ctx.config.publicUrl, 'CFDocuments', pkg.CFDocument.identifier),
    code: file.certification.rncp ? `RNCP${file.certification.rncp}` : file.certification.id,
    label: framework,
    framework,
    level: 'certification',
  };
  return { certification, units };
}

export async function issuanceContext(
  ctx: Context,
  certificationId: string,
  referentialVersion: string,
  ruleSets: readonly RuleSetName[],
): Promise<IssuanceContext> {
  const file = await exportReferential(ctx, certificationId).catch((error) => {
    if (error instanceof AppError && error.code === 'not_found') {
      throw new AppError('not_found', {
        fr: `La certification ${certificationId} n’est pas dans le référentiel : impossible de délivrer ses certificats.`,
        en: `Certification ${certificationId} is not in the referentials: its certificates cannot be issued.`,
      });
    }
    throw error;
  });
  return {
    certification: file.certification,
    referentialVersion,
    alignments: caseAlignments(ctx, file, referentialVersion),
    ruleSets: await ruleSetsNamed(ctx, ruleSets),
  };
}
