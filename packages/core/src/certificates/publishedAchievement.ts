// The achievement a credential names by its id, as published there (issue 18, item 3): the
// certification of a document kind, with its criteria, its alignments to the CASE items of its
// referential and a result description for every unit (domain and bloc) and for the decision —
// each one a credential's results point at. A JSON-LD document of the VC 2.0 and OB 3.0 contexts.
import {
  type AchievementInput,
  achievementObject,
  type CaseAlignment,
  type JsonObject,
  OB_V3_CONTEXT_URL,
  VC_V2_CONTEXT_URL,
} from '../credentials/openBadgeCredential.ts';
import type { Certification } from '../referential/index.ts';
import { achievementCertification } from './certificateCredential.ts';
import type { CertificateKind } from './certificateData.ts';
import { certificationMentions } from './certificateData.ts';
import { unitsHeading } from './certificateWording.ts';

export interface PublishedAchievementInput {
  kind: CertificateKind;
  certification: Certification;
  referentialVersion: string;
  achievementBase: string;
  alignments: { certification?: CaseAlignment; units: ReadonlyMap<string, CaseAlignment> };
  /** The rule that awards the certification, in words (a certificate's criteria). */
  criteria: string;
}

function criteriaOf(input: PublishedAchievementInput, units: readonly CaseAlignment[]): string {
  if (input.kind === 'certificate') return input.criteria;
  const kinds = [...new Set(units.map((unit) => (unit.level === 'bloc' ? 'bloc' : 'domain')))];
  const headings = kinds.map((kind) => unitsHeading(kind)).join(' ou ');
  return `${headings || unitsHeading('domain')} par décision du jury de certification.`;
}

/** The Achievement published at its id, with every unit of the certification described. */
export function publishedAchievement(input: PublishedAchievementInput): JsonObject {
  const units = [...input.alignments.units.values()];
  const data = {
    kind: input.kind,
    certification: certificationMentions(input.certification, input.referentialVersion),
  };
  const achievement: AchievementInput = {
    kind: input.kind,
    certification: achievementCertification(data, input.achievementBase, criteriaOf(input, units)),
    alignments: [
      ...(input.alignments.certification ? [input.alignments.certification] : []),
      ...units,
    ],
    results: units.map((unit) => ({
      code: unit.code,
      label: unit.label,
      kind: unit.level === 'bloc' ? 'bloc' : 'domain',
      scored: unit.level !== 'bloc',
      alignment: unit,
    })),
  };
  return { '@context': [VC_V2_CONTEXT_URL, OB_V3_CONTEXT_URL], ...achievementObject(achievement) };
}
