// Test support: the shipped rule sets and referentials, small hand-written facts, and an
// evidence builder with readable defaults. Imported by tests only.
import { readFileSync } from 'node:fs';
import { parseReferential, type ReferentialVersion } from '../referential/index.ts';
import { type CompiledRules, compileRules } from './compile.ts';
import type { Evidence, InstrumentEvidence, ItemResult } from './evidence.ts';
import type { DeliberationFacts } from './facts.ts';
import { parseRuleSet } from './parseRuleSet.ts';
import type { RuleSet } from './ruleSetSchema.ts';

export const repo = new URL('../../../../', import.meta.url);

export function loadRuleSet(name: string): RuleSet {
  const result = parseRuleSet(readFileSync(new URL(`data/rules/${name}`, repo), 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.value;
}

export function loadReferential(name: string): ReferentialVersion {
  const result = parseReferential(
    readFileSync(new URL(`data/certifications/${name}`, repo), 'utf8'),
  );
  const version = result.ok ? result.value.versions[0] : undefined;
  if (!version) throw new Error(`cannot load ${name}`);
  return version;
}

/** A small CQP-shaped referential: the three domains of seed 000 with few savoir-faire. */
export const smallCqpFacts: DeliberationFacts = {
  referentialVersion: '1',
  units: [
    { code: 'R', label: 'Relation client / Argumentation', competences: ['RSF1', 'RSF2'] },
    { code: 'PO', label: 'Produits / Offres commerciales', competences: ['POSF1'] },
    { code: 'OT', label: 'Outil / Organisation du travail', competences: ['OTSF1', 'OTSF2'] },
  ],
};

export const cqpRules = (): CompiledRules =>
  compileRules(loadRuleSet('cqp-agc.yaml'), smallCqpFacts);

type PerDomain = Record<string, number | number[]>;

/**
 * CQP evidence: tutor items tagged with each savoir-faire of the domain (a number gives every
 * savoir-faire that score; a list gives one score per savoir-faire), one untagged trainer item
 * per domain, the jury's agreed percentage per domain.
 */
export function cqpEvidence(
  cells: { tutor?: PerDomain; trainer?: PerDomain; jury?: Record<string, number> },
  facts: DeliberationFacts = smallCqpFacts,
): Evidence {
  const instruments: InstrumentEvidence[] = [];
  if (cells.tutor) {
    const items = facts.units.flatMap((unit) => {
      const given = cells.tutor?.[unit.code];
      if (given === undefined) return [];
      return unit.competences.map((code, k) => ({
        unit: unit.code,
        item: code,
        competences: [code],
        score: Array.isArray(given) ? (given[k] ?? 0) : given,
      }));
    });
    instruments.push({ instrument: 'tutor', items });
  }
  if (cells.trainer) {
    const items = Object.entries(cells.trainer).flatMap(([unit, s]) =>
      (Array.isArray(s) ? s : [s]).map((score, k) => ({ unit, item: `${unit}.${k + 1}`, score })),
    );
    instruments.push({ instrument: 'trainer', items });
  }
  if (cells.jury) instruments.push({ instrument: 'jury', unitScores: cells.jury });
  return { instruments };
}

/** Every domain at the same score for the three instruments. */
export function uniformCqpEvidence(score: number): Evidence {
  const all = { R: score, PO: score, OT: score };
  return cqpEvidence({ tutor: all, trainer: all, jury: all });
}

/**
 * VAE evidence: the jury members' appreciations of the booklet and the interview, one item per
 * savoir-faire (80 unless given), and the president's agreed percentage per domain, which
 * replaces the items' mean in the domain's cell while the items still evidence the savoir-faire.
 */
export function vaeEvidence(
  agreed: Record<string, number>,
  savoirFaire: Record<string, number> = {},
  facts: DeliberationFacts = smallCqpFacts,
): Evidence {
  const items: ItemResult[] = facts.units.flatMap((unit) =>
    unit.competences.map((code) => ({
      unit: unit.code,
      item: code,
      competences: [code],
      score: savoirFaire[code] ?? 80,
      countsInUnit: false as const,
    })),
  );
  return { instruments: [{ instrument: 'jury', items, unitScores: agreed }] };
}
