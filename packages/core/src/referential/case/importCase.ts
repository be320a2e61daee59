// A CASE 1.0 or 1.1 package as a referential file with one version. Lenient where CASE
// packages differ (see readPackage.ts), strict where our model is: the result goes through
// validateReferential, so an imported file obeys the same rules as a hand-written one, and every
// problem points into the CASE package. Nothing of the package is lost without a warning
// naming it (issue 18): identifiers, URIs and CASE fields are kept (keptCase.ts) and written
// back by exportCase. Never throws on bad input.
import type { ReferentialFile } from '../fileSchema.ts';
import { validateReferential } from '../validate.ts';
import { buildLinks } from './buildLinks.ts';
import { buildNodes, type NodeDraft } from './buildNodes.ts';
import { buildTree, endResolver, type Tree } from './buildTree.ts';
import { type CaseProblem, caseMessages, caseProblem } from './caseProblems.ts';
import { placeForeignTypes } from './foreignItems.ts';
import {
  caseAssociation,
  caseDocument,
  caseFramework,
  caseItem,
  type Frame,
  keepsDocument,
  keepsItem,
} from './keptCase.ts';
import { inCase, type Origins } from './problemPaths.ts';
import { isObject, type RawDocument, type RawPackage, readPackage } from './readPackage.ts';
import { unstorable } from './storable.ts';
import { tally } from './tally.ts';

export type CaseImportResult =
  | { ok: true; file: ReferentialFile; warnings: CaseProblem[] }
  | { ok: false; problems: CaseProblem[] };

/** A slug for a certification id (^[a-z0-9]+(-[a-z0-9]+)*$) from a title or identifier. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** Certification and version fields: ours when exported by Certeval, plain defaults otherwise. */
function frame(document: RawDocument, warnings: CaseProblem[]) {
  const ours = document.certeval;
  if (ours?.format === 'certeval.referential' && isObject(ours.version)) {
    return { certification: ours.certification, version: ours.version };
  }
  const id = slug(document.title ?? '') || `case-${slug(document.identifier) || 'document'}`;
  warnings.push(
    caseProblem('assumed_certification', '$.CFDocument', caseMessages.assumedCertification(id)),
  );
  const certification = {
    id,
    kind: 'diploma',
    ...(document.title ? { title: { fr: document.title } } : {}),
    nsf: [],
    rome: [],
  };
  const source = document.officialSourceURL ?? document.uri ?? document.identifier;
  const version = {
    id: document.version ?? '1',
    status: 'draft',
    sources: [source],
    discrepancies: [],
  };
  return { certification, version };
}

function parsed(json: unknown): { value: unknown } | { problem: CaseProblem } {
  if (typeof json !== 'string') return { value: json };
  try {
    return { value: JSON.parse(json) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { problem: caseProblem('invalid_json', '$', caseMessages.invalidJson(detail)) };
  }
}

const frameOf = (framed: ReturnType<typeof frame>): Frame => ({
  certification: String((framed.certification as { id?: unknown })?.id ?? ''),
  version: String((framed.version as { id?: unknown })?.id ?? ''),
});

/** Each node with its parent's code and, when it has one of its own, its CASE identity. */
function placedNodes(pkg: RawPackage, nodes: NodeDraft[], tree: Tree, at: Frame): NodeDraft[] {
  return nodes.map((node, i) => {
    const parent = tree.parentOf[i];
    const item = pkg.items[i];
    const placed = parent === undefined ? node : { ...node, parent: nodes[parent]?.code };
    if (!item || !keepsItem(item, node.code, at)) return placed;
    return { ...placed, case: caseItem(item, node.code, tree.placing[i]) };
  });
}

/** A parsed CASE package (or its JSON text) as a referential file, with warnings, or problems. */
export function importCase(json: unknown): CaseImportResult {
  const input = parsed(json);
  if ('problem' in input) return { ok: false, problems: [input.problem] };
  const unfit = unstorable(input.value);
  if (unfit) return { ok: false, problems: [unfit] };
  const warnings: CaseProblem[] = [];
  const counted = tally();
  const { pkg, problems } = readPackage(input.value, warnings, counted);
  if (!pkg) return { ok: false, problems };
  const built = buildNodes(pkg.items, warnings, counted);
  if (built.problems.length > 0) return { ok: false, problems: built.problems };
  const resolve = endResolver(pkg);
  const tree = buildTree(pkg, resolve, warnings);
  const typed = placeForeignTypes(built.nodes, pkg.items, tree.parentOf);
  warnings.push(...typed.warnings);
  const framed = frame(pkg.document, warnings);
  const at = frameOf(framed);
  const drafts = placedNodes(pkg, typed.nodes, tree, at);
  const links = buildLinks(pkg.associations, resolve, drafts);
  const used = new Set([...tree.placing, ...links.map((l) => l.association)]);
  const kept = caseFramework({
    document: keepsDocument(pkg.document, at) ? caseDocument(pkg.document) : undefined,
    associations: pkg.associations
      .filter((association) => !used.has(association))
      .map((association) => caseAssociation(association, resolve, pkg)),
    pkg,
  });
  const candidate = {
    format: 'certeval.referential',
    formatVersion: 1,
    certification: framed.certification,
    versions: [
      {
        ...framed.version,
        nodes: tree.order.map((i) => drafts[i]),
        links: links.map((l) => l.link),
        ...(kept ? { case: kept } : {}),
      },
    ],
  };
  const origins: Origins = {
    nodes: tree.order.map((i) => pkg.items[i]?.path ?? '$.CFItems'),
    parents: tree.order.map((i) => tree.placedBy[i]),
    links: links.map((l) => l.path),
    ...(pkg.document.certeval ? { extension: '$.CFDocument.extensions.certeval' } : {}),
  };
  const result = validateReferential(candidate);
  if (!result.ok) return { ok: false, problems: inCase(origins, result.problems) };
  return { ok: true, file: result.value, warnings: [...counted.warnings(), ...warnings] };
}
