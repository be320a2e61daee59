// The referential checks report paths into our model ($.versions[0].nodes[3].code); a person
// importing a CASE file needs them in the CASE package ($.CFItems[7].humanCodingScheme). Each
// node and link remembers where it came from, and this maps one path to the other.
import type { CaseProblem } from './caseProblems.ts';

export interface Origins {
  /** CFItems path of each node, in node order. */
  nodes: string[];
  /** Path of the isChildOf association placing each node, in node order. */
  parents: Array<string | undefined>;
  /** CFAssociations path of each link. */
  links: string[];
  /** Where the document's Certeval extension is, when the package has one. */
  extension?: string;
}

const ITEM_FIELDS: Record<string, string> = { code: 'humanCodingScheme', label: 'fullStatement' };

function nodePath(origins: Origins, index: number, rest: string): string {
  const item = origins.nodes[index] ?? '$.CFItems';
  const field = /^\.(\w+)/.exec(rest)?.[1];
  if (field === undefined) return item;
  if (field === 'parent') return origins.parents[index] ?? item;
  const caseField = ITEM_FIELDS[field];
  return caseField ? `${item}.${caseField}` : `${item}.extensions.certeval${rest}`;
}

/** The CASE path of a model path; the package root when nothing closer exists. */
export function casePath(origins: Origins, path: string): string {
  const node = /^\$\.versions\[0\]\.nodes\[(\d+)\](.*)$/.exec(path);
  if (node) return nodePath(origins, Number(node[1]), node[2] ?? '');
  const link = /^\$\.versions\[0\]\.links\[(\d+)\]/.exec(path);
  if (link) return origins.links[Number(link[1])] ?? '$.CFAssociations';
  const version = /^\$\.versions\[0\](.*)$/.exec(path);
  if (version && origins.extension) return `${origins.extension}.version${version[1] ?? ''}`;
  if (path.startsWith('$.certification') && origins.extension) {
    return `${origins.extension}${path.slice(1)}`;
  }
  return '$.CFDocument';
}

export function inCase(origins: Origins, problems: CaseProblem[]): CaseProblem[] {
  return problems.map((problem) => ({ ...problem, path: casePath(origins, problem.path) }));
}
