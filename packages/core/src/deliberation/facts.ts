// The referential facts a rule set needs, as plain data: each domain (or bloc) and the codes of
// its competences of the kinds the rule set names. Built from a ReferentialVersion so that the
// engine never reads a referential itself, and so that a test can hand-write them.
import {
  descendantsOf,
  linksOfType,
  nodesOfType,
  type ReferentialVersion,
} from '../referential/index.ts';
import type { RuleSet } from './ruleSetSchema.ts';

export interface FactUnit {
  code: string;
  label: string;
  /** Codes of the unit's competences the conditions apply to, in referential order. */
  competences: string[];
}

export interface DeliberationFacts {
  referentialVersion: string;
  units: FactUnit[];
}

/** Competences under the unit in the tree, plus those linked to it by belongs_to. */
function unitCompetences(version: ReferentialVersion, unit: string, ruleSet: RuleSet): string[] {
  const kinds: readonly string[] = ruleSet.units.competenceKinds;
  const wanted = (code: string) =>
    version.nodes.some(
      (n) => n.code === code && n.type === 'competence' && kinds.includes(n.kind ?? ''),
    );
  const under = descendantsOf(version, unit).map((n) => n.code);
  const linked = linksOfType(version, 'belongs_to')
    .filter((link) => link.to === unit)
    .map((link) => link.from);
  return [...new Set([...under, ...linked])].filter(wanted);
}

/** The domains (seed 000, slides 14-15) or blocs (seed 003) of a version, as the engine's facts. */
export function factsFromReferential(
  version: ReferentialVersion,
  ruleSet: RuleSet,
): DeliberationFacts {
  const units = nodesOfType(version, ruleSet.units.type).map((node) => ({
    code: node.code,
    label: node.label,
    competences: unitCompetences(version, node.code, ruleSet),
  }));
  return { referentialVersion: version.id, units };
}
