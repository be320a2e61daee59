// Test support, imported only by *.test.ts: reads the CQP AGC referential, its instruments and
// the seeds from disk. Core itself does no I/O; this file exists so that the tests share one
// loader instead of three copies.
import { readdirSync, readFileSync } from 'node:fs';
import { parseReferential, type ReferentialVersion } from '../referential/index.ts';
import { parseInstrument } from './parse.ts';
import type { Instrument } from './schema.ts';

export const repo = new URL('../../../../', import.meta.url);

export function seedText(prefix: string): string {
  const dir = new URL('../shared/seeds/', repo);
  const name = readdirSync(dir).find((file) => file.startsWith(`${prefix}_`));
  if (!name) throw new Error(`seed ${prefix} not found in ${dir.pathname}`);
  return readFileSync(new URL(name, dir), 'utf8');
}

export function cqpAgcVersion(): ReferentialVersion {
  const text = readFileSync(new URL('data/certifications/cqp-agc.yaml', repo), 'utf8');
  const result = parseReferential(text);
  const version = result.ok ? result.value.versions[0] : undefined;
  if (!version) throw new Error('data/certifications/cqp-agc.yaml does not load');
  return version;
}

export function readInstrumentText(name: string): string {
  return readFileSync(new URL(`data/instruments/${name}`, repo), 'utf8');
}

export function loadInstrument(name: string, version: ReferentialVersion): Instrument {
  const result = parseInstrument(readInstrumentText(name), version, { certification: 'cqp-agc' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5), null, 2));
  return result.value;
}

/** The shipped CQP AGC set: jury guide (seed 002), tutor grid, demo questionnaire. */
export function cqpAgcInstruments(version: ReferentialVersion): Instrument[] {
  return [
    loadInstrument('cqp-agc-jury-guide.yaml', version),
    loadInstrument('cqp-agc-tutor-grid.yaml', version),
    loadInstrument('cqp-agc-demo-questionnaire.yaml', version),
  ];
}
