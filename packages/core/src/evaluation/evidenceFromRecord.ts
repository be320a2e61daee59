// From a candidate's evaluation record to the deliberation engine's evidence (issue 6, item 6).
// - Only final evaluations count; continuous ones are checked all the same.
// - Each evaluation counts as one rule-set instrument (countsAs.ts); several evaluations
//   counting as the same one (each jury member's grid) are pooled.
// - An item counts in its domain (or bloc) and evidences the savoir-faire it evaluates, directly
//   or through the activity it tags (itemReach.ts); the engine keeps those the rule set's
//   measure reads (issue 17: the CQP AGC, those of the item's own domain). A savoir-faire line
//   under an activity (a company's grid) scores its savoir-faire and not its domain's cell.
// - The jury president's agreed percentage for a domain (seed 002: "Le président reporte, dans
//   la grille de synthèse …") replaces the mean of the jury's items in that domain's cell; the
//   items still evidence the savoir-faire they evaluate (countsInUnit: false). On the VAE
//   route the jury's items are the only evidence of the savoir-faire.
// - Input errors are errors (issue 17, items 2-4): a domain the referential does not have, a
//   final evaluation missing items without « non évalué » and a reason, a closed question given
//   a percentage are problems located in the record, never "undecidable".
import {
  type DeliberationFacts,
  type Evidence,
  factsFromReferential,
  type InstrumentEvidence,
  type ItemResult,
  measureOf,
  measures,
  type RuleSet,
} from '../deliberation/index.ts';
import type { Instrument, Item, Section } from '../instruments/index.ts';
import type { ReferentialVersion } from '../referential/index.ts';
import { incompleteProblems, missingResults, type SectionGap } from './completeness.ts';
import { type CountsAsMapping, countsAs } from './countsAs.ts';
import { itemName, type ReachIndex, reachOf, reachOfItem } from './itemReach.ts';
import { itemValue } from './itemResult.ts';
import { type RecordProblem, recordMessages, recordProblem } from './problems.ts';
import type { Evaluation, EvaluationRecord } from './recordSchema.ts';

export interface EvidenceContext {
  /** The instruments the record names; one missing is a problem, not an exception. */
  instruments: readonly Instrument[];
  ruleSet: RuleSet;
  /** The referential version of the record's certification. */
  referential: ReferentialVersion;
  /** Instrument id → rule-set instrument id, over the default by kind. */
  countsAs?: CountsAsMapping;
}

export interface RecordEvidence {
  evidence: Evidence;
  /** Per rule-set instrument, the record path of each of its evidence items, in order. */
  sources: Record<string, string[]>;
  /** Which evaluation counted as which rule-set instrument. */
  counted: Array<{ path: string; instrument: string; version: string; countsAs: string }>;
}

export type RecordEvidenceResult =
  | { ok: true; value: RecordEvidence }
  | { ok: false; problems: RecordProblem[] };

interface Pool {
  items: ItemResult[];
  sources: string[];
  unitScores: Record<string, number>;
  outcome?: InstrumentEvidence['outcome'];
}

interface Lookup {
  context: EvidenceContext;
  facts: DeliberationFacts;
  reach: ReachIndex;
  /** The referential's codes, to name items by theirs. */
  codes: ReadonlySet<string>;
  units: ReadonlySet<string>;
  /** The unit each competence the rules read lies in. */
  competenceUnit: ReadonlyMap<string, string>;
}

function itemsOf(instrument: Instrument): Map<string, { item: Item; unit: string | undefined }> {
  return new Map(
    instrument.sections.flatMap((section) =>
      section.items.map((item) => [item.id, { item, unit: item.domain ?? section.domain }]),
    ),
  );
}

function bindingProblem(record: EvaluationRecord, instrument: Instrument, path: string) {
  const { id, version } = record.certification;
  const binding = instrument.binding;
  if ('certification' in binding && binding.certification === id && binding.version === version)
    return [];
  const bound =
    'variant' in binding ? binding.variant : `${binding.certification} ${binding.version}`;
  return [
    recordProblem(
      'instrument_not_bound',
      path,
      recordMessages.notBound(instrument.id, bound, `${id} ${version}`),
    ),
  ];
}

