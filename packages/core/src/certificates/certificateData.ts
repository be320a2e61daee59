// What a certificate (parchemin) or a bloc attestation says, decided from a signed jury
// decision: every mention a French certificate carries (issue 7, item 1) — the certification's
// title and kind, its RNCP or RS registration and the decision that registered it, its level
// and NSF specialties, the holder's full name and birth date, the date of the decision, the
// certifier and the signatory, the unique number — and, on a partial success, the units
// (blocs or domains) acquired with how long they stay valid. Stored as issued, so that the PDF
// and the verification page say the same thing years later.
import type { Decided } from '../deliberation/index.ts';

type BlocDecision = NonNullable<Decided['blocs']>[number];

/**
 * What a document needs of a decision: its verdicts, the synthesis grid's means, its rule set,
 * and the blocs it validated on their own when its rule set has a `blocs` section.
 */
export type DecisionSummary = Pick<Decided, 'status' | 'ruleSet'> & {
  overall: Pick<Decided['overall'], 'passed'>;
  units: Array<Pick<Decided['units'][number], 'unit' | 'label' | 'passed'>>;
  grid: Pick<Decided['grid'], 'units' | 'means'>;
  blocs?: Array<Pick<BlocDecision, 'bloc' | 'label' | 'acquired' | 'validUntil'>>;
};

import type { Certification, CertificationKind } from '../referential/index.ts';

export type CertificateKind = 'certificate' | 'attestation';
export type UnitKind = 'domain' | 'bloc';

export interface CertificateUnit {
  code: string;
  label: string;
  acquired: boolean;
  /** The mean of the synthesis grid's column, when the decision scored the unit. */
  percentage?: number;
  /** YYYY-MM-DD; absent when the unit stays acquired without time limit. */
  validUntil?: string;
}

export interface CertificateHolder {
  /** First names then usage name (or birth name), as the certificate prints it. */
  name: string;
  birthName: string;
  usageName?: string;
  firstNames: string[];
  birthDate: string;
  birthPlace: string;
}

export interface CertificateData {
  kind: CertificateKind;
  number: string;
  certification: {
    id: string;
    referentialVersion: string;
    title: string;
    kind: CertificationKind;
    /** "Certificat de qualification professionnelle (CQP)", … */
    kindLabel: string;
    /** RNCP28795 or RS5678. */
    registration?: string;
    /** The text of the decision that registered it, e.g. "Arrêté du 28 juillet 2017". */
    registrationDecision?: string;
    level?: string;
    nsf: Array<{ code: string; label?: string }>;
  };
  holder: CertificateHolder;
  decision: {
    /** YYYY-MM-DD: the day the jury decided. */
    date: string;
    status: 'awarded' | 'partially_awarded';
    ruleSet: { id: string; version: string };
  };
  unitKind: UnitKind;
  /** A certificate lists every unit; an attestation only those acquired. */
  units: CertificateUnit[];
  certifier: { name: string };
  signatory: { name: string; quality: string };
  /** YYYY-MM-DD */
  issuedOn: string;
  verificationUrl: string;
  /** YYYY-MM-DD: an attestation of units valid for a limited time. */
  validUntil?: string;
}

export interface CertificateInput {
  number: string;
  verificationUrl: string;
  issuedOn: string;
  certification: Certification;
  referentialVersion: string;
  holder: {
    birthName: string;
    usageName?: string | null;
    firstNames: string[];
    birthDate: string;
    birthPlace: string;
  };
  decision: DecisionSummary;
  decisionDate: string;
  /**
   * The rule set's units: domains (CQP AGC, seed 000 slide 19) or blocs (RNCP titles). A
   * document of the blocs a decision validated on their own says 'bloc' whatever this is.
   */
  unitKind: UnitKind;
  /** How long acquired units stay valid (seed 001: "Validité des composantes acquises"). */
  validity: { unlimited: boolean; years?: number };
  certifier: { name: string };
  signatory: { name: string; quality: string };
}

const KIND_LABELS: Record<CertificationKind, string> = {
  cqp: 'Certificat de qualification professionnelle (CQP)',
  rncp_title: 'Titre à finalité professionnelle enregistré au RNCP',
  rs: 'Certification enregistrée au Répertoire spécifique',
  diploma: 'Diplôme',
};

export const certificationKindLabel = (kind: CertificationKind): string => KIND_LABELS[kind];

/**
 * Which document a decision gives: the certificate when the certification is awarded, an
 * attestation when some units or blocs are acquired (seed 001: "Validité des composantes
 * acquises"), nothing when none is.
 */
export function documentKindOf(decision: DecisionSummary): CertificateKind | undefined {
  if (decision.overall.passed) return 'certificate';
  const acquired =
    decision.units.some((unit) => unit.passed) ||
    (decision.blocs ?? []).some((bloc) => bloc.acquired);
  return acquired ? 'attestation' : undefined;
}

/**
 * Whether the document speaks of the blocs the decision validated on their own (a rule set's
 * `blocs` section; for the CQP AGC's VAE route, the blocs of fiche RNCP 28795, seed 001) rather
 * than of its units: the certificate when there are blocs, an attestation when one is acquired.
 * An attestation with no bloc acquired but a unit validated stays one of units, so that what
 * the jury validated is still attested.
 */
function speaksOfBlocs(decision: DecisionSummary, kind: CertificateKind): boolean {
  const blocs = decision.blocs ?? [];
  return kind === 'certificate' ? blocs.length > 0 : blocs.some((bloc) => bloc.acquired);
}

