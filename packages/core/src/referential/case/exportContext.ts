// What every part of one CASE export shares: the version, the product's public address (every
// URI is built by caseUri, so that it resolves on the CASE service), the date written as
// lastChangeDateTime (the version's publication), and the CASE identity of each node: its own
// when it was imported with one, derived from certification, version and code otherwise.
import type { ReferentialFile, ReferentialVersion } from '../fileSchema.ts';
import type { LinkUri } from './caseTypes.ts';
import { type CaseCollection, caseUri } from './caseUri.ts';
import { derivedIdentifier } from './identity.ts';

export interface ExportOptions {
  /** The product's public address (CERTEVAL_PUBLIC_URL), e.g. https://certeval.example */
  publicUrl: string;
  /** When the version last changed: its publication, or its last save for a draft. */
  changedAt: Date;
}

export interface Context {
  file: ReferentialFile;
  version: ReferentialVersion;
  versionId: string;
  publicUrl: string;
  stamp: string;
  /** Identifiers already derived: each item is named by its CFItem and by every association. */
  ids: Map<string, string>;
  /** The CASE identity of each node of the version, by code. */
  nodes: Map<string, LinkUri>;
  /** The same, by identifier. */
  byIdentifier: Map<string, LinkUri>;
}

export function cachedUuid(ctx: Context, ...parts: string[]): string {
  const key = JSON.stringify(parts);
  let id = ctx.ids.get(key);
  if (id === undefined) {
    id = derivedIdentifier(...parts);
    ctx.ids.set(key, id);
  }
  return id;
}

export function linkUri(
  ctx: Context,
  collection: CaseCollection,
  identifier: string,
  title: string,
): LinkUri {
  return { title, identifier, uri: caseUri(ctx.publicUrl, collection, identifier) };
}

/** A node of this version (its own identity if it has one), or of another version (derived). */
export function itemUri(ctx: Context, code: string, versionId = ctx.versionId): LinkUri {
  const own = versionId === ctx.versionId ? ctx.nodes.get(code) : undefined;
  if (own) return own;
  const identifier = cachedUuid(ctx, 'item', ctx.file.certification.id, versionId, code);
  return linkUri(ctx, 'CFItems', identifier, code);
}

/** Drops undefined values so that the JSON has no empty keys and compares cleanly. */
export function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function exportContext(
  file: ReferentialFile,
  version: ReferentialVersion,
  options: ExportOptions,
): Context {
  const ctx: Context = {
    file,
    version,
    versionId: version.id,
    publicUrl: options.publicUrl,
    stamp: options.changedAt.toISOString(),
    ids: new Map(),
    nodes: new Map(),
    byIdentifier: new Map(),
  };
  for (const node of version.nodes) {
    const identifier =
      node.case?.identifier ??
      cachedUuid(ctx, 'item', file.certification.id, version.id, node.code);
    const uri = node.case?.uri ?? caseUri(ctx.publicUrl, 'CFItems', identifier);
    const link = { title: node.code, identifier, uri };
    ctx.nodes.set(node.code, link);
    ctx.byIdentifier.set(identifier, link);
  }
  return ctx;
}
