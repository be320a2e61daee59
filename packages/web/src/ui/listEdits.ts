// Editing a list by position, for what has no id of its own while it is edited (lines,
// prompts, levels, cards): a new list out, the given one untouched.

export function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
  return list.map((entry, i) => (i === index ? value : entry));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** `list` with the entry at `index` swapped with its neighbour; the same list at a boundary. */
export function moved<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  const copy = [...list];
  const [a, b] = [copy[index], copy[target]];
  if (index < 0 || a === undefined || b === undefined) return copy;
  copy[index] = b;
  copy[target] = a;
  return copy;
}
