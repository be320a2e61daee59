// Issue 6, performance: the deliberation engine on 100,000 generated CQP AGC candidates × 60
// item scores (tutor 26, trainer 22, jury 12), against a hand-written Float64Array loop that
// computes the same domain means in the same run. Targets: engine < 1 s, engine / loop ≤ 3.
// The engine's bulk path (compileBatch + runBatch) decides every candidate without building
// explanations; explainCandidate builds one candidate's explanation on request.
import { readFileSync } from 'node:fs';
import type { FactUnit } from '../packages/core/src/deliberation/facts.ts';
import {
  type BatchLayout,
  compileBatch,
  compileRules,
  explainCandidate,
  factsFromReferential,
  parseRuleSet,
  runBatch,
} from '../packages/core/src/deliberation/index.ts';
import { parseReferential } from '../packages/core/src/referential/index.ts';

const CANDIDATES = 100_000;
const RUNS = 5;
const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

/** mulberry32: a small seeded PRNG, so every run generates the same cohort. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Tutor: one item per savoir-faire; trainer: 8/8/6 questions, every other one on a savoir-faire;
 * jury: 5/3/4 observations on savoir-faire (seed 002's grid, R / PO / OT). */
function cqpLayout(units: FactUnit[]): BatchLayout {
  const columns: BatchLayout['columns'] = [];
  const plan: Record<string, [number, number]> = { R: [8, 5], PO: [8, 3], OT: [6, 4] };
  for (const unit of units) {
    for (const code of unit.competences)
      columns.push({ instrument: 'tutor', unit: unit.code, competences: [code] });
    const [questions, observations] = plan[unit.code] ?? [0, 0];
    const sf = (k: number) => [unit.competences[k % unit.competences.length] ?? ''];
    for (let k = 0; k < questions; k++) {
      columns.push({
        instrument: 'trainer',
        unit: unit.code,
        competences: k % 2 === 0 ? sf(k) : [],
      });
    }
    for (let k = 0; k < observations; k++)
      columns.push({ instrument: 'jury', unit: unit.code, competences: sf(k + 1) });
  }
  return { columns };
}

function generate(columns: number): Float64Array {
  const random = prng(20240606);
  const scores = new Float64Array(CANDIDATES * columns);
  for (let n = 0; n < CANDIDATES; n++) {
    const ability = 45 + random() * 50;
    for (let j = 0; j < columns; j++) {
      const score = Math.round(ability + (random() - 0.5) * 60);
      scores[n * columns + j] = Math.min(100, Math.max(0, score));
    }
  }
  return scores;
}

/** The hand-written loop: per candidate, the mean per instrument × domain, then per domain. */
function handLoop(scores: Float64Array, cellOf: Int32Array, cellCount: number, perUnit: number) {
  const columns = cellOf.length;
  const counts = new Float64Array(cellCount);
  for (let j = 0; j < columns; j++)
    counts[cellOf[j] as number] = (counts[cellOf[j] as number] as number) + 1;
  const units = cellCount / perUnit;
  const means = new Float64Array(CANDIDATES * cellCount);
  const domainMeans = new Float64Array(CANDIDATES * units);
  const sums = new Float64Array(cellCount);
  for (let n = 0; n < CANDIDATES; n++) {
    sums.fill(0);
    const base = n * columns;
    for (let j = 0; j < columns; j++)
      sums[cellOf[j] as number] =
        (sums[cellOf[j] as number] as number) + (scores[base + j] as number);
    for (let k = 0; k < cellCount; k++)
      means[n * cellCount + k] = (sums[k] as number) / (counts[k] as number);
    for (let u = 0; u < units; u++) {
      let total = 0;
      for (let i = 0; i < perUnit; i++) total += means[n * cellCount + u * perUnit + i] as number;
      domainMeans[n * units + u] = total / perUnit;
    }
  }
  return { means, domainMeans };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timed<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

export async function benchDeliberation(): Promise<string[]> {
  const ruleSet = parseRuleSet(read('data/rules/cqp-agc.yaml'));
  const referential = parseReferential(read('data/certifications/cqp-agc.yaml'));
  const version = referential.ok ? referential.value.versions[0] : undefined;
  if (!ruleSet.ok || !version) throw new Error('cannot load the CQP AGC rule set or referential');
  const rules = compileRules(ruleSet.value, factsFromReferential(version, ruleSet.value));
  const layout = cqpLayout(rules.units);
  const scores = generate(layout.columns.length);
  const perInstrument = rules.instruments.length;
  const cellOf = Int32Array.from(
    layout.columns.map(
      (c) =>
        (rules.unitIndex.get(c.unit) ?? 0) * perInstrument +
        (rules.instrumentIndex.get(c.instrument) ?? 0),
    ),
  );
  const engineRun = () => {
    const compiled = compileBatch(rules, layout);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.reasons));
    return runBatch(compiled.batch, scores);
  };
  const loopRun = () => handLoop(scores, cellOf, rules.cellCount, perInstrument);
  engineRun();
  loopRun(); // warm-up
  const engineTimes: number[] = [];
  const loopTimes: number[] = [];
  let result = engineRun();
  let loop = loopRun();
  for (let r = 0; r < RUNS; r++) {
    const e = timed(engineRun);
    const l = timed(loopRun);
    engineTimes.push(e.ms);
    loopTimes.push(l.ms);
    result = e.value;
    loop = l.value;
  }
  const same = result.cells.every((v, k) => v === loop.means[k]);
  const awarded = result.status.reduce((sum, s) => sum + (s === 1 ? 1 : 0), 0);
  const engineMs = median(engineTimes);
  const loopMs = median(loopTimes);
  const ratio = engineMs / loopMs;
  const compiled = compileBatch(rules, layout);
  const explainMs = compiled.ok
    ? timed(() => explainCandidate(compiled.batch, scores, 0)).ms
    : Number.NaN;
  const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET');
  return [
    `${CANDIDATES} candidates × ${layout.columns.length} item scores, ${rules.units.length} domains, ${rules.competences.length} savoir-faire; median of ${RUNS} runs`,
    `engine (aggregation + decision)   ${engineMs.toFixed(1).padStart(8)} ms   target < 1000 ms   ${verdict(engineMs < 1000)}`,
    `hand-written Float64Array loop    ${loopMs.toFixed(1).padStart(8)} ms`,
    `ratio engine / loop               ${ratio.toFixed(2).padStart(8)}      target ≤ 3   ${verdict(ratio <= 3)}`,
    `same domain means as the loop: ${same ? 'yes' : 'NO'}; CQP awarded to ${awarded} of ${CANDIDATES}`,
    `one candidate explained on request: ${explainMs.toFixed(2)} ms`,
  ];
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  for (const line of await benchDeliberation()) process.stdout.write(`${line}\n`);
}
