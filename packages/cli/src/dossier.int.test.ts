import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDemoTestApp } from '@certeval/server/test/harness';
import { signInCookie } from '@certeval/server/test/sessions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli.testing.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let pilot: string;
let lucas: string;
let projectId: string;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-cli-dossier-'));

beforeAll(async () => {
  t = await createDemoTestApp();
  pilot = await signInCookie(t.app, 'pilote@demo.certeval.example');
  const [candidate] = (
    await t.app.inject({ method: 'GET', url: '/api/candidates', headers: { cookie: pilot } })
  ).json().items;
  lucas = candidate.id;
  projectId = candidate.projectId;
});
afterAll(async () => {
  await t.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const cli = (argv: string[], stdin = '') => runCli(t.ctx, argv, stdin);

describe('certeval dossier', () => {
  it('exports the record the API exports', async () => {
    const out = path.join(tmp, 'lucas.json');
    const result = await cli(['dossier', 'export', lucas, '--out', out]);
    expect(result.code, result.err).toBe(0);
    const api = await t.app.inject({
      method: 'GET',
      url: `/api/candidates/${lucas}/dossier`,
      headers: { cookie: pilot },
    });
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toEqual(api.json());
  });

  it('imports a record into a project, then finds the same candidate again', async () => {
    const record = JSON.parse(
      fs.readFileSync(
        path.join(import.meta.dirname, '../../../data/examples/evaluation-record-cqp-agc.json'),
        'utf8',
      ),
    );
    // The sample record names a company-adapted grid; keep the evaluations on shipped instruments.
    record.evaluations = record.evaluations.filter(
      (e: { instrument: { id: string } }) => !e.instrument.id.endsWith('trois-vallees'),
    );
    const first = await cli(
      ['dossier', 'import', '-', '--project', projectId],
      JSON.stringify(record),
    );
    expect(first.code, first.err).toBe(0);
    expect(first.out).toMatch(/candidate enrolled .+: [1-9]\d* évaluation/);
    const second = await cli(
      ['dossier', 'import', '-', '--project', projectId],
      JSON.stringify(record),
    );
    expect(second.out).toMatch(
      /candidate found .+: 0 évaluation\(s\) importée\(s\) \/ imported, [1-9]/,
    );
  });

  it('refuses broken JSON whole, saying where', async () => {
    const result = await cli(['dossier', 'import', '-', '--project', projectId], '{"format": ');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/stdin/);
    expect(result.err).toMatch(/JSON/);
  });
});
