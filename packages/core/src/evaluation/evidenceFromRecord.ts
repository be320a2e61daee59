// From a candidate's evaluation record to the deliberation engine's evidence (issue 6, item 6).
// - Only final evaluations count; continuous ones are checked all the same.
// - Each evaluation counts as one rule-set instrument (countsAs.ts); several evaluations
//   counting as the same one (each jury member's grid) are pooled.
// - An item counts in its domain (or bloc) and evidences the savoir-faire it tags, directly or
//   through the activity it tags (instruments/coverage.ts: a line on M3A2 evaluates what M3
//   requires), whatever their domain: one result counts in one cell of the synthesis grid
//   (seed 000, slide 19), and in the score of each savoir-faire it evaluates.
// - The jury president's agreed percentage for a domain (seed 002: "Le président reporte, dans
//   la grille de synthèse …") replaces the mean of the jury's items in that domain's cell; the
//   items still evidence the savoir-faire they evaluate (countsInUnit: false). On the VAE
//   route the jury's items are the only evidence of the savoir-faire.
import {
  type DeliberationFacts,
  type Evidence,
  factsFromReferential,
  type InstrumentEvidence,
  type ItemResult,
  type RuleSet,
} from '../deliberation/index.ts';
import { coverage, type Instrument, type Item } from '../instruments/index.ts';
import type { ReferentialVersion } from '../referential/index.ts';
import { type CountsAsMapping, countsAs } from './countsAs.ts';
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
  /** "instrument id\0item id" → competences it evaluates, directly or not. */
  reach: Map<string, Set<string>>;
}

function reachOf(instruments: readonly Instrument[], version: ReferentialVersion) {
  const reach = new Map<string, Set<string>>();
  for (const row of coverage([...instruments], version).rows) {
    for (const cell of row.cells) {
      for (const item of [...cell.direct, ...cell.indirect.map((i) => i.item)]) {
        const key = `${cell.instrument}\u0000${item}`;
        reach.set(key, (reach.get(key) ?? new Set()).add(row.competence));
      }
    }
  }
  return reach;
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

/** The competences the rules read that the item evaluates, in referential order. */
function competencesOf(lookup: Lookup, instrument: string, item: string) {
  const read = lookup.facts.units.flatMap((u) => u.competences);
  const reached = lookup.reach.get(`${instrument}\u0000${item}`) ?? new Set<string>();
  return read.filter((code) => reached.has(code));
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
    if ('code' in value) {
      problems.push(value);
      continue;
    }
    const unit = found.unit ?? '';
    const competences = competencesOf(lookup, instrument.id, found.item.id);
    pool.items.push({ unit, competences, ...value });
    pool.sources.push(path);
  }
  for (const [domain, score] of Object.entries(evaluation.agreed ?? {})) {
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
  const lookup: Lookup = {
    context,
    facts: factsFromReferential(context.referential, context.ruleSet),
    reach: reachOf(context.instruments, context.referential),
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
