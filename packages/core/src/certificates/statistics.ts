// The certifier's figures (issue 7, item 6): certificates and attestations issued per year, per
// certification and per company; how often each domain or bloc is validated among the signed
// decisions; how the domain percentages spread, in tens. Revoked documents are counted apart,
// never among those in force. Each table also goes out as CSV, French or English.
import { csvField, csvFile, csvQuoted } from '../spreadsheet/cells.ts';

export interface IssuedDocument {
  kind: 'certificate' | 'attestation';
  certification: string;
  certificationTitle: string;
  company: string;
  /** The year of the jury's decision. */
  year: number;
  revoked: boolean;
  /** How many documents this row stands for (counted by the database); 1 when absent. */
  count?: number;
}

export interface DecidedCandidate {
  certification: string;
  certificationTitle: string;
  year: number;
  passed: boolean;
  /**
   * The units decided (domains or blocs), then the blocs validated on their own where the rule
   * set has them (the VAE route), which have no percentage.
   */
  units: Array<{ code: string; label: string; passed: boolean; percentage: number | null }>;
}

export interface DocumentCounts {
  certificates: number;
  attestations: number;
  revoked: number;
}

export interface CertificateStatistics {
  totals: DocumentCounts & { decided: number; awarded: number };
  byYear: Array<{ year: number } & DocumentCounts>;
  byCertification: Array<{ certification: string; title: string } & DocumentCounts>;
  byCompany: Array<{ company: string } & DocumentCounts>;
  passRates: Array<{
    certification: string;
    title: string;
    unit: string;
    label: string;
    decided: number;
    passed: number;
    /** Percent of the decided candidates who validated the unit, one decimal. */
    rate: number;
  }>;
  distribution: Array<{ certification: string; unit: string; label: string; buckets: number[] }>;
}

/** The percentage buckets: 0–9, 10–19, …, 80–89, 90–100. */
export const PERCENTAGE_BUCKETS = Array.from({ length: 10 }, (_, i) =>
  i === 9 ? '90–100' : `${i * 10}–${i * 10 + 9}`,
);

const bucketOf = (percentage: number) => Math.min(9, Math.max(0, Math.floor(percentage / 10)));

const emptyCounts = (): DocumentCounts => ({ certificates: 0, attestations: 0, revoked: 0 });

function count(into: DocumentCounts, document: IssuedDocument): void {
  const n = document.count ?? 1;
  if (document.revoked) into.revoked += n;
  else if (document.kind === 'certificate') into.certificates += n;
  else into.attestations += n;
}

function grouped<K, T extends DocumentCounts>(
  documents: readonly IssuedDocument[],
  keyOf: (document: IssuedDocument) => K,
  make: (document: IssuedDocument) => T,
): T[] {
  const groups = new Map<K, T>();
  for (const document of documents) {
    const key = keyOf(document);
    let group = groups.get(key);
    if (!group) {
      group = make(document);
      groups.set(key, group);
    }
    count(group, document);
  }
  return [...groups.values()];
}

const rounded = (value: number) => Math.round(value * 10) / 10;

/**
 * Decisions counted: the overall outcome of `count` decisions (unit ''), or `count` decisions
 * of one unit with their percentage's tenth (bucket 0–9, null without a percentage).
 */
export interface DecisionCount {
  certification: string;
  certificationTitle: string;
  unit: string;
  label: string;
  passed: boolean;
  bucket: number | null;
  count: number;
}

/** The counts of a list of decisions, as the database keeps them (migration 0021). */
export function decisionCounts(decisions: readonly DecidedCandidate[]): DecisionCount[] {
  return decisions.flatMap((decision) => [
    {
      certification: decision.certification,
      certificationTitle: decision.certificationTitle,
      unit: '',
      label: '',
      passed: decision.passed,
      bucket: null,
      count: 1,
    },
    ...decision.units.map((unit) => ({
      certification: decision.certification,
      certificationTitle: decision.certificationTitle,
      unit: unit.code,
      label: unit.label,
      passed: unit.passed,
      bucket: unit.percentage === null ? null : bucketOf(unit.percentage),
      count: 1,
    })),
  ]);
}

function unitFigures(counts: readonly DecisionCount[]) {
  const units = new Map<
    string,
    {
      certification: string;
      title: string;
      unit: string;
      label: string;
      decided: number;
      passed: number;
      buckets: number[];
    }
  >();
  for (const row of counts) {
    if (row.unit === '') continue;
    const key = `${row.certification}\u0000${row.unit}`;
    let entry = units.get(key);
    if (!entry) {
      entry = {
        certification: row.certification,
        title: row.certificationTitle,
        unit: row.unit,
        label: row.label,
        decided: 0,
        passed: 0,
        buckets: new Array(PERCENTAGE_BUCKETS.length).fill(0),
      };
      units.set(key, entry);
    }
    entry.decided += row.count;
    if (row.passed) entry.passed += row.count;
    if (row.bucket !== null)
      entry.buckets[row.bucket] = (entry.buckets[row.bucket] ?? 0) + row.count;
  }
  return [...units.values()];
}

