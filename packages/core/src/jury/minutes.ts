// The minutes (procès-verbal) of a jury session as plain data: the session (date, place or
// remote link, members and their seats), and per candidate the members' appreciations (grille
// de report), the synthesis grid with tutor, trainer and jury side by side (seed 000, slide
// 19), the decision with every line of its explanation and the blocs acquired where the rule set
// validates blocs on their own, the synthesis comment, the signature, and any reopening. The server prints it (server/src/jury/paper) and hashes it; the hash is
// computed on canonicalJson(minutes), so the same minutes always give the same hash.
import type { Decided, LocalText, RuleSet, RuleSetRef } from '../deliberation/index.ts';
import { compareMembers, type DomainComparison } from './comparison.ts';
import type {
  CandidateDeliberation,
  DeliberationSignature,
  DeliberationStatus,
  Reopening,
} from './deliberationStates.ts';
import type { JuryMember } from './juryRoles.ts';

export type JuryVenue = { kind: 'on_site'; place: string } | { kind: 'remote'; link: string };

export interface JurySession {
  id: string;
  certification: { id: string; title: string };
  certifier: { id?: string; name: string };
  /** YYYY-MM-DD */
  date: string;
  venue: JuryVenue;
  members: JuryMember[];
}

export interface MinutesGrid {
  instruments: Array<{ id: string; label: LocalText }>;
  units: Array<{ code: string; label: string }>;
  /** rows[instrument][unit], null where nothing was evaluated. */
  rows: Array<Array<number | null>>;
  means: Array<number | null>;
}

export interface MinutesDecision {
  passed: boolean;
  summary: LocalText;
  units: Array<{ unit: string; label: string; passed: boolean; summary: LocalText }>;
  /** Where the rule set validates blocs on their own: each bloc and whether it is acquired. */
  blocs?: Array<{ bloc: string; label: string; acquired: boolean; validUntil?: string }>;
  explanation: LocalText[];
  ruleSet: RuleSetRef;
  referentialVersion: string;
}

export interface MinutesCandidate {
  candidateId: string;
  name: string;
  company?: string;
  slot?: { start: string; end: string };
  status: DeliberationStatus;
  version: number;
  /** Each member's percentage per domain, with spread and divergence flag. */
  appreciations?: { threshold: number; domains: DomainComparison[] };
  grid?: MinutesGrid;
  decision?: MinutesDecision;
  comment?: string;
  signature?: DeliberationSignature;
  reopenings: Array<Reopening & { byName: string }>;
}

export interface Minutes {
  session: JurySession;
  candidates: MinutesCandidate[];
  /** Every candidate's deliberation is signed: nothing changes without a reopening. */
  locked: boolean;
  /** The president's signature of the minutes: the last of the candidates' signatures. */
  signature?: DeliberationSignature;
}

export interface MinutesEntry {
  candidate: { id: string; name: string; company?: string };
  slot?: { start: string; end: string };
  deliberation: CandidateDeliberation;
}

function gridOf(ruleSet: RuleSet, decided: Decided): MinutesGrid {
  const label = (id: string) =>
    ruleSet.instruments.find((i) => i.id === id)?.label ?? { fr: id, en: id };
  const unitLabel = (code: string) => decided.units.find((u) => u.unit === code)?.label ?? code;
  return {
    instruments: decided.grid.instruments.map((id) => ({ id, label: label(id) })),
    units: decided.grid.units.map((code) => ({ code, label: unitLabel(code) })),
    rows: decided.grid.rows.map((row) => [...row]),
    means: [...decided.grid.means],
  };
}

function decisionOf(decided: Decided): MinutesDecision {
  return {
    passed: decided.overall.passed,
    summary: decided.overall.summary,
    units: decided.units.map(({ unit, label, passed, summary }) => ({
      unit,
      label,
      passed,
      summary,
    })),
    ...(decided.blocs
      ? {
          blocs: decided.blocs.map(({ bloc, label, acquired, validUntil }) => ({
            bloc,
            label,
            acquired,
            ...(validUntil ? { validUntil } : {}),
          })),
        }
      : {}),
    explanation: decided.explanation,
    ruleSet: decided.ruleSet,
    referentialVersion: decided.referentialVersion,
  };
}

function candidateOf(
  ruleSet: RuleSet,
  entry: MinutesEntry,
  nameOf: (personId: string) => string,
): MinutesCandidate {
  const state = entry.deliberation;
  const threshold = ruleSet.jury?.deliberation?.divergence.spread;
  const compared =
    threshold !== undefined && state.reports.length > 0
      ? compareMembers(state.reports, threshold)
      : undefined;
  const decided = state.deliberation;
  return {
    candidateId: entry.candidate.id,
    name: entry.candidate.name,
    ...(entry.candidate.company ? { company: entry.candidate.company } : {}),
    ...(entry.slot ? { slot: { ...entry.slot } } : {}),
    status: state.status,
    version: state.version,
    ...(compared?.ok ? { appreciations: compared.value } : {}),
    ...(decided ? { grid: gridOf(ruleSet, decided), decision: decisionOf(decided) } : {}),
    ...(state.agreement ? { comment: state.agreement.comment } : {}),
    ...(state.signature ? { signature: { ...state.signature } } : {}),
    reopenings: state.reopenings.map((r) => ({ ...r, byName: nameOf(r.by) })),
  };
}

/**
 * The minutes of a session from each candidate's deliberation. `names` gives the names of
 * people who are not members (the certifier's staff who reopened a deliberation).
 */
export function minutesOf(
  session: JurySession,
  ruleSet: RuleSet,
  entries: readonly MinutesEntry[],
  names: Readonly<Record<string, string>> = {},
): Minutes {
  const nameOf = (id: string) =>
    session.members.find((m) => m.personId === id)?.name ?? names[id] ?? id;
  const candidates = entries.map((entry) => candidateOf(ruleSet, entry, nameOf));
  const signatures = candidates.flatMap((c) => (c.signature ? [c.signature] : []));
  const locked = candidates.length > 0 && candidates.every((c) => c.status === 'signed');
  const last = signatures.toSorted((a, b) => Date.parse(a.at) - Date.parse(b.at)).at(-1);
  return {
    session,
    candidates,
    locked,
    ...(locked && last ? { signature: { ...last } } : {}),
  };
}

/** JSON with every object's keys sorted and undefined left out: the text the hash is of. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  );
}
