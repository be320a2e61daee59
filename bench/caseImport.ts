// Issue 3, item 5 and issue 18: the CASE import of Common Core math (703 items), with every
// identifier and field kept, and its export, each under 1 s; the CASE spreadsheet of the CCSSO
// (1,189 rows) as well. Reports the median of repeated runs, against a 1 s bound.
import fs from 'node:fs';
import path from 'node:path';
import { exportCase, importCase } from '@certeval/core';
import { readCaseCsv } from '../packages/server/src/referential/caseCsv.ts';

const FIXTURE = path.resolve(
  import.meta.dirname,
  '../../shared/fixtures/case/math_cfs_sample.json',
);
const SHEET = path.resolve(import.meta.dirname, '../../shared/fixtures/case/ccsso_ela_item.csv');
const RUNS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export function benchCase(): string[] {
  const text = fs.readFileSync(FIXTURE, 'utf8');
  const importTimes: number[] = [];
  const exportTimes: number[] = [];
  let items = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const result = importCase(text);
    importTimes.push(performance.now() - started);
    if (!result.ok) throw new Error('math_cfs_sample.json did not import');
    items = result.file.versions[0]?.nodes.length ?? 0;
    const versionId = result.file.versions[0]?.id ?? '';
    const exportStarted = performance.now();
    exportCase(result.file, versionId, {
      publicUrl: 'https://certeval.example',
      changedAt: new Date(),
    });
    exportTimes.push(performance.now() - exportStarted);
  }
  const line = (name: string, ms: number) =>
    `${name.padEnd(50)} ${(ms / 1000).toFixed(3).padStart(7)} s   target < 1 s   ratio ${(ms / 1000).toFixed(3)} ${ms < 1000 ? 'ok' : 'OVER TARGET'}`;
  const sheet = fs.readFileSync(SHEET, 'utf8');
  const sheetTimes: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const result = readCaseCsv(sheet, 'ccsso_ela_item.csv');
    sheetTimes.push(performance.now() - started);
    if (!result.ok) throw new Error('ccsso_ela_item.csv did not import');
    rows = result.file.versions[0]?.nodes.length ?? 0;
  }
  return [
    line(`CASE import, math_cfs_sample (${items} items), median`, median(importTimes)),
    line('CASE export of the same, median', median(exportTimes)),
    line(`CASE CSV import, ccsso_ela_item (${rows} rows), median`, median(sheetTimes)),
  ];
}
