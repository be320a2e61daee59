// The positioning page's model (issue 5, item 4), pure: competences grouped by domain in the
// referential's order, and the training plan being edited — the stored one, else the plan the
// positioning suggests (saved with revision 0, which creates it).
import type { CompetencePosition } from '@certeval/core/candidates/positioning';
import type { PlanEntry, PositioningResult } from './candidatesApi.ts';

export type DomainGroup = {
  domain: string | undefined;
  label: string | undefined;
  competences: CompetencePosition[];
};

/** By domain, in the order the referential lists its domains; competences without one last. */
export function groupByDomain(
  competences: readonly CompetencePosition[],
  domains: ReadonlyArray<{ code: string; label: string }>,
): DomainGroup[] {
  const order = (code: string | undefined) => {
    const k = domains.findIndex((d) => d.code === code);
    return k < 0 ? domains.length : k;
  };
  const groups = new Map<string | undefined, CompetencePosition[]>();
  for (const c of competences) groups.set(c.domain, [...(groups.get(c.domain) ?? []), c]);
  return [...groups.entries()]
    .sort(([a], [b]) => order(a) - order(b) || String(a).localeCompare(String(b)))
    .map(([domain, list]) => ({
      domain,
      label: domains.find((d) => d.code === domain)?.label,
      competences: [...list].sort((x, y) =>
        x.competence.localeCompare(y.competence, 'fr', { numeric: true }),
      ),
    }));
}

export type PlanBasis = { entries: PlanEntry[]; revision: number; suggested: boolean };

export function planBasis(result: PositioningResult): PlanBasis {
  if (result.plan)
    return { entries: result.plan.entries, revision: result.plan.revision, suggested: false };
  return { entries: result.positioning?.plan ?? [], revision: 0, suggested: true };
}

export function updateEntry(
  entries: readonly PlanEntry[],
  index: number,
  patch: Partial<Pick<PlanEntry, 'modality' | 'hours' | 'note' | 'priority'>>,
): PlanEntry[] {
  return entries.map((entry, k) => {
    if (k !== index) return entry;
    const next: PlanEntry = { ...entry, ...patch };
    // The API takes no empty note and no missing number: such fields are left out.
    if (next.note !== undefined && next.note.trim() === '') delete next.note;
    if (next.hours === undefined || Number.isNaN(next.hours)) delete next.hours;
    return next;
  });
}

export function removeEntry(entries: readonly PlanEntry[], index: number): PlanEntry[] {
  return entries.filter((_, k) => k !== index);
}

/** Whether the plan differs from the one it was opened on (or is a suggestion never saved). */
export function planChanged(basis: PlanBasis, entries: readonly PlanEntry[]): boolean {
  return basis.suggested || JSON.stringify(basis.entries) !== JSON.stringify(entries);
}

/** The plan's total of hours, counting the entries that have some. */
export function totalHours(entries: readonly PlanEntry[]): number {
  return entries.reduce((sum, e) => sum + (e.hours ?? 0), 0);
}

/**
 * How far a competence is from its required level, on a scale of four steps the page colours
 * and explains in its legend: reached, within 20 points, within 50 points, further.
 */
export type GapBand = 'reached' | 'close' | 'far' | 'veryFar';
export const GAP_BANDS: readonly GapBand[] = ['reached', 'close', 'far', 'veryFar'];
export const GAP_COLOURS: Record<GapBand, string> = {
  reached: 'green',
  close: 'yellow',
  far: 'orange',
  veryFar: 'red',
};

export function gapBand(gap: number): GapBand {
  if (gap <= 0) return 'reached';
  if (gap <= 20) return 'close';
  if (gap <= 50) return 'far';
  return 'veryFar';
}
