// Checks of one version's tree: unique codes, known parents of an allowed type, no cycle,
// and the fields each node type needs or may not carry.
import type { ReferentialNode, ReferentialVersion } from './fileSchema.ts';
import { messages, type Problem, problem } from './problems.ts';
import { ALLOWED_PARENTS, TYPED_FIELDS } from './rules.ts';

export interface IndexedNode {
  node: ReferentialNode;
  path: string;
}

/** Nodes by code (first occurrence wins) and a duplicate_code problem for each repeat. */
export function indexNodes(
  version: ReferentialVersion,
  base: string,
): { index: Map<string, IndexedNode>; problems: Problem[] } {
  const index = new Map<string, IndexedNode>();
  const problems: Problem[] = [];
  version.nodes.forEach((node, i) => {
    const path = `${base}.nodes[${i}]`;
    const first = index.get(node.code);
    if (first) {
      problems.push(
        problem('duplicate_code', `${path}.code`, messages.duplicateCode(node.code, first.path)),
      );
    } else {
      index.set(node.code, { node, path });
    }
  });
  return { index, problems };
}

function parentProblems(
  index: Map<string, IndexedNode>,
  version: ReferentialVersion,
  base: string,
) {
  return version.nodes.flatMap((node, i): Problem[] => {
    const path = `${base}.nodes[${i}].parent`;
    if (node.parent === undefined) {
      return ALLOWED_PARENTS[node.type].includes('root')
        ? []
        : [problem('invalid_parent_type', path, messages.invalidParentType(node.type, 'root'))];
    }
    const parent = index.get(node.parent);
    if (!parent) return [problem('unknown_parent', path, messages.unknownParent(node.parent))];
    return ALLOWED_PARENTS[node.type].includes(parent.node.type)
      ? []
      : [
          problem(
            'invalid_parent_type',
            path,
            messages.invalidParentType(node.type, parent.node.type),
          ),
        ];
  });
}

/** Follows parent links from every node; reports each cycle once, at its first node. */
function cycleProblems(index: Map<string, IndexedNode>): Problem[] {
  const done = new Set<string>();
  const problems: Problem[] = [];
  for (const start of index.keys()) {
    const chain: string[] = [];
    let code: string | undefined = start;
    while (code !== undefined && index.has(code) && !done.has(code) && !chain.includes(code)) {
      chain.push(code);
      code = index.get(code)?.node.parent;
    }
    if (code !== undefined && chain.includes(code)) {
      const cycle = chain.slice(chain.indexOf(code));
      const first = index.get(cycle[0] ?? '');
      problems.push(
        problem('tree_cycle', `${first?.path}.parent`, messages.treeCycle([...cycle, code])),
      );
    }
    for (const c of chain) done.add(c);
  }
  return problems;
}

function fieldProblems(version: ReferentialVersion, base: string): Problem[] {
  return version.nodes.flatMap((node, i) =>
    TYPED_FIELDS.flatMap(({ field, types, required }): Problem[] => {
      const path = `${base}.nodes[${i}].${field}`;
      const present = node[field] !== undefined;
      if (types.includes(node.type)) {
        return required && !present
          ? [problem('missing_field', path, messages.missingField(field, node.type))]
          : [];
      }
      return present
        ? [problem('field_not_allowed', path, messages.fieldNotAllowed(field, node.type))]
        : [];
    }),
  );
}

export function treeProblems(
  version: ReferentialVersion,
  index: Map<string, IndexedNode>,
  base: string,
): Problem[] {
  return [
    ...parentProblems(index, version, base),
    ...cycleProblems(index),
    ...fieldProblems(version, base),
  ];
}
