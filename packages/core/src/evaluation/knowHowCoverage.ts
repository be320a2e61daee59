// Which items measure each savoir-faire under a rule set (issue 17, item 1): the coverage view
// of the instruments read through the rule set's measure — every item evaluating it, those of
// its own domain, or those scoring it itself — so that a certifier sees, for RSF8, the lines
// its score comes from before any candidate is decided.
import { factsFromReferential, measureOf, measures, type RuleSet } from '../deliberation/index.ts';
import type { Coverage, Instrument } from '../instruments/index.ts';
import type { ReferentialVersion } from '../referential/index.ts';
import { itemName, reachOf, reachOfItem } from './itemReach.ts';

export interface MeasuringItem {
  instrument: string;
  item: string;
  /** How people name it: its code (M3A1) or its own words. */
  name: string;
}

export interface KnowHowMeasure {
  competence: string;
  unit: string;
  /** The items that measure it, by instrument and in instrument order. */
  items: MeasuringItem[];
}

/** Per competence the rule set reads, the instruments' items that measure it. */
export function knowHowCoverage(
  instruments: readonly Instrument[],
  version: ReferentialVersion,
  ruleSet: RuleSet,
): KnowHowMeasure[] {
  const facts = factsFromReferential(version, ruleSet);
  const reach = reachOf(instruments, version);
  const codes = new Set(version.nodes.map((node) => node.code));
  const by = measureOf(ruleSet);
  return facts.units.flatMap((unit) =>
    unit.competences.map((competence) => ({
      competence,
      unit: unit.code,
      items: instruments.flatMap((instrument) =>
        instrument.sections.flatMap((section) =>
          section.items.flatMap((item) => {
            const { all, direct } = reachOfItem(reach, instrument.id, item.id);
            if (!all.has(competence)) return [];
            const counted = {
              unit: item.domain ?? section.domain ?? '',
              competences: [...all],
              direct: [...direct],
            };
            if (!measures(by, counted, competence, unit.code)) return [];
            return [{ instrument: instrument.id, item: item.id, name: itemName(item, codes) }];
          }),
        ),
      ),
    })),
  );
}

/** The coverage view with the rule set's measure: which items each savoir-faire is measured by. */
export function coverageWithMeasures(
  view: Coverage,
  instruments: readonly Instrument[],
  version: ReferentialVersion,
  ruleSet: RuleSet,
) {
  const measured = new Map(
    knowHowCoverage(instruments, version, ruleSet).map((m) => [m.competence, m.items]),
  );
  const stated = ruleSet.aggregation.competenceMeasure;
  return {
    ...view,
    measure: {
      ruleSet: ruleSet.id,
      by: measureOf(ruleSet),
      ...(stated ? { citation: stated.citation } : {}),
    },
    rows: view.rows.map((row) => {
      const items = measured.get(row.competence);
      return items ? { ...row, measuredBy: items } : row;
    }),
  };
}
