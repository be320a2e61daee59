// Company adaptation of a national referential (seed 000, slide 3: "adaptation des
// référentiels emploi et compétences à l'entreprise"). A variant is a list of changes over a
// published national version: rename, annotate, hide, or add an item. Every change points to
// the national item it adapts; the national version itself is never modified.
import { type Static, Type } from 'typebox';
import { Code, NODE_TYPES, type ReferentialNode, type ReferentialVersion } from './fileSchema.ts';
import type { Message } from './problems.ts';
import { ALLOWED_PARENTS } from './rules.ts';

const Text = Type.String({ minLength: 1, maxLength: 2000 });

export const VariantChangeSchema = Type.Union([
  Type.Object(
    { kind: Type.Literal('rename'), code: Code, label: Text },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('annotate'), code: Code, note: Text },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('hide'), code: Code, reason: Type.Optional(Text) },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      kind: Type.Literal('add'),
      code: Code,
      type: Type.Enum(NODE_TYPES),
      /** The national (or earlier added) item it sits under: what it adapts. */
      parent: Code,
      label: Text,
    },
    { additionalProperties: false },
  ),
]);
export const VariantChangesSchema = Type.Array(VariantChangeSchema, { maxItems: 5000 });

export type VariantChange = Static<typeof VariantChangeSchema>;

export type VariantLineStatus = 'national' | 'renamed' | 'annotated' | 'hidden' | 'added';

export interface VariantLine {
  code: string;
  depth: number;
  status: VariantLineStatus[];
  national?: ReferentialNode;
  adapted?: ReferentialNode;
  /** For an item hidden because an ancestor is: that ancestor's code. */
  hiddenWith?: string;
}

export interface VariantProblem {
  code:
    | 'unknown_national_item'
    | 'duplicate_change'
    | 'code_taken'
    | 'unknown_parent'
    | 'invalid_parent_type'
    | 'hidden_parent';
  path: string;
  message: Message;
}

export type VariantResult =
  | { ok: true; version: ReferentialVersion; lines: VariantLine[] }
  | { ok: false; problems: VariantProblem[] };

const say = {
  unknown: (c: string): Message => ({
    fr: `« ${c} » n'est pas un élément du référentiel national.`,
    en: `"${c}" is not an item of the national referential.`,
  }),
  duplicate: (kind: string, c: string): Message => ({
    fr: `« ${c} » a déjà une modification de type « ${kind} ».`,
    en: `"${c}" already has a "${kind}" change.`,
  }),
  taken: (c: string): Message => ({
    fr: `Le code « ${c} » est déjà utilisé : choisissez-en un autre pour l'élément ajouté.`,
    en: `Code "${c}" is already used: choose another one for the added item.`,
  }),
  parent: (c: string): Message => ({
    fr: `Le parent « ${c} » n'existe ni dans le référentiel national ni parmi les ajouts précédents.`,
    en: `Parent "${c}" exists neither in the national referential nor among earlier additions.`,
  }),
  parentType: (type: string, parentType: string): Message => ({
    fr: `Un élément de type « ${type} » ne peut pas être placé sous un « ${parentType} ».`,
    en: `A "${type}" item cannot be placed under a "${parentType}".`,
  }),
  hiddenParent: (c: string): Message => ({
    fr: `« ${c} » est masqué dans cette adaptation : on ne peut rien y ajouter.`,
    en: `"${c}" is hidden in this adaptation: nothing can be added under it.`,
  }),
};

