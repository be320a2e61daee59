// certeval personal-data (issue 19 item 5): the demo's VAE candidate, who never reached a jury,
// exported to a file and erased from the command line — previewed first without change, then
// erased whole and audited as the local administrator (no one); usage errors say what is missing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDemoTestApp } from '@certeval/server/test/harness';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli.testing.ts';

const CAMILLE = 'candidat.vae@demo.certeval.example';
let t: Awaited<ReturnType<typeof createDemoTestApp>>;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-cli-personal-'));

beforeAll(async () => {
  t = await createDemoTestApp();
}, 120_000);
afterAll(async () => {
  await t.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const cli = (argv: string[]) => runCli(t.ctx, argv);
const audits = async (action: string) =>
  t.ctx.database.query<{ actor_id: string | null }>(
    'select actor_id from audit_events where action = $1',
    [action],
  );

describe('certeval personal-data', () => {
  it('exports a person to one JSON file, audited as no one', async () => {
    const out = path.join(tmp, 'camille.json');
    const result = await cli(['personal-data', 'export', '--email', CAMILLE, '--out', out]);
    expect(result.code, result.err).toBe(0);
    const data = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(data.account.email).toBe(CAMILLE);
    expect(data.candidacies[0].file.birthName).toBe('Vasseur');
    expect(await audits('personal_data.export')).toEqual([{ actor_id: null }]);
  });

  it('previews an erasure without changing anything, then erases the person whole', async () => {
    const preview = await cli(['personal-data', 'erase', '--email', CAMILLE, '--preview']);
    expect(preview.code, preview.err).toBe(0);
    expect(preview.out).toContain('Aperçu, rien n’est effacé');
    expect(preview.out).toContain('Identité du candidat / Candidate’s identity: 1');
    expect(
      await cli(['personal-data', 'export', '--email', CAMILLE, '--out', '/dev/null']),
    ).toMatchObject({ code: 0 });

    const erased = await cli(['personal-data', 'erase', '--email', CAMILLE]);
    expect(erased.code, erased.err).toBe(0);
    expect(erased.out).toContain('The person is erased: only traces without identity remain.');
    expect(erased.out).not.toContain('Kept, because the law requires it');
    expect(await audits('personal_data.erase')).toEqual([{ actor_id: null }]);

    const again = await cli(['personal-data', 'erase', '--email', CAMILLE]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('Nobody matches');
  });

  it('says what is missing', async () => {
    const none = await cli(['personal-data', 'export', '--out', path.join(tmp, 'x.json')]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('needs --email or --candidate');
    const noOut = await cli(['personal-data', 'export', '--email', CAMILLE]);
    expect(noOut.code).toBe(2);
    expect(noOut.err).toContain('needs --out');
  });
});
