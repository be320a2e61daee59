// Where a re-imported CASE package goes (issue 18, item 1): the same CFDocument is the same
// framework, so its package updates the referential that already holds it instead of making
// another. Content equal to a stored version (whatever its key and status) changes nothing; a
// framework whose latest version is a draft gets that draft updated; otherwise the package
// becomes a new version, under the key it names if free, else the next one.
import type { ReferentialVersion } from '../fileSchema.ts';

export interface StoredVersion {
  key: string;
  status: string;
  document: unknown;
}

/** Deep equality of JSON values, whatever the order of object keys (jsonb reorders them). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const [ka, kb] = [Object.keys(a), Object.keys(b)];
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((key) => Object.hasOwn(rb, key) && sameJson(ra[key], rb[key]));
}

const content = (document: unknown) => {
  const { id: _id, status: _status, ...rest } = (document ?? {}) as Record<string, unknown>;
  return rest;
};

/** `wanted` if free; a number after the highest numbered key; else "wanted-2", "wanted-3"… */
export function nextVersionKey(keys: readonly string[], wanted: string): string {
  if (!keys.includes(wanted)) return wanted;
  if (/^\d+$/.test(wanted)) {
    const numbers = keys.filter((key) => /^\d+$/.test(key)).map(Number);
    return String(Math.max(...numbers) + 1);
  }
  for (let n = 2; ; n++) if (!keys.includes(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

/** The key and status the incoming version takes among the stored ones (oldest first). */
export function placeVersion(
  stored: readonly StoredVersion[],
  incoming: ReferentialVersion,
): { id: string; status: ReferentialVersion['status'] } {
  const same = stored.find((version) => sameJson(content(version.document), content(incoming)));
  if (same) return { id: same.key, status: same.status as ReferentialVersion['status'] };
  const latest = stored.at(-1);
  if (latest?.status === 'draft') return { id: latest.key, status: 'draft' };
  const keys = stored.map((version) => version.key);
  return { id: nextVersionKey(keys, incoming.id), status: incoming.status };
}