/** The competences the rules read that the item evaluates, in referential order, and those it
 * scores itself. */
function competencesOf(lookup: Lookup, instrument: string, item: string) {
  const read = lookup.facts.units.flatMap((u) => u.competences);
  const reached = reachOfItem(lookup.reach, instrument, item);
  return {
    competences: read.filter((code) => reached.all.has(code)),
    direct: read.filter((code) => reached.direct.has(code)),
  };
}

/** Adds one evaluation's results to its pool; returns the problems found. */
function addEvaluation(
  lookup: Lookup,
  evaluation: Evaluation,
  at: string,
  instrument: Instrument,
  pool: Pool,
  countsAsId: string,
): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const scale = lookup.context.ruleSet.instruments.find((i) => i.id === countsAsId)?.scale;
  const items = itemsOf(instrument);
  for (const [k, result] of evaluation.items.entries()) {
    const path = `${at}.items[${k}]`;
    const found = items.get(result.item);
    if (!found) {
      const message = recordMessages.unknownItem(result.item, instrument.id);
      problems.push(recordProblem('unknown_item', `${path}.item`, message));
      continue;
    }
    const value = itemValue(found.item, result, scale ?? 'percentage', path);
    if (value !== null && 'code' in value) {
      problems.push(value);
      continue;
    }
    const unit = found.unit ?? '';
    if (!lookup.units.has(unit)) {
      const message = recordMessages.unknownUnit(unit);
      problems.push(recordProblem('unknown_unit', `${path}.item`, message));
      continue;
    }
    if (value === null) continue; // non évalué, with its reason
    const { competences, direct } = competencesOf(lookup, instrument.id, found.item.id);
    const name = itemName(found.item, lookup.codes);
    const detail = found.item.under === undefined ? {} : { countsInUnit: false as const };
    pool.items.push({ unit, competences, direct, item: found.item.id, name, ...detail, ...value });
    pool.sources.push(path);
  }
  for (const [domain, score] of Object.entries(evaluation.agreed ?? {})) {
    if (!lookup.units.has(domain)) {
      const message = recordMessages.unknownUnit(domain);
      problems.push(recordProblem('unknown_unit', `${at}.agreed.${domain}`, message));
      continue;
    }
    if (pool.unitScores[domain] !== undefined)
      problems.push(
        recordProblem(
          'duplicate_agreed',
          `${at}.agreed.${domain}`,
          recordMessages.duplicateAgreed(domain),
        ),
      );
    pool.unitScores[domain] = score;
  }
  if (evaluation.outcome !== undefined)
    pool.outcome = evaluation.outcome === 'acquis' ? 'acquired' : 'not_acquired';
  return problems;
}

/** The rules' competences an item with a result measures, by the rule set's measure. */
function measuredBy(lookup: Lookup, instrument: string, item: string, unit: string): string[] {
  const by = measureOf(lookup.context.ruleSet);
  const reach = competencesOf(lookup, instrument, item);
  return reach.competences.filter((code) =>
    measures(by, { unit, ...reach }, code, lookup.competenceUnit.get(code)),
  );
}

/**
 * A final evaluation of an instrument that counts is complete or says why not (issue 17,
 * item 2): each section with items neither scored nor marked « non évalué » with a reason, and
 * the savoir-faire that then have no measure in the evaluation. The president's synthesis
 * (agreed percentages) and an overall result carry no items.
 */
