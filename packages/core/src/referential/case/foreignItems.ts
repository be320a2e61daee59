// Items of packages Certeval did not write: their type comes from their CFItemType when that
// names one of ours ("Compétence", "Savoir", "Activité"...), and otherwise they count as
// competences, the only type that may nest under itself as CASE items do; their CASE type stays
// theirs, with its own label (node.case.CFItemType). A CASE type never makes a decision unit:
// an imported "Domain" or "Bloc" is not a domain or bloc of Certeval's deliberation rules, since
// an imported framework has none until a certifier sets them (issue 18). Once the tree is known,
// an item whose named type may not sit under its parent (ALLOWED_PARENTS) becomes a competence
// too, so a foreign tree always fits our rules; each such choice is reported as a warning.
import type { NodeType } from '../fileSchema.ts';
import { ALLOWED_PARENTS, type ParentType } from '../rules.ts';
import { type CaseProblem, caseMessages, caseProblem } from './caseProblems.ts';
import type { RawItem } from './readPackage.ts';
import { competenceKindNamed, nodeTypeNamed } from './vocabulary.ts';

/** A node before validation: its fields come from the package and are checked afterwards. */
export type NodeDraft = Record<string, unknown> & { type: unknown; code: string; label: string };

/** Types no CASE item takes by its name: decision units, and types needing structured fields. */
const NEVER_INFERRED: ReadonlySet<NodeType> = new Set([
  'domain',
  'bloc',
  'condition_of_realisation',
]);

/** Types a CASE item may take without our extension. */
function foreignType(item: RawItem): NodeType | undefined {
  const type = item.typeName === undefined ? undefined : nodeTypeNamed(item.typeName);
  return type === undefined || NEVER_INFERRED.has(type) ? undefined : type;
}

/** The model fields of a foreign item; its CASE fields (notes, abbreviatedStatement…) stay CASE's. */
export function foreignFields(item: RawItem, warnings: CaseProblem[]): Record<string, unknown> {
  const type = foreignType(item) ?? 'competence';
  if (type !== 'competence') return { type };
  const kind = item.conceptKeywords.map(competenceKindNamed).find((k) => k !== undefined);
  if (kind === undefined && foreignType(item) === 'competence') {
    warnings.push(
      caseProblem('assumed_competence_kind', item.path, caseMessages.assumedCompetenceKind()),
    );
  }
  return { type, kind: kind ?? 'know_how' };
}

/** One warning per unknown CFItemType, at its first item, with the number of items concerned. */
export function unknownTypeWarnings(items: RawItem[]): CaseProblem[] {
  const unknown = new Map<string, { path: string; count: number }>();
  for (const item of items) {
    if (item.certeval || foreignType(item)) continue;
    const name = item.typeName ?? '—';
    const seen = unknown.get(name);
    unknown.set(name, { path: seen?.path ?? item.path, count: (seen?.count ?? 0) + 1 });
  }
  return [...unknown].map(([name, { path, count }]) =>
    caseProblem('unknown_item_type', path, caseMessages.unknownItemType(name, count)),
  );
}

const COMPETENCE_FIELDS = { type: 'competence', kind: 'know_how' } as const;

function misplaced(nodes: NodeDraft[], parentOf: Array<number | undefined>, i: number): boolean {
  const parent = parentOf[i];
  const parentType = (parent === undefined ? 'root' : nodes[parent]?.type) as ParentType;
  return !ALLOWED_PARENTS[nodes[i]?.type as NodeType]?.includes(parentType);
}

/**
 * Turns foreign items whose type cannot stay where the tree puts them into competences: the
 * item itself, or its parent when the item is already a competence. Each change makes one more
 * competence, which may hold competences, so the loop ends. One warning per original type.
 */
export function placeForeignTypes(
  nodes: NodeDraft[],
  items: RawItem[],
  parentOf: Array<number | undefined>,
): { nodes: NodeDraft[]; warnings: CaseProblem[] } {
  const placed = [...nodes];
  const changed = new Map<string, { path: string; count: number }>();
  const foreign = (i: number | undefined) => i !== undefined && !items[i]?.certeval;
  for (let again = true; again; ) {
    again = false;
    placed.forEach((node, i) => {
      if (!foreign(i) || !misplaced(placed, parentOf, i)) return;
      const target = node.type === 'competence' ? parentOf[i] : i;
      const targetNode = target === undefined ? undefined : placed[target];
      if (target === undefined || !foreign(target) || targetNode?.type === 'competence') return;
      const type = String(targetNode?.type);
      const first = changed.get(type);
      const path = first?.path ?? items[target]?.path ?? '$';
      changed.set(type, { path, count: (first?.count ?? 0) + 1 });
      placed[target] = { ...targetNode, ...COMPETENCE_FIELDS } as NodeDraft;
      again = true;
    });
  }
  const warnings = [...changed].map(([type, { path, count }]) =>
    caseProblem('misplaced_item_type', path, caseMessages.misplacedItemType(type, count)),
  );
  return { nodes: placed, warnings };
}
