// The referential facts a rule set needs, as plain data: each domain (or bloc) and the codes of
// its competences of the kinds the rule set names, and, where the rule set validates blocs on
// their own, each bloc with its competences and the units holding them. Built from a
// ReferentialVersion so that the engine never reads a referential itself, and so that a test
// can hand-write them.
import {
  descendantsOf,
  linksOfType,
  nodesOfType,
  type ReferentialVersion,
} from '../referential/index.ts';
import type { BlocsRule, RuleSet } from './ruleSetSchema.ts';

export interface FactUnit {
  code: string;
  label: string;
  /** Codes of the unit's competences the conditions apply to, in referential order. */
  competences: string[];
}

export interface FactBloc {
  code: string;
  label: string;
  /** The bloc's competences some unit holds, in referential order, with the units holding them. */
  competences: Array<{ code: string; units: string[] }>;
}

export interface DeliberationFacts {
  referentialVersion: string;
  units: FactUnit[];
  /** The competences' labels in the referential, by code, for the explanations. */
  competenceLabels?: Record<string, string>;
  /** Present when the rule set has a `blocs` section (partial validation by bloc). */
  blocs?: FactBloc[];
}

/** Codes under the node in the tree, then those linked to it by belongs_to. */
function membersOf(version: ReferentialVersion, code: string): string[] {
  const under = descendantsOf(version, code).map((n) => n.code);
  const linked = linksOfType(version, 'belongs_to')
    .filter((link) => link.to === code)
    .map((link) => link.from);
  return [...new Set([...under, ...linked])];
}

function unitCompetences(version: ReferentialVersion, unit: string, ruleSet: RuleSet): string[] {
  const kinds: readonly string[] = ruleSet.units.competenceKinds;
  const wanted = (code: string) =>
    version.nodes.some(
      (n) => n.code === code && n.type === 'competence' && kinds.includes(n.kind ?? ''),
    );
  return membersOf(version, unit).filter(wanted);
}

/**
 * Each bloc's competences held by a unit: the fiche's printed texts under a bloc (RNCP28795BC0n.k)
 * are held by no domain and left out, as is a bloc's competence no unit evaluates.
 */
function blocsOf(
  version: ReferentialVersion,
  type: BlocsRule['type'],
  units: FactUnit[],
): FactBloc[] {
  const holders = (code: string) =>
    units.filter((unit) => unit.competences.includes(code)).map((unit) => unit.code);
  return nodesOfType(version, type).map((node) => ({
    code: node.code,
    label: node.label,
    competences: membersOf(version, node.code)
      .map((code) => ({ code, units: holders(code) }))
      .filter((competence) => competence.units.length > 0),
  }));
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
  const blocs = ruleSet.blocs ? blocsOf(version, ruleSet.blocs.type, units) : undefined;
  const read = new Set(units.flatMap((unit) => unit.competences));
  const competenceLabels = Object.fromEntries(
    version.nodes.filter((n) => read.has(n.code)).map((n) => [n.code, n.label]),
  );
  return { referentialVersion: version.id, units, competenceLabels, ...(blocs ? { blocs } : {}) };
}
