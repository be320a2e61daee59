// How far a grid is filled, per domain and overall ("12 sur 25 renseignés"): an item counts
// once it has a value, or is marked « non évalué » with its reason, as the server counts it
// when the evaluation is submitted (issue 16, item 4).
import type { Instrument } from '@certeval/core/instruments/schema';
import { type EvaluationDraft, unratedItems } from './evaluationDraft.ts';

export type Progress = { filled: number; total: number };
export type GridProgress = {
  overall: Progress;
  /** In the order the domains first appear in the instrument; none when no item has one. */
  domains: Array<Progress & { domain: string }>;
};

export function gridProgress(instrument: Instrument, draft: EvaluationDraft): GridProgress {
  const unrated = new Set(unratedItems(instrument, draft));
  const domains = new Map<string, Progress>();
  const overall: Progress = { filled: 0, total: 0 };
  for (const section of instrument.sections)
    for (const item of section.items) {
      const filled = unrated.has(item.id) ? 0 : 1;
      overall.total += 1;
      overall.filled += filled;
      const domain = item.domain ?? section.domain;
      if (domain === undefined) continue;
      const counted = domains.get(domain) ?? { filled: 0, total: 0 };
      domains.set(domain, { filled: counted.filled + filled, total: counted.total + 1 });
    }
  return { overall, domains: [...domains].map(([domain, p]) => ({ domain, ...p })) };
}

export type Typed = { value: number | null } | { outOfRange: true } | { notANumber: true };

/**
 * A value typed in a grid, read as it was typed (a comma is a decimal separator in French):
 * out of 0..max it is refused, never clamped nor made positive (150, −5).
 */
export function typedValue(text: string, max: number): Typed {
  const trimmed = text.trim().replace(',', '.').replace('−', '-');
  if (trimmed === '') return { value: null };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { notANumber: true };
  if (value < 0 || value > max) return { outOfRange: true };
  return { value };
}
