// Which instruments evaluate which competences (issue 4, item 3): the matrix of competences ×
// instruments, the competences nothing evaluates, and apart the savoir-faire gaps — the CQP
// AGC validates a domain only if "chaque savoir-faire est maîtrisé au minimum à 30" (seed 000,
// slide 19), which cannot be decided for a savoir-faire no instrument evaluates.
//
// What counts as evaluating a competence C:
// - direct: an item tags C itself;
// - indirect: an item tags an activity-like node (mission, activity, task...) that `requires`
//   C, or whose ancestor or descendant does. The CQP AGC maps competences to missions (seed
//   000, slides 9-13), so a tutor's line on activity M3A2 evaluates what mission M3 requires.
// `count: 'direct'` ignores indirect evidence, for a stricter view.
// Rows: the competences under a domain when the version has domains (those the decision rule
// reads, by domain: R, PO, OT), otherwise every competence; `competences` sets them explicitly.
// Competences left out are listed in `outOfScope`, never dropped silently.
import type { CompetenceKind, ReferentialNode, ReferentialVersion } from '../referential/index.ts';
import type { Instrument, Item } from './schema.ts';
import { ACTIVITY_TYPES, indexVersion, type VersionIndex } from './versionIndex.ts';

export type CoverageCount = 'direct' | 'direct_and_indirect';

export interface CoverageOptions {
  count?: CoverageCount;
  competences?: string[];
}

export interface CoverageCell {
  instrument: string;
  /** Items tagging the competence itself. */
  direct: string[];
  /** Items tagging an activity-like node that requires it, with that node's code. */
  indirect: Array<{ item: string; via: string }>;
}

export interface CoverageRow {
  competence: string;
  kind: CompetenceKind | undefined;
  domain: string | undefined;
  cells: CoverageCell[];
  covered: boolean;
}

export interface Coverage {
  instruments: string[];
  rows: CoverageRow[];
  /** Competences no instrument evaluates. */
  uncovered: string[];
  /** The uncovered savoir-faire (kind know_how). */
  knowHowGaps: string[];
  outOfScope: string[];
}

function scope(index: VersionIndex, options: CoverageOptions): ReferentialNode[] {
  const competences = index.version.nodes.filter((node) => node.type === 'competence');
  if (options.competences) return competences.filter((n) => options.competences?.includes(n.code));
  const hasDomains = index.version.nodes.some((node) => node.type === 'domain');
  return hasDomains ? competences.filter((n) => index.domainOf(n.code) !== undefined) : competences;
}

/** Competences reached through an activity-like tag, each with the tag it comes through. */
function reachedThrough(index: VersionIndex, tag: string): string[] {
  const node = index.nodes.get(tag);
  if (!node || !ACTIVITY_TYPES.includes(node.type)) return [];
  const related = [node, ...index.ancestors(tag), ...index.descendants(tag)];
  return related
    .filter((n) => ACTIVITY_TYPES.includes(n.type))
    .flatMap((n) => index.requires(n.code));
}

type Evidence = Map<string, { direct: string[]; indirect: Array<{ item: string; via: string }> }>;

/** For one instrument: competence code → the items evaluating it, directly or not. */
function evidenceOf(index: VersionIndex, instrument: Instrument, count: CoverageCount): Evidence {
  const evidence: Evidence = new Map();
  const entry = (code: string) => {
    const existing = evidence.get(code) ?? { direct: [], indirect: [] };
    evidence.set(code, existing);
    return existing;
  };
  const items: Item[] = instrument.sections.flatMap((section) => section.items);
  for (const item of items) {
    for (const tag of item.evaluates) {
      if (index.nodes.get(tag)?.type === 'competence') entry(tag).direct.push(item.id);
      if (count === 'direct') continue;
      for (const code of new Set(reachedThrough(index, tag)))
        entry(code).indirect.push({ item: item.id, via: tag });
    }
  }
  return evidence;
}

export function coverage(
  instruments: Instrument[],
  version: ReferentialVersion,
  options: CoverageOptions = {},
): Coverage {
  const index = indexVersion(version);
  const count = options.count ?? 'direct_and_indirect';
  const inScope = scope(index, options);
  const evidence = instruments.map((instrument) => evidenceOf(index, instrument, count));
  const rows = inScope.map((node): CoverageRow => {
    const cells = instruments.map((instrument, i) => ({
      instrument: instrument.id,
      direct: evidence[i]?.get(node.code)?.direct ?? [],
      indirect: evidence[i]?.get(node.code)?.indirect ?? [],
    }));
    const covered = cells.some((cell) => cell.direct.length + cell.indirect.length > 0);
    return {
      competence: node.code,
      kind: node.kind,
      domain: index.domainOf(node.code),
      cells,
      covered,
    };
  });
  const uncovered = rows.filter((row) => !row.covered);
  const kept = new Set(inScope.map((node) => node.code));
  return {
    instruments: instruments.map((instrument) => instrument.id),
    rows,
    uncovered: uncovered.map((row) => row.competence),
    knowHowGaps: uncovered.filter((row) => row.kind === 'know_how').map((row) => row.competence),
    outOfScope: version.nodes
      .filter((n) => n.type === 'competence' && !kept.has(n.code))
      .map((n) => n.code),
  };
}
