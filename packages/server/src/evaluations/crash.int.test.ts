// A save caught by a crash: the server process is killed (SIGKILL, no chance to flush or
// answer) right after a grid's save reaches it. After a restart the grid is whole — either the
// save was applied or it was not — and the client's retry of that same save is acknowledged
// either way, never refused as a conflict with itself and never doubled.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseEnv, serverUrl, startServer, stop } from '../test/serverProcess.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-crash-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

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
    const env = await databaseEnv(path.join(tmp, 'pglite'));
    const first = startServer(env);
    const base = await serverUrl(first);
    const tutor = await signIn(base, 'tuteur@demo.certeval.example');
    const {
      items: [lucas],
    } = await (await fetch(`${base}/api/candidates`, json(tutor))).json();
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
    await stop(first, 'SIGKILL');
    await inFlight;

    const second = startServer(env);
    const again = await serverUrl(second);
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
    await stop(second, 'SIGTERM');
  }, 120_000);
});
