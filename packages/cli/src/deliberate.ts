// certeval deliberate RECORD|- [--rules FILE] [--format text|json]: decides a candidate's
// evaluation record by the same use case as POST /api/deliberations/preview, which picks the
// rule set of the candidate's route as the web app's decisions do.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatNumber } from '@certeval/core';
import { type Preview, previewDeliberation } from '@certeval/server/deliberation/service';
import { AppError } from '@certeval/server/platform/errors';
import { type CliIo, NothingDecided, UsageError } from './io.ts';

export const deliberateHelp = `certeval deliberate RECORD|- [--rules FILE] [--format text|json]
  decides an evaluation record (data/schemas/evaluation-record.schema.json) by the rule set of
  its certification and of the candidate's route (data/rules: a VAE candidate by the VAE rule
  set, any other by the training one), or by --rules FILE: the synthesis grid, the decision
  per domain or bloc and overall, the blocs acquired where the rule set validates blocs on
  their own, every condition in French then English. Exit 0 when decided, 1 when the record
  is invalid input (every problem with its JSON path: an unknown domain, a final evaluation
  missing items, a closed question given a percentage...), 3 when it is valid but the evidence
  does not suffice to decide (undecidable, with the reasons).`;

type Decided = Extract<Preview, { status: 'decided' }>;

const cell = (value: number | null, decimals: number) =>
  value === null ? '—' : formatNumber(value, decimals).fr;
const pad = (text: string, width: number) => text.padEnd(width);

/** The synthesis grid as the jury reads it: rows named by their labels, a legend of columns. */
function gridLines(decision: Decided): string[] {
  const { grid } = decision;
  const heads = grid.instrumentLabels.map((l) => (l.fr === l.en ? l.fr : `${l.fr} / ${l.en}`));
  const width = Math.max(16, ...heads.map((head) => head.length + 2));
  const row = (head: string, values: string[]) =>
    `  ${pad(head, width)}${values.map((v) => pad(v, 9)).join('')}`.trimEnd();
  return [
    `Grille de synthèse / Synthesis grid (${decision.ruleSet.id} ${decision.ruleSet.version}, référentiel ${decision.referentialVersion})`,
    row('', grid.units),
    ...heads.map((head, i) =>
      row(
        head,
        (grid.rows[i] ?? []).map((v) => cell(v, grid.decimals)),
      ),
    ),
    row(
      'moyenne / mean',
      grid.means.map((v) => cell(v, grid.decimals)),
    ),
    ...grid.units.map((unit, u) => `  ${unit} : ${grid.unitLabels[u] ?? unit}`),
  ];
}

function decisionLines(decision: Decided): string[] {
  return [
    'Décision / Decision',
    ...decision.units.map((u) => `  ${u.summary.fr} / ${u.summary.en}`),
    `  ${decision.overall.summary.fr} / ${decision.overall.summary.en}`,
  ];
}

/** Where the rule set validates blocs on their own: each bloc, acquired or not, and why. */
function blocLines(decision: Decided): string[] {
  if (!decision.blocs) return [];
  return [
    '',
    'Blocs de compétences / Skills blocs',
    ...decision.blocs.flatMap((b) => [
      `  ${b.bloc} · ${b.label}`,
      `    ${b.summary.fr}`,
      `    ${b.summary.en}`,
    ]),
  ];
}

function printText(decision: Preview, io: CliIo) {
  if (decision.status === 'undecidable') {
    io.out(`Indécidable / Undecidable (${decision.ruleSet.id} ${decision.ruleSet.version})`);
    for (const r of decision.reasons)
      io.out(`  ${r.path ? `${r.path}: ` : ''}${r.message.fr} / ${r.message.en}`);
    return;
  }
  const lines = [
    ...gridLines(decision),
    '',
    ...decisionLines(decision),
    ...blocLines(decision),
    '',
    'Explication',
    ...decision.explanation.map((line) => `  ${line.fr}`),
    '',
    'Explanation',
    ...decision.explanation.map((line) => `  ${line.en}`),
  ];
  for (const line of lines) io.out(line);
}

async function readText(file: string, io: CliIo): Promise<string> {
  if (file === '-') return io.stdin ? io.stdin() : '';
  return fs.readFile(file, 'utf8');
}

function parsedRecord(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError('validation_failed', undefined, undefined, [
      {
        code: 'invalid_json',
        path: '$',
        file: file === '-' ? 'stdin' : path.basename(file),
        message: {
          fr: `JSON invalide : ${(error as Error).message}`,
          en: `Invalid JSON: ${(error as Error).message}`,
        },
      },
    ]);
  }
}

export async function deliberate(first: string | undefined, args: string[], io: CliIo) {
  // The record comes where a verb would: `certeval deliberate record.json --format json`.
  const { values, positionals } = parseArgs({
    args: first === undefined ? args : [first, ...args],
    allowPositionals: true,
    options: { rules: { type: 'string' }, format: { type: 'string' } },
  });
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format must be text or json: got "${format}".`);
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0)
    throw new UsageError(`deliberate takes one record.\n${deliberateHelp}`);
  const record = parsedRecord(await readText(file, io), file);
  const rules = values.rules
    ? { text: await fs.readFile(values.rules, 'utf8'), file: path.basename(values.rules) }
    : undefined;
  const decision = await previewDeliberation(io.ctx, record, rules ? { rules } : {});
  if (format === 'json') io.out(JSON.stringify(decision, null, 2));
  else printText(decision, io);
  if (decision.status === 'undecidable')
    throw new NothingDecided(
      'Rien n’a été décidé : les preuves ne suffisent pas (voir les raisons).\n' +
        'Nothing was decided: the evidence does not suffice (see the reasons).',
    );
}
