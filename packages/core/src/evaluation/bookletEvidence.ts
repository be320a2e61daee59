// Which answers of a VAE booklet support which lines of the jury's grid (issue 16, item 4), so
// that a jury member reads the evidence next to the line they score. The booklet's questions
// and the grid's lines each say what they evaluate in the referential (missions, activities,
// competences: `evaluates`); an answer supports a line when one thing it evaluates is one the
// line evaluates, or lies inside it (the activity M2A1 inside the mission M2), or contains it
// (the mission M4 contains the activity M4A3). Seed 001 gives the VAE route a booklet and an
// interview with the jury; seed 002 gives the jury's lines; the tags are the files' own.
import type { Instrument } from '../instruments/index.ts';

/** What an item evaluates, by code. */
export interface EvaluatingItem {
  id: string;
  evaluates?: readonly string[];
}

/** The referential's tree, by code: each node's parent. */
export interface TreeNode {
  code: string;
  parent?: string;
}

export interface BookletEvidence {
  /** Booklet question id → ids of the grid lines its answer supports, in the grid's order. */
  linesOfAnswer: Record<string, string[]>;
  /** Grid line id → ids of the booklet questions whose answers support it, in the booklet's order. */
  answersOfLine: Record<string, string[]>;
}

/** Every item of an instrument, in order, with what it evaluates. */
export function evaluatingItems(instrument: Pick<Instrument, 'sections'>): EvaluatingItem[] {
  return instrument.sections.flatMap((section) =>
    section.items.map((item) => ({
      id: item.id,
      evaluates: 'evaluates' in item ? (item.evaluates as readonly string[] | undefined) : [],
    })),
  );
}

/** A code and every node above it in the tree (cycles, which a valid file has none of, stop). */
function lineage(code: string, parents: ReadonlyMap<string, string>): Set<string> {
  const found = new Set([code]);
  for (let at = parents.get(code); at !== undefined && !found.has(at); at = parents.get(at))
    found.add(at);
  return found;
}

/** Whether a code of one side equals, lies inside or contains a code of the other. */
function related(a: string, b: string, parents: ReadonlyMap<string, string>): boolean {
  return lineage(a, parents).has(b) || lineage(b, parents).has(a);
}

/** The links between a booklet's answers and a grid's lines, both ways. */
export function bookletEvidence(
  booklet: readonly EvaluatingItem[],
  grid: readonly EvaluatingItem[],
  nodes: readonly TreeNode[],
): BookletEvidence {
  const parents = new Map(
    nodes.flatMap((node) => (node.parent ? [[node.code, node.parent] as const] : [])),
  );
  const supports = (answer: EvaluatingItem, line: EvaluatingItem) =>
    (answer.evaluates ?? []).some((a) =>
      (line.evaluates ?? []).some((b) => related(a, b, parents)),
    );
  const linesOfAnswer: Record<string, string[]> = {};
  const answersOfLine: Record<string, string[]> = {};
  for (const answer of booklet) {
    const lines = grid.filter((line) => supports(answer, line)).map((line) => line.id);
    if (lines.length > 0) linesOfAnswer[answer.id] = lines;
  }
  for (const line of grid) {
    const answers = booklet.filter((answer) => supports(answer, line)).map((a) => a.id);
    if (answers.length > 0) answersOfLine[line.id] = answers;
  }
  return { linesOfAnswer, answersOfLine };
}
