// Which items measure a competence: the rule set's stated measure (aggregation.competenceMeasure,
// issue 17 item 1), one predicate for the engine, the bulk path, the record's gaps and the
// coverage view alike.
import type { ItemResult } from './evidence.ts';
import type { CompetenceMeasureBy, RuleSet } from './ruleSetSchema.ts';

export function measureOf(ruleSet: RuleSet): CompetenceMeasureBy {
  return ruleSet.aggregation.competenceMeasure?.by ?? 'tagged_items';
}

/**
 * Whether an item counted in `item.unit` measures competence `code`, which lies in unit
 * `competenceUnit`: any item evaluating it (tagged_items), one of its own domain
 * (own_domain_items), or one scoring it itself (direct_scores).
 */
export function measures(
  by: CompetenceMeasureBy,
  item: Pick<ItemResult, 'unit' | 'competences' | 'direct'>,
  code: string,
  competenceUnit: string | undefined,
): boolean {
  switch (by) {
    case 'tagged_items':
      return true;
    case 'own_domain_items':
      return competenceUnit === item.unit;
    case 'direct_scores':
      return (item.direct ?? item.competences ?? []).includes(code);
  }
}
