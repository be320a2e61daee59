// What the editor shows while changes are pending: the national version with the draft
// applied by the same pure function the server uses (core applyVariant), so the preview and
// the saved result cannot disagree. Problems are reported, never hidden.
import {
  NODE_TYPES,
  type NodeType,
  type ReferentialNode,
  type ReferentialVersion,
} from '@certeval/core/referential/fileSchema';
import { ALLOWED_PARENTS } from '@certeval/core/referential/rules';
import {
  applyVariant,
  type VariantChange,
  type VariantLine,
  type VariantProblem,
  type VariantResult,
} from '@certeval/core/referential/variant';
import { changeIndexOf } from './variantDraft.ts';

export type Preview = { lines: VariantLine[]; problems: VariantProblem[] };

/**
 * The lines of the draft and its problems. While some changes do not apply, the lines show
 * the others (dropped one round at a time: removing an addition can orphan the additions
 * placed under it).
 */
export function previewVariant(national: ReferentialVersion, draft: VariantChange[]): Preview {
  const first = applyVariant(national, draft);
  if (first.ok) return { lines: first.lines, problems: [] };
  let kept = draft;
  let result: VariantResult = first;
  while (!result.ok && kept.length > 0) {
    const wrong = new Set(result.problems.map((problem) => changeIndexOf(problem.path)));
    const next = kept.filter((_, index) => !wrong.has(index));
    // A problem that names no change would loop forever: show the national lines instead.
    kept = next.length < kept.length ? next : [];
    result = applyVariant(national, kept);
  }
  return { lines: result.ok ? result.lines : [], problems: first.problems };
}

/** A line differs from the national version (renamed, annotated, hidden or added). */
export function isModified(line: VariantLine): boolean {
  return line.status.some((status) => status !== 'national');
}

/** The item a line shows: the company's version where there is one. */
export function lineNode(line: VariantLine): ReferentialNode {
  const node = line.adapted ?? line.national;
  if (!node) throw new Error(`variant line ${line.code} carries no item`);
  return node;
}

/** The types an item may be added under a `parent` of this type (core's tree rules). */
export function childTypesUnder(parent: NodeType): NodeType[] {
  return NODE_TYPES.filter((type) => ALLOWED_PARENTS[type].includes(parent));
}
