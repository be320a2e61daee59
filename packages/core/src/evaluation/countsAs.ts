// Which instrument of the rule set an evaluation counts as. Rule sets name their instruments
// after who evaluates — tutor, trainer, jury on the synthesis grid (seed 000, slide 19), the
// bloc jury and the final project (seed 003) — while instruments have a kind; an explicit
// mapping (instrument id → rule-set instrument id) wins over the kind.
import type { RuleSet } from '../deliberation/index.ts';
import type { Instrument, InstrumentKind } from '../instruments/index.ts';

/** Candidate rule-set instrument ids per instrument kind, the first the rule set has wins. */
export const RULE_INSTRUMENTS_BY_KIND: Record<InstrumentKind, readonly string[]> = {
  observation_grid: ['tutor'], // grille d'évaluation tuteur
  questionnaire: ['trainer'], // grille d'évaluation formateur
  jury_guide: ['jury'], // grille professionnel ou jury (seed 002)
  vae_booklet: ['jury', 'bloc_jury'],
  case_study: ['bloc_jury'],
  acquis_grid: ['bloc_jury'],
};

/** Instrument id → rule-set instrument id, for instruments whose kind does not say it. */
export type CountsAsMapping = Readonly<Record<string, string>>;

export function countsAs(
  instrument: Instrument,
  ruleSet: RuleSet,
  mapping: CountsAsMapping = {},
): string | undefined {
  const known = new Set(ruleSet.instruments.map((inst) => inst.id));
  const explicit = mapping[instrument.id];
  if (explicit !== undefined) return known.has(explicit) ? explicit : undefined;
  return RULE_INSTRUMENTS_BY_KIND[instrument.kind].find((id) => known.has(id));
}
