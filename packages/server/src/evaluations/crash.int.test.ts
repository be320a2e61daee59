// A save caught by a crash: the server process is killed (SIGKILL, no chance to flush or
// answer) right after a grid's save reaches it. After a restart the grid is whole — either the
// save was applied or it was not — and the client's retry of that same save is acknowledged
// either way, never refused as a conflict with itself and never doubled.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind } from '../test/harness.ts';

const MAIN = path.join(import.meta.dirname, '..', 'main.ts');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-crash-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const ready = (async () => {
    for (let i = 0; i < 600; i++) {
      const match = /running at (http:\/\/[^\s]+)/.exec(output);
      if (match?.[1]) return match[1].replace('localhost', '127.0.0.1').replace(/\/$/, '');
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`server did not start:\n${output}`);
  })();
  return { child, exited, ready };
}

async function databaseEnv(): Promise<Record<string, string>> {
  if (testDatabaseKind() === 'postgres') {
    const { database, url } = await createTestDatabase();
    await database.close();
    return { DATABASE_URL: url ?? '' };
  }
  return { CERTEVAL_DATA_DIR: path.join(tmp, 'pglite') };
}

async function signIn(base: string, email: string) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'certeval-demo' }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`no session for ${email}`);
  return cookie;
}

const json = (cookie: string, body?: object) => ({
  headers: { cookie, 'content-type': 'application/json' },
  ...(body && { body: JSON.stringify(body) }),
});

describe('a save and a crash', () => {
  it('leaves the grid whole, and the retried save is acknowledged once', async () => {
    const env = await databaseEnv();
    const first = startServer(env);
    const base = await first.ready;
    const tutor = await signIn(base, 'tuteur@demo.certeval.example');
    const [lucas] = await (await fetch(`${base}/api/candidates`, json(tutor))).json();
    const opened = await fetch(`${base}/api/candidates/${lucas.id}/evaluations`, {
      method: 'POST',
      ...json(tutor, {
        instrument: { key: 'cqp-agc-tutor-grid', version: '1' },
        kind: 'continuous',
        date: '2026-01-20',
      }),
    });
    const { id } = await opened.json();
    const grid = await (await fetch(`${base}/api/evaluations/${id}`, json(tutor))).json();
    const items = grid.instrument.sections
      .flatMap((s: { items: Array<{ id: string }> }) => s.items)
      .map((item: { id: string }, k: number) => ({
        item: item.id,
        percentage: [30, 50, 70][k % 3],
      }));
    const save = { items, comment: 'Observé sur le portail EDI', revision: 1 };

    // The save is sent; the process dies before anyone reads an answer.
    const inFlight = fetch(`${base}/api/evaluations/${id}`, {
      method: 'PUT',
      ...json(tutor, save),
    }).catch(() => 'no answer');
    await new Promise((r) => setTimeout(r, 40));
    first.child.kill('SIGKILL');
    await first.exited;
    await inFlight;

    const second = startServer(env);
    const again = await second.ready;
    const cookie = await signIn(again, 'tuteur@demo.certeval.example');
    const after = await (await fetch(`${again}/api/evaluations/${id}`, json(cookie))).json();
    // Whole: exactly the state before the save or exactly the save, nothing in between.
    if (after.revision === 1) expect(after.items).toEqual([]);
    else {
      expect(after.revision).toBe(2);
      expect(after.items).toHaveLength(items.length);
    }
    // The client's queue sends the same save again.
    const retried = await fetch(`${again}/api/evaluations/${id}`, {
      method: 'PUT',
      ...json(cookie, save),
    });
    expect(retried.status).toBe(200);
    expect((await retried.json()).revision).toBe(2);
    const final = await (await fetch(`${again}/api/evaluations/${id}`, json(cookie))).json();
    expect(final.revision).toBe(2);
    expect(final.comment).toBe('Observé sur le portail EDI');
    expect(
      new Map(final.items.map((r: { item: string; percentage: number }) => [r.item, r.percentage])),
    ).toEqual(
      new Map(items.map((r: { item: string; percentage: number }) => [r.item, r.percentage])),
    );
    // A different save on the old revision is still a conflict: nothing overwritten.
    const other = await fetch(`${again}/api/evaluations/${id}`, {
      method: 'PUT',
      ...json(cookie, { ...save, comment: 'autre' }),
    });
    expect(other.status).toBe(409);
    second.child.kill('SIGTERM');
    await second.exited;
  }, 120_000);
});
