// Removing a person's identity from data kept without it (issue 19 item 5): the audit trail
// keeps who did what and when, but not the names, addresses and identity values it recorded.
// Every text holding one of the person's identity values (case-insensitive) has it replaced;
// keys, numbers, booleans and the shape stay, so the record still reads as what it was.

/** What replaces an identity value. */
export const ERASED_TEXT = '[effacé]';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The identity values worth looking for: at least two characters, longest first. */
function patternOf(identity: readonly string[]): RegExp | undefined {
  const values = [...new Set(identity.map((v) => v.trim()).filter((v) => v.length >= 2))];
  if (values.length === 0) return undefined;
  values.sort((a, b) => b.length - a.length);
  return new RegExp(values.map(escaped).join('|'), 'giu');
}

function scrubWith(value: unknown, pattern: RegExp): unknown {
  if (typeof value === 'string') return value.replace(pattern, ERASED_TEXT);
  if (Array.isArray(value)) return value.map((v) => scrubWith(v, pattern));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, scrubWith(v, pattern)]),
    );
  return value;
}

/** `value` with every occurrence of the identity values in its texts replaced. */
export function scrubIdentity<T>(value: T, identity: readonly string[]): T {
  const pattern = patternOf(identity);
  return pattern ? (scrubWith(value, pattern) as T) : value;
}

/** Whether any text of `value` still holds one of the identity values. */
export function holdsIdentity(value: unknown, identity: readonly string[]): boolean {
  const pattern = patternOf(identity);
  if (!pattern) return false;
  const texts: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') texts.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return texts.some((text) => new RegExp(pattern.source, 'iu').test(text));
}