function checkChanges(national: ReferentialVersion, changes: VariantChange[]): VariantProblem[] {
  const byCode = new Map(national.nodes.map((n) => [n.code, n]));
  const hidden = new Set(changes.flatMap((c) => (c.kind === 'hide' ? [c.code] : [])));
  const seen = new Set<string>();
  const problems: VariantProblem[] = [];
  changes.forEach((change, i) => {
    const at = (field: string) => `$.changes[${i}].${field}`;
    if (change.kind !== 'add') {
      if (!byCode.has(change.code))
        problems.push({
          code: 'unknown_national_item',
          path: at('code'),
          message: say.unknown(change.code),
        });
      const key = `${change.kind}:${change.code}`;
      if (seen.has(key))
        problems.push({
          code: 'duplicate_change',
          path: at('code'),
          message: say.duplicate(change.kind, change.code),
        });
      seen.add(key);
      return;
    }
    if (byCode.has(change.code)) {
      problems.push({ code: 'code_taken', path: at('code'), message: say.taken(change.code) });
      return;
    }
    const parent = byCode.get(change.parent);
    if (!parent)
      problems.push({
        code: 'unknown_parent',
        path: at('parent'),
        message: say.parent(change.parent),
      });
    else if (!ALLOWED_PARENTS[change.type].includes(parent.type)) {
      problems.push({
        code: 'invalid_parent_type',
        path: at('type'),
        message: say.parentType(change.type, parent.type),
      });
    } else if (hidden.has(parent.code)) {
      problems.push({
        code: 'hidden_parent',
        path: at('parent'),
        message: say.hiddenParent(parent.code),
      });
    }
    byCode.set(change.code, { type: change.type, code: change.code, label: change.label });
  });
  return problems;
}

function adaptNode(
  node: ReferentialNode,
  changes: VariantChange[],
): { node: ReferentialNode; status: VariantLineStatus[] } {
  let adapted = node;
  const status: VariantLineStatus[] = [];
  for (const change of changes) {
    if (change.kind === 'rename') {
      adapted = { ...adapted, label: change.label };
      status.push('renamed');
    } else if (change.kind === 'annotate') {
      adapted = { ...adapted, notes: [...(adapted.notes ?? []), change.note] };
      status.push('annotated');
    }
  }
  return { node: adapted, status: status.length > 0 ? status : ['national'] };
}

/** The company's view of the national version, and one line per item saying how it differs. */
export function applyVariant(
  national: ReferentialVersion,
  changes: VariantChange[],
): VariantResult {
  const problems = checkChanges(national, changes);
  if (problems.length > 0) return { ok: false, problems };
  const added = changes.flatMap((c) =>
    c.kind === 'add'
      ? [{ type: c.type, code: c.code, parent: c.parent, label: c.label } as ReferentialNode]
      : [],
  );
  const all = [...national.nodes, ...added];
  const children = new Map<string | undefined, ReferentialNode[]>();
  for (const node of all) children.set(node.parent, [...(children.get(node.parent) ?? []), node]);
  const hiddenCodes = new Set(changes.flatMap((c) => (c.kind === 'hide' ? [c.code] : [])));
  const addedCodes = new Set(added.map((n) => n.code));
  const lines: VariantLine[] = [];
  const kept: ReferentialNode[] = [];
  const visit = (node: ReferentialNode, depth: number, hiddenWith: string | undefined) => {
    const own = changes.filter((c) => c.code === node.code && c.kind !== 'add');
    const hiddenBy = hiddenWith ?? (hiddenCodes.has(node.code) ? node.code : undefined);
    if (addedCodes.has(node.code)) {
      lines.push({ code: node.code, depth, status: ['added'], adapted: node });
      kept.push(node);
    } else if (hiddenBy) {
      lines.push({
        code: node.code,
        depth,
        status: ['hidden'],
        national: node,
        ...(hiddenBy !== node.code ? { hiddenWith: hiddenBy } : {}),
      });
    } else {
      const { node: adapted, status } = adaptNode(node, own);
      lines.push({ code: node.code, depth, status, national: node, adapted });
      kept.push(adapted);
    }
    for (const child of children.get(node.code) ?? []) visit(child, depth + 1, hiddenBy);
  };
  for (const root of children.get(undefined) ?? []) visit(root, 0, undefined);
  const keptCodes = new Set(kept.map((n) => n.code));
  const links = national.links.filter(
    (l) => keptCodes.has(l.from) && (l.toVersion !== undefined || keptCodes.has(l.to)),
  );
  return { ok: true, version: { ...national, status: 'draft', nodes: kept, links }, lines };
}