/** "Camille Morel", with the birth name kept apart when a usage name is printed. */
export function holderOf(input: CertificateInput['holder']): CertificateHolder {
  const usageName = input.usageName?.trim() ? input.usageName.trim() : undefined;
  return {
    name: `${input.firstNames.join(' ')} ${usageName ?? input.birthName}`,
    birthName: input.birthName,
    ...(usageName ? { usageName } : {}),
    firstNames: [...input.firstNames],
    birthDate: input.birthDate,
    birthPlace: input.birthPlace,
  };
}

/** YYYY-MM-DD plus whole years (29 February gives 28 February in a common year). */
export function addYears(date: string, years: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year + years, month - 1, 1));
  const lastDay = new Date(Date.UTC(year + years, month, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

function registrationOf(certification: Certification): string | undefined {
  if (certification.rncp) return `RNCP${certification.rncp}`;
  if (certification.rs) return `RS${certification.rs}`;
  return undefined;
}

/**
 * What the decision says of each unit a document may list: the domains with the synthesis
 * grid's mean (or the units of an RNCP title), or the blocs it validated on their own, which
 * have no synthesis column but may carry their own end of validity.
 */
function decidedUnits(decision: DecisionSummary, blocs: boolean): CertificateUnit[] {
  if (blocs)
    return (decision.blocs ?? []).map((bloc) => ({
      code: bloc.bloc,
      label: bloc.label,
      acquired: bloc.acquired,
      ...(bloc.validUntil ? { validUntil: bloc.validUntil } : {}),
    }));
  return decision.units.map((unit) => {
    const column = decision.grid.units.indexOf(unit.unit);
    const mean = column < 0 ? null : decision.grid.means[column];
    return {
      code: unit.unit,
      label: unit.label,
      acquired: unit.passed,
      ...(typeof mean === 'number' ? { percentage: Math.round(mean * 100) / 100 } : {}),
    };
  });
}

/**
 * What a document of `kind` lists of a decision: a certificate every unit, an attestation those
 * acquired — blocs when it speaks of blocs (speaksOfBlocs) — before the rule set's validity.
 */
export function documentUnits(decision: DecisionSummary, kind: CertificateKind) {
  const blocs = speaksOfBlocs(decision, kind);
  const units = decidedUnits(decision, blocs).filter(
    (unit) => kind === 'certificate' || unit.acquired,
  );
  return { blocs, units };
}

/**
 * A certificate's units, every one; an attestation's, those acquired. An acquired unit ends
 * when its decision says (a bloc drawing on a domain carried over), else after the rule set's
 * years from the day of the decision; never when the validity is unlimited.
 */
function unitsOf(input: CertificateInput, kind: CertificateKind) {
  const { validity, decisionDate } = input;
  const until =
    !validity.unlimited && validity.years !== undefined
      ? addYears(decisionDate, validity.years)
      : undefined;
  return documentUnits(input.decision, kind).units.map(
    ({ validUntil, ...unit }): CertificateUnit => {
      const end = validUntil ?? until;
      return { ...unit, ...(unit.acquired && end ? { validUntil: end } : {}) };
    },
  );
}

/**
 * The day an attestation stops attesting anything: the last of its units' ends, none when a
 * unit is valid without time limit. Domains decided together share one end; blocs may not, one
 * drawing on a domain carried over from an earlier attempt.
 */
function attestationEnd(units: readonly CertificateUnit[]): string | undefined {
  const ends = units.map((unit) => unit.validUntil);
  if (ends.length === 0 || ends.some((end) => end === undefined)) return undefined;
  return (ends as string[]).sort().at(-1);
}

/** The certification as a document names it (its title, kind, registration, level, NSF). */
export function certificationMentions(
  certification: Certification,
  referentialVersion: string,
): CertificateData['certification'] {
  const registration = registrationOf(certification);
  return {
    id: certification.id,
    referentialVersion,
    title: certification.title?.fr ?? certification.id,
    kind: certification.kind,
    kindLabel: certificationKindLabel(certification.kind),
    ...(registration ? { registration } : {}),
    ...(certification.registration
      ? { registrationDecision: certification.registration.decision }
      : {}),
    ...(certification.level ? { level: certification.level } : {}),
    nsf: certification.nsf.map(({ code, label }) => ({ code, ...(label ? { label } : {}) })),
  };
}

/** The mentions of the document a signed decision gives, or undefined when it gives none. */
export function certificateData(input: CertificateInput): CertificateData | undefined {
  const kind = documentKindOf(input.decision);
  if (!kind) return undefined;
  const blocs = speaksOfBlocs(input.decision, kind);
  const units = unitsOf(input, kind);
  const validUntil = kind === 'attestation' ? attestationEnd(units) : undefined;
  return {
    kind,
    number: input.number,
    certification: certificationMentions(input.certification, input.referentialVersion),
    holder: holderOf(input.holder),
    decision: {
      date: input.decisionDate,
      status: kind === 'certificate' ? 'awarded' : 'partially_awarded',
      ruleSet: { id: input.decision.ruleSet.id, version: input.decision.ruleSet.version },
    },
    unitKind: blocs ? 'bloc' : input.unitKind,
    units,
    certifier: { ...input.certifier },
    signatory: { ...input.signatory },
    issuedOn: input.issuedOn,
    verificationUrl: input.verificationUrl,
    ...(validUntil ? { validUntil } : {}),
  };
}

/**
 * Where an issued document stands when it is read back: valid, suspended (its deliberation
 * reopened), revoked, expired, or, for a credential checked from elsewhere, not verified or
 * invalid.
 */
export const CERTIFICATE_STATUSES = [
  'valid',
  'suspended',
  'revoked',
  'expired',
  'unverified',
  'invalid',
] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];