function finalGaps(
  lookup: Lookup,
  evaluation: Evaluation,
  at: string,
  instrument: Instrument,
  target: string,
): RecordProblem[] {
  const counts = lookup.context.ruleSet.instruments.find((i) => i.id === target)?.counts;
  const synthesis =
    evaluation.items.length === 0 &&
    (evaluation.agreed !== undefined || evaluation.outcome !== undefined);
  if (!counts || synthesis) return [];
  const unitOf = (item: Item, section: Section) => item.domain ?? section.domain ?? '';
  const gaps = missingResults(instrument, evaluation.items, (item, section) =>
    lookup.units.has(unitOf(item, section)),
  );
  if (gaps.length === 0) return [];
  const items = itemsOf(instrument);
  const scored = new Set(
    evaluation.items
      .filter((result) => result.notEvaluated === undefined)
      .flatMap((result) => {
        const found = items.get(result.item);
        return found ? measuredBy(lookup, instrument.id, result.item, found.unit ?? '') : [];
      }),
  );
  const left = (gap: SectionGap) => [
    ...new Set(
      gap.missing
        .flatMap((item) => measuredBy(lookup, instrument.id, item.id, unitOf(item, gap.section)))
        .filter((code) => !scored.has(code)),
    ),
  ];
  return incompleteProblems(gaps, `${at}.items`, left);
}

function evidenceOf(pools: Map<string, Pool>): Pick<RecordEvidence, 'evidence' | 'sources'> {
  const instruments: InstrumentEvidence[] = [];
  const sources: Record<string, string[]> = {};
  for (const [id, pool] of pools) {
    const agreed = new Set(Object.keys(pool.unitScores));
    instruments.push({
      instrument: id,
      items: pool.items.map(
        (item): ItemResult => (agreed.has(item.unit) ? { ...item, countsInUnit: false } : item),
      ),
      ...(agreed.size > 0 ? { unitScores: pool.unitScores } : {}),
      ...(pool.outcome !== undefined ? { outcome: pool.outcome } : {}),
    });
    sources[id] = pool.sources;
  }
  return { evidence: { instruments }, sources };
}

/** The instrument an evaluation names and what it counts as, or why it cannot count. */
function resolve(
  record: EvaluationRecord,
  evaluation: Evaluation,
  at: string,
  context: EvidenceContext,
): { instrument: Instrument; target: string } | RecordProblem[] {
  const { id, version } = evaluation.instrument;
  const instrument = context.instruments.find((i) => i.id === id && i.version === version);
  if (!instrument) {
    const message = recordMessages.unknownInstrument(id, version);
    return [recordProblem('unknown_instrument', `${at}.instrument`, message)];
  }
  const problems = bindingProblem(record, instrument, `${at}.instrument`);
  const target = countsAs(instrument, context.ruleSet, context.countsAs);
  if (target === undefined) {
    const message = recordMessages.unmapped(instrument.id, instrument.kind);
    problems.unshift(recordProblem('unmapped_instrument', `${at}.instrument`, message));
  }
  return target === undefined || problems.length > 0 ? problems : { instrument, target };
}

export function evidenceFromRecord(
  record: EvaluationRecord,
  context: EvidenceContext,
): RecordEvidenceResult {
  const facts = factsFromReferential(context.referential, context.ruleSet);
  const lookup: Lookup = {
    context,
    facts,
    reach: reachOf(context.instruments, context.referential),
    codes: new Set(context.referential.nodes.map((node) => node.code)),
    units: new Set(facts.units.map((unit) => unit.code)),
    competenceUnit: new Map(
      facts.units.flatMap((unit) => unit.competences.map((code) => [code, unit.code])),
    ),
  };
  const problems: RecordProblem[] = [];
  const pools = new Map<string, Pool>();
  const counted: RecordEvidence['counted'] = [];
  for (const [e, evaluation] of record.evaluations.entries()) {
    const at = `$.evaluations[${e}]`;
    const resolved = resolve(record, evaluation, at, context);
    if (Array.isArray(resolved)) {
      problems.push(...resolved);
      continue;
    }
    const { instrument, target } = resolved;
    // A continuous evaluation is checked in a pool of its own, then left out.
    const final = evaluation.kind === 'final';
    const pool = (final ? pools.get(target) : undefined) ?? {
      items: [],
      sources: [],
      unitScores: {},
    };
    problems.push(...addEvaluation(lookup, evaluation, at, instrument, pool, target));
    if (!final) continue;
    problems.push(...finalGaps(lookup, evaluation, at, instrument, target));
    pools.set(target, pool);
    counted.push({
      path: at,
      instrument: instrument.id,
      version: instrument.version,
      countsAs: target,
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { ...evidenceOf(pools), counted } };
}
