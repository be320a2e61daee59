// The CASE 1.1 service (issue 18, item 2): a published version's CFPackage, as exportCase writes
// it on the product's public address and dated by the version's publication, and the objects
// the REST binding answers from it (core's serviceViews). A published version never changes,
// so each package is built once and kept (the few most recently asked): a 703-item framework
// is served without being rebuilt.
import {
  associationView,
  type CaseObjectKind,
  type Certification,
  type CfPackage,
  definitionSetView,
  definitionView,
  documentView,
  exportCase,
  exportCaseDocument,
  itemAssociationsView,
  itemView,
  type ReferentialVersion,
  rubricView,
} from '@certeval/core';
import type { Context } from '../../platform/context.ts';
import * as store from './store.ts';

const KEPT = 16;

interface Built {
  pkg: CfPackage;
  /** The package as JSON text, made on the first CFPackages request. */
  json?: string;
}

const caches = new WeakMap<Context, Map<string, Built>>();

const fileOf = (certification: unknown, version: unknown) => ({
  format: 'certeval.referential' as const,
  formatVersion: 1 as const,
  certification: certification as Certification,
  versions: [version as ReferentialVersion],
});

function remembered(ctx: Context, key: string, build: () => Promise<Built | undefined>) {
  const cache = caches.get(ctx) ?? new Map<string, Built>();
  caches.set(ctx, cache);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return Promise.resolve(hit);
  }
  return build().then((built) => {
    if (!built) return undefined;
    cache.set(key, built);
    const oldest = cache.keys().next().value;
    if (cache.size > KEPT && oldest !== undefined) cache.delete(oldest);
    return built;
  });
}

/** The package of the published version holding `identifier` as `kind`. */
async function publishedPackage(ctx: Context, kind: CaseObjectKind, identifier: string) {
  const db = ctx.database.db;
  const found = await store.publishedVersionWith(db, kind, identifier);
  if (!found?.publishedAt) return undefined;
  const publishedAt = found.publishedAt;
  const key = `${found.id} ${found.certificationChangedAt.toISOString()}`;
  return remembered(ctx, key, async () => {
    const row = await store.versionWithCertification(db, found.id);
    if (!row) return undefined;
    const version = row.document as ReferentialVersion;
    const pkg = exportCase(fileOf(row.certification, version), version.id, {
      publicUrl: ctx.config.publicUrl,
      changedAt: publishedAt,
    });
    return { pkg };
  });
}

type View = (pkg: CfPackage, identifier: string, publicUrl: string) => unknown;

/** The collections of the REST binding that answer one object, and what each answers. */
export const CASE_ENDPOINTS: Record<string, { kind: CaseObjectKind; view: View; summary: string }> =
  {
    CFDocuments: {
      kind: 'CFDocument',
      view: (pkg, _id, url) => documentView(pkg.CFDocument, url),
      summary: 'A published framework’s CFDocument.',
    },
    CFItems: { kind: 'CFItem', view: itemView, summary: 'A CFItem with its CFDocument.' },
    CFAssociations: {
      kind: 'CFAssociation',
      view: associationView,
      summary: 'A CFAssociation with its CFDocument.',
    },
    CFItemAssociations: {
      kind: 'CFItem',
      view: itemAssociationsView,
      summary: 'A CFItem and every association with it at one end.',
    },
    CFItemTypes: {
      kind: 'CFItemType',
      view: (pkg, id) => definitionSetView(pkg, 'CFItemTypes', id),
      summary: 'A CFItemType and its descendants by hierarchyCode.',
    },
    CFConcepts: {
      kind: 'CFConcept',
      view: (pkg, id) => definitionSetView(pkg, 'CFConcepts', id),
      summary: 'A CFConcept and its descendants by hierarchyCode.',
    },
    CFSubjects: {
      kind: 'CFSubject',
      view: (pkg, id) => definitionSetView(pkg, 'CFSubjects', id),
      summary: 'A CFSubject and its descendants by hierarchyCode.',
    },
    CFLicenses: {
      kind: 'CFLicense',
      view: (pkg, id) => definitionView(pkg, 'CFLicenses', id),
      summary: 'A CFLicense.',
    },
    CFAssociationGroupings: {
      kind: 'CFAssociationGrouping',
      view: (pkg, id) => definitionView(pkg, 'CFAssociationGroupings', id),
      summary: 'A CFAssociationGrouping.',
    },
    CFRubrics: { kind: 'CFRubric', view: rubricView, summary: 'A CFRubric.' },
  };

/** The object a collection answers for `identifier`, as JSON text, or undefined if unknown. */
export async function caseObject(ctx: Context, collection: string, identifier: string) {
  const endpoint = CASE_ENDPOINTS[collection];
  if (!endpoint) return undefined;
  const built = await publishedPackage(ctx, endpoint.kind, identifier);
  const view = built && endpoint.view(built.pkg, identifier, ctx.config.publicUrl);
  return view === undefined ? undefined : JSON.stringify(view);
}

/** The whole CFPackage of a published framework, as JSON text. */
export async function casePackage(ctx: Context, identifier: string) {
  const built = await publishedPackage(ctx, 'CFDocument', identifier);
  if (!built) return undefined;
  built.json ??= JSON.stringify(built.pkg);
  return built.json;
}

/** Every published framework's CFDocument, a page at a time, and how many there are. */
export async function caseDocuments(ctx: Context, page: { limit: number; offset: number }) {
  const db = ctx.database.db;
  const [rows, total] = await Promise.all([
    store.publishedDocuments(db, page),
    store.publishedDocumentCount(db),
  ]);
  const CFDocuments = rows.flatMap((row) => {
    if (!row.publishedAt) return [];
    const version = { ...(row.version as ReferentialVersion), nodes: [], links: [] };
    const document = exportCaseDocument(fileOf(row.certification, version), version.id, {
      publicUrl: ctx.config.publicUrl,
      changedAt: row.publishedAt,
    });
    return [documentView(document, ctx.config.publicUrl)];
  });
  return { json: JSON.stringify({ CFDocuments }), total };
}