export function certificateStatistics(
  documents: readonly IssuedDocument[],
  decisions: readonly DecidedCandidate[],
): CertificateStatistics {
  return statisticsOfCounts(documents, decisionCounts(decisions));
}

/** The statistics of documents and decisions already counted (each row standing for `count`). */
export function statisticsOfCounts(
  documents: readonly IssuedDocument[],
  decisions: readonly DecisionCount[],
): CertificateStatistics {
  const totals = emptyCounts();
  for (const document of documents) count(totals, document);
  const units = unitFigures(decisions);
  const overall = decisions.filter((d) => d.unit === '');
  const sum = (rows: readonly DecisionCount[]) => rows.reduce((n, row) => n + row.count, 0);
  return {
    totals: {
      ...totals,
      decided: sum(overall),
      awarded: sum(overall.filter((d) => d.passed)),
    },
    byYear: grouped(
      documents,
      (d) => d.year,
      (d) => ({ year: d.year, ...emptyCounts() }),
    ).sort((a, b) => a.year - b.year),
    byCertification: grouped(
      documents,
      (d) => d.certification,
      (d) => ({ certification: d.certification, title: d.certificationTitle, ...emptyCounts() }),
    ).sort((a, b) => a.title.localeCompare(b.title, 'fr')),
    byCompany: grouped(
      documents,
      (d) => d.company,
      (d) => ({ company: d.company, ...emptyCounts() }),
    ).sort((a, b) => a.company.localeCompare(b.company, 'fr')),
    passRates: units.map(({ buckets: _buckets, ...unit }) => ({
      ...unit,
      rate: unit.decided === 0 ? 0 : rounded((100 * unit.passed) / unit.decided),
    })),
    // A unit no decision gave a percentage (a bloc: Acquis or not) has no spread to show.
    distribution: units
      .filter((unit) => unit.buckets.some((n) => n > 0))
      .map(({ certification, unit, label, buckets }) => ({ certification, unit, label, buckets })),
  };
}

export const STATISTICS_TABLES = [
  'years',
  'certifications',
  'companies',
  'pass-rates',
  'distribution',
] as const;
export type StatisticsTable = (typeof STATISTICS_TABLES)[number];

type Lang = 'fr' | 'en';
type Cell = string | number;

const HEADERS: Record<StatisticsTable, Record<Lang, string[]>> = {
  years: {
    fr: ['Année', 'Certificats', 'Attestations', 'Révoqués'],
    en: ['Year', 'Certificates', 'Attestations', 'Revoked'],
  },
  certifications: {
    fr: ['Certification', 'Intitulé', 'Certificats', 'Attestations', 'Révoqués'],
    en: ['Certification', 'Title', 'Certificates', 'Attestations', 'Revoked'],
  },
  companies: {
    fr: ['Entreprise', 'Certificats', 'Attestations', 'Révoqués'],
    en: ['Company', 'Certificates', 'Attestations', 'Revoked'],
  },
  'pass-rates': {
    fr: ['Certification', 'Unité', 'Libellé', 'Décisions', 'Validés', 'Taux de réussite (%)'],
    en: ['Certification', 'Unit', 'Label', 'Decisions', 'Validated', 'Pass rate (%)'],
  },
  distribution: {
    fr: ['Certification', 'Unité', 'Libellé', ...PERCENTAGE_BUCKETS.map((b) => `${b} %`)],
    en: ['Certification', 'Unit', 'Label', ...PERCENTAGE_BUCKETS.map((b) => `${b} %`)],
  },
};

function rows(stats: CertificateStatistics, table: StatisticsTable): Cell[][] {
  const counts = (c: DocumentCounts) => [c.certificates, c.attestations, c.revoked];
  switch (table) {
    case 'years':
      return stats.byYear.map((r) => [r.year, ...counts(r)]);
    case 'certifications':
      return stats.byCertification.map((r) => [r.certification, r.title, ...counts(r)]);
    case 'companies':
      return stats.byCompany.map((r) => [r.company, ...counts(r)]);
    case 'pass-rates':
      return stats.passRates.map((r) => [
        r.certification,
        r.unit,
        r.label,
        r.decided,
        r.passed,
        r.rate,
      ]);
    case 'distribution':
      return stats.distribution.map((r) => [r.certification, r.unit, r.label, ...r.buckets]);
  }
}

/** One table as CSV: ";" and a decimal comma in French, "," and a point in English. */
export function statisticsCsv(
  stats: CertificateStatistics,
  table: StatisticsTable,
  lang: Lang = 'fr',
): string {
  const separator = lang === 'fr' ? ';' : ',';
  const cell = (value: Cell) =>
    typeof value === 'number'
      ? csvQuoted(String(value).replace('.', lang === 'fr' ? ',' : '.'), separator)
      : csvField(value, separator);
  return csvFile(
    [HEADERS[table][lang], ...rows(stats, table)].map((r) => r.map(cell).join(separator)),
  );
}
