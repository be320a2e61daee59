// A CASE 1.0 or 1.1 package as a referential file with one version. Lenient where CASE
// packages differ (see readPackage.ts), strict where our model is: the result goes through
// validateReferential, so an imported file obeys the same rules as a hand-written one, and every
// problem points into the CASE package. Never throws on bad input.
import type { ReferentialFile } from '../fileSchema.ts';
import { validateReferential } from '../validate.ts';
import { buildLinks } from './buildLinks.ts';
import { buildNodes, type NodeDraft } from './buildNodes.ts';
import { buildTree, endResolver } from './buildTree.ts';
import { type CaseProblem, caseMessages, caseProblem } from './caseProblems.ts';
import { placeForeignTypes } from './foreignItems.ts';
import { inCase, type Origins } from './problemPaths.ts';
import { isObject, type RawDocument, readPackage } from './readPackage.ts';

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

/** A parsed CASE package (or its JSON text) as a referential file, with warnings, or problems. */
export function importCase(json: unknown): CaseImportResult {
  const input = parsed(json);
  if ('problem' in input) return { ok: false, problems: [input.problem] };
  const warnings: CaseProblem[] = [];
  const { pkg, problems } = readPackage(input.value, warnings);
  if (!pkg) return { ok: false, problems };
  const built = buildNodes(pkg.items, warnings);
  if (built.problems.length > 0) return { ok: false, problems: built.problems };
  const resolve = endResolver(pkg);
  const tree = buildTree(pkg, resolve, warnings);
  const typed = placeForeignTypes(built.nodes, pkg.items, tree.parentOf);
  warnings.push(...typed.warnings);
  const drafts: NodeDraft[] = typed.nodes.map((node, i) => {
    const parent = tree.parentOf[i];
    return parent === undefined ? node : { ...node, parent: typed.nodes[parent]?.code };
  });
  const links = buildLinks(pkg.associations, resolve, drafts, warnings);
  const { certification, version } = frame(pkg.document, warnings);
  const candidate = {
    format: 'certeval.referential',
    formatVersion: 1,
    certification,
    versions: [
      { ...version, nodes: tree.order.map((i) => drafts[i]), links: links.map((l) => l.link) },
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
  return { ok: true, file: result.value, warnings };
}
