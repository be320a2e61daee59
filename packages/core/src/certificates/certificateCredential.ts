// A certificate's or an attestation's mentions as the input of its Open Badges 3.0 credential
// (credentials/openBadgeCredential.ts): the certification is the achievement, aligned to the
// CASE items of its referential; each unit is a result with its percentage; the decision is the
// last result. The holder is named by name and birth date, as on the paper.
import type {
  CaseAlignment,
  CredentialResult,
  OpenBadgeInput,
} from '../credentials/openBadgeCredential.ts';
import type { StatusListPlace } from '../credentials/statusList.ts';
import type { CertificateData } from './certificateData.ts';
import { unitsHeading } from './certificateWording.ts';

export interface CredentialContext {
  issuer: { id: string; name: string; url?: string };
  /** Where the achievement of the certification is named, e.g. `<public url>/achievements/cqp-agc`. */
  achievementBase: string;
  /** The CASE item of the certification (its CFDocument) and of each unit, by code. */
  alignments: { certification?: CaseAlignment; units: ReadonlyMap<string, CaseAlignment> };
  /** The rule that awards it, in words (the rule set's final conditions). */
  criteria: string;
  /** Its bits in the certifier's revocation and suspension lists. */
  status?: StatusListPlace | readonly StatusListPlace[];
  /**
   * The instant it is issued (ISO 8601), its `validFrom`. Not midnight UTC of `issuedOn`: that
   * day is the certifier's (Paris), whose midnight comes one or two hours before UTC's, so a
   * document issued then would read "not in force yet" until UTC's midnight.
   */
  issuedAt: string;
}

function results(data: CertificateData, context: CredentialContext): CredentialResult[] {
  return data.units.map((unit) => {
    const alignment = context.alignments.units.get(unit.code);
    return {
      code: unit.code,
      label: unit.label,
      kind: data.unitKind,
      ...(unit.percentage !== undefined ? { percentage: unit.percentage } : {}),
      status: unit.acquired ? 'acquired' : 'not_acquired',
      ...(alignment ? { alignment } : {}),
    };
  });
}

function criteriaOf(data: CertificateData, context: CredentialContext): string {
  if (data.kind === 'certificate') return context.criteria;
  const list = data.units.map((unit) => `${unit.code} ${unit.label}`).join(' ; ');
  return `${unitsHeading(data.unitKind)} par décision du jury de certification : ${list}.`;
}

/** Where the achievement of a certification's certificates (or attestations) is published. */
export const achievementIdOf = (achievementBase: string, certificationId: string, kind: string) =>
  `${achievementBase}/${encodeURIComponent(certificationId)}/${kind}`;

/** The certification as the achievement of a document of `kind` names it. */
export function achievementCertification(
  data: Pick<CertificateData, 'kind' | 'certification'>,
  achievementBase: string,
  criteria: string,
): OpenBadgeInput['certification'] {
  const { certification } = data;
  return {
    achievementId: achievementIdOf(achievementBase, certification.id, data.kind),
    title: certification.title,
    kind: certification.kindLabel,
    ...(certification.registration ? { registration: certification.registration } : {}),
    ...(certification.level ? { level: certification.level } : {}),
    ...(certification.nsf.length > 0 ? { nsf: certification.nsf.map((n) => n.code) } : {}),
    criteria,
  };
}

/** The OpenBadgeCredential input of a document, ready to sign. */
export function certificateCredentialInput(
  data: CertificateData,
  context: CredentialContext,
): OpenBadgeInput {
  const unitAlignments = data.units.flatMap((unit) => {
    const found = context.alignments.units.get(unit.code);
    return found ? [found] : [];
  });
  return {
    kind: data.kind,
    number: data.number,
    verificationUrl: data.verificationUrl,
    issuer: context.issuer,
    certification: achievementCertification(
      data,
      context.achievementBase,
      criteriaOf(data, context),
    ),
    holder: { name: data.holder.name, birthDate: data.holder.birthDate },
    decision: { status: data.decision.status, decidedAt: `${data.decision.date}T00:00:00Z` },
    results: results(data, context),
    alignments: [
      ...(context.alignments.certification ? [context.alignments.certification] : []),
      ...unitAlignments,
    ],
    validFrom: context.issuedAt,
    ...(data.validUntil ? { validUntil: `${data.validUntil}T23:59:59Z` } : {}),
    ...(context.status ? { status: context.status } : {}),
  };
}
