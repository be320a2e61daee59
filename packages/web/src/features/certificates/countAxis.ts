// Issue 16, item 8: a chart of counts read "0 1 2 3 4" on its axis for a count of 1. Its axis
// now goes in whole steps just up to the highest count: 0 and 1 for one document, about five
// steps for larger counts.
const MAX_STEPS = 5;

export type CountAxis = { ticks: number[]; domain: [number, number] };

/** The ticks of a count axis whose bars reach at most `highest`. */
export function countAxis(highest: number): CountAxis {
  const top = Math.max(1, Math.ceil(highest));
  const step = Math.max(1, Math.ceil(top / MAX_STEPS));
  const ticks: number[] = [];
  for (let tick = 0; tick < top + step; tick += step) ticks.push(tick);
  const last = ticks[ticks.length - 1] ?? top;
  return { ticks, domain: [0, last] };
}

/** The highest value among the rows' series (bars side by side). */
export function highestValue(rows: Array<Record<string, unknown>>, keys: string[]): number {
  let highest = 0;
  for (const row of rows)
    for (const key of keys) {
      const value = row[key];
      if (typeof value === 'number' && value > highest) highest = value;
    }
  return highest;
}
