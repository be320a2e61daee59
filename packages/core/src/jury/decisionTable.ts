// The decisions of one or more jury sessions as a table, one row per candidate (issue 6,
// item 6: "Decisions export to CSV and XLSX"): who, the synthesis grid cell by cell, each
// domain's verdict, each bloc's where the rule set validates blocs on their own, the overall
// decision, the rule-set version it was taken under, who signed and when. Pure: the server
// writes it as CSV or XLSX (server/src/jury/export).
import type { LocalText } from '../deliberation/index.ts';
import { deliberationStatusLabels } from './deliberationStates.ts';
import type { Minutes, MinutesCandidate } from './minutes.ts';

export type JuryLang = 'fr' | 'en';
export type DecisionCell = string | number | null;
export type DecisionColumnKind = 'text' | 'percentage' | 'integer' | 'date' | 'datetime';

export interface DecisionColumn {
  key: string;
  header: string;
  kind: DecisionColumnKind;
}

export interface DecisionTable {
  columns: DecisionColumn[];
  rows: DecisionCell[][];
}

interface Row {
  minutes: Minutes;
  candidate: MinutesCandidate;
}

interface ColumnSpec extends DecisionColumn {
  value: (row: Row) => DecisionCell;
}

const text = (lang: JuryLang, value: LocalText | undefined) => (value ? value[lang] : null);

const HEAD: Record<string, LocalText> = {
  date: { fr: 'Date du jury', en: 'Jury date' },
  certification: { fr: 'Certification', en: 'Certification' },
  candidate: { fr: 'Candidat', en: 'Candidate' },
  company: { fr: 'Entreprise', en: 'Company' },
  decision: { fr: 'Décision', en: 'Decision' },
  status: { fr: 'État', en: 'Status' },
  ruleSet: { fr: 'Jeu de règles', en: 'Rule set' },
  version: { fr: 'Version', en: 'Version' },
  signedBy: { fr: 'Signé par', en: 'Signed by' },
  signedAt: { fr: 'Signé le', en: 'Signed at' },
  comment: { fr: 'Commentaire de synthèse', en: 'Synthesis comment' },
  mean: { fr: 'moyenne', en: 'mean' },
  verdict: { fr: 'décision', en: 'decision' },
  bloc: { fr: 'bloc de compétences', en: 'skills bloc' },
};

const BLOC_VERDICT: Record<'acquired' | 'notAcquired', LocalText> = {
  acquired: { fr: 'Acquis', en: 'Acquired' },
  notAcquired: { fr: 'Non acquis', en: 'Not acquired' },
};

function unitColumns(rows: readonly Row[], lang: JuryLang): ColumnSpec[] {
  const units: string[] = [];
  const instruments = new Map<string, LocalText>();
  for (const { candidate } of rows) {
    for (const unit of candidate.grid?.units ?? [])
      if (!units.includes(unit.code)) units.push(unit.code);
    for (const inst of candidate.grid?.instruments ?? []) instruments.set(inst.id, inst.label);
  }
  const cell = (row: Row, unit: string, pick: (u: number) => DecisionCell) => {
    const u = row.candidate.grid?.units.findIndex((x) => x.code === unit) ?? -1;
    return u === -1 ? null : pick(u);
  };
  return units.flatMap((unit): ColumnSpec[] => [
    ...[...instruments].map(([id, label]) => ({
      key: `${unit}.${id}`,
      header: `${unit} – ${label[lang]} (%)`,
      kind: 'percentage' as const,
      value: (row: Row) => {
        const i = row.candidate.grid?.instruments.findIndex((x) => x.id === id) ?? -1;
        return cell(row, unit, (u) => row.candidate.grid?.rows[i]?.[u] ?? null);
      },
    })),
    {
      key: `${unit}.mean`,
      header: `${unit} – ${HEAD.mean?.[lang]} (%)`,
      kind: 'percentage',
      value: (row) => cell(row, unit, (u) => row.candidate.grid?.means[u] ?? null),
    },
    {
      key: `${unit}.decision`,
      header: `${unit} – ${HEAD.verdict?.[lang]}`,
      kind: 'text',
      value: (row) =>
        text(lang, row.candidate.decision?.units.find((d) => d.unit === unit)?.summary),
    },
  ]);
}

/**
 * A column per bloc where a decision validates blocs on their own (the VAE route): Acquis or
 * Non acquis, with the day it stops being valid when it has one. None for a session whose
 * rule set validates no bloc on its own, so that those exports are unchanged.
 */
function blocColumns(rows: readonly Row[], lang: JuryLang): ColumnSpec[] {
  const blocs: string[] = [];
  for (const { candidate } of rows)
    for (const bloc of candidate.decision?.blocs ?? [])
      if (!blocs.includes(bloc.bloc)) blocs.push(bloc.bloc);
  return blocs.map((code) => ({
    key: `${code}.bloc`,
    header: `${code} – ${HEAD.bloc?.[lang]}`,
    kind: 'text',
    value: (row) => {
      const bloc = row.candidate.decision?.blocs?.find((b) => b.bloc === code);
      if (!bloc) return null;
      const verdict = BLOC_VERDICT[bloc.acquired ? 'acquired' : 'notAcquired'][lang];
      if (!bloc.acquired || !bloc.validUntil) return verdict;
      return lang === 'fr'
        ? `${verdict} jusqu’au ${bloc.validUntil}`
        : `${verdict} until ${bloc.validUntil}`;
    },
  }));
}

function column(key: string, kind: DecisionColumnKind, lang: JuryLang, value: ColumnSpec['value']) {
  return { key, header: HEAD[key]?.[lang] ?? key, kind, value };
}

function columnsOf(rows: readonly Row[], lang: JuryLang): ColumnSpec[] {
  return [
    column('date', 'date', lang, (r) => r.minutes.session.date),
    column('certification', 'text', lang, (r) => r.minutes.session.certification.title),
    column('candidate', 'text', lang, (r) => r.candidate.name),
    column('company', 'text', lang, (r) => r.candidate.company ?? null),
    ...unitColumns(rows, lang),
    ...blocColumns(rows, lang),
    column('decision', 'text', lang, (r) => text(lang, r.candidate.decision?.summary)),
    column('status', 'text', lang, (r) => deliberationStatusLabels[r.candidate.status][lang]),
    column('ruleSet', 'text', lang, (r) => {
      const ref = r.candidate.decision?.ruleSet;
      return ref ? `${ref.id} v${ref.version}` : null;
    }),
    column('version', 'integer', lang, (r) => r.candidate.version),
    column('signedBy', 'text', lang, (r) => r.candidate.signature?.name ?? null),
    column('signedAt', 'datetime', lang, (r) => r.candidate.signature?.at ?? null),
    column('comment', 'text', lang, (r) => r.candidate.comment ?? null),
  ];
}

/** One row per candidate of every session given, in order; headers in `lang`. */
export function decisionTable(sessions: readonly Minutes[], lang: JuryLang = 'fr'): DecisionTable {
  const rows = sessions.flatMap((minutes) =>
    minutes.candidates.map((candidate) => ({ minutes, candidate })),
  );
  const specs = columnsOf(rows, lang);
  return {
    columns: specs.map(({ key, header, kind }) => ({ key, header, kind })),
    rows: rows.map((row) => specs.map((spec) => spec.value(row))),
  };
}
