// The French sentences a certificate or an attestation prints, in one place, so that the PDF,
// the credential and the verification page word a document alike.
import type { CertificateData, CertificateUnit, UnitKind } from './certificateData.ts';

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** "12 juin 2025" (1er for the first day of a month). */
export function frenchDate(isoDate: string): string {
  const [year, month = 1, day = 1] = isoDate.slice(0, 10).split('-').map(Number);
  return `${day === 1 ? '1er' : day} ${MONTHS[month - 1] ?? ''} ${year}`;
}

const UNIT_WORDS: Record<UnitKind, { one: string; many: string; acquired: string }> = {
  bloc: { one: 'Bloc de compétences', many: 'blocs de compétences', acquired: 'acquis' },
  domain: { one: 'Domaine de compétences', many: 'domaines de compétences', acquired: 'validés' },
};

/** "CERTIFICAT" or "ATTESTATION DE BLOCS DE COMPÉTENCES". */
export function documentHeading(data: Pick<CertificateData, 'kind' | 'unitKind'>): string {
  if (data.kind === 'certificate') return 'Certificat';
  return `Attestation de ${UNIT_WORDS[data.unitKind].many}`;
}

/** "Blocs de compétences acquis" / "Domaines de compétences validés". */
export function unitsHeading(unitKind: UnitKind): string {
  const words = UNIT_WORDS[unitKind];
  const many = words.many.charAt(0).toUpperCase() + words.many.slice(1);
  return `${many} ${words.acquired}`;
}

export function unitValidity(unit: CertificateUnit): string {
  return unit.validUntil
    ? `valable jusqu’au ${frenchDate(unit.validUntil)}`
    : 'validité sans limite de durée';
}

/** "Enregistré au RNCP sous le n° 28795 (Arrêté du 28 juillet 2017)". */
export function registrationLine(
  certification: CertificateData['certification'],
): string | undefined {
  const { registration, registrationDecision } = certification;
  if (!registration) return undefined;
  const directory = registration.startsWith('RS') ? 'Répertoire spécifique' : 'RNCP';
  const numberPart = registration.replace(/^(RNCP|RS)/, '');
  const decision = registrationDecision ? ` (${registrationDecision})` : '';
  return `Enregistré au ${directory} sous le n° ${numberPart}${decision}`;
}

/** "Niveau 4 · NSF 312m Commerce, vente", or undefined when neither is known. */
export function levelLine(certification: CertificateData['certification']): string | undefined {
  const parts: string[] = [];
  if (certification.level) parts.push(`Niveau ${certification.level.replace(/^niveau\s*/i, '')}`);
  if (certification.nsf.length > 0) {
    const codes = certification.nsf.map((n) => (n.label ? `${n.code} ${n.label}` : n.code));
    parts.push(`NSF ${codes.join(' ; ')}`);
  }
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

export function birthLine(holder: CertificateData['holder']): string {
  const birthName = holder.usageName ? `, nom de naissance ${holder.birthName}` : '';
  return `né(e) le ${frenchDate(holder.birthDate)} à ${holder.birthPlace}${birthName}`;
}

export function decisionLine(data: CertificateData): string {
  return `par décision du jury de certification du ${frenchDate(data.decision.date)}`;
}

export function grantLine(data: CertificateData): string {
  return data.kind === 'certificate'
    ? `${data.certifier.name} délivre le présent certificat à`
    : `${data.certifier.name} atteste que`;
}

export function attestationLine(data: CertificateData): string {
  const decided = `par décision du jury de certification du ${frenchDate(data.decision.date)}`;
  return `a acquis, ${decided}, les ${UNIT_WORDS[data.unitKind].many} suivants :`;
}

/** The document's one-line name: "Certificat n° CQP-AGC-2025-000001". */
export function documentTitle(data: Pick<CertificateData, 'kind' | 'unitKind' | 'number'>): string {
  return `${documentHeading(data)} n° ${data.number}`;
}
