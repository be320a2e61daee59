// The server as a person runs it: a real process, stopped by a signal, started again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseEnv, startServer, stop, waitForOutput } from './test/serverProcess.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-proc-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const pglite = path.join(tmp, 'nested', 'pglite');

describe('the server process', () => {
  it('keeps every account across a stop by signal and a new start', async () => {
    const env = { ...(await databaseEnv(pglite)), PORT: '0' };
    const first = startServer(env);
    await waitForOutput(first, 'Demo accounts created');
    expect(first.output()).toContain('candidat@demo.certeval.example');
    expect(await stop(first, 'SIGTERM')).toBe(0);

    const second = startServer(env);
    await waitForOutput(second, 'Certeval is running at http://localhost:');
    expect(second.output()).not.toContain('Demo accounts created');
    expect(second.output()).toContain('Demo accounts (demo password');
    expect(second.output()).toContain('candidat@demo.certeval.example');
    expect(await stop(second, 'SIGINT')).toBe(0);
  }, 240_000);

  it('starts empty when demo mode is off', async () => {
    const env: Record<string, string> = {
      ...(await databaseEnv(pglite)),
      PORT: '0',
      CERTEVAL_DEMO: '0',
    };
    if (env.CERTEVAL_DATA_DIR) env.CERTEVAL_DATA_DIR += '-empty';
    const server = startServer(env);
    await waitForOutput(server, 'Certeval is running');
    expect(server.output()).not.toContain('Demo accounts');
    expect(await stop(server, 'SIGTERM')).toBe(0);
  }, 150_000);

  it('stops with one clear sentence on a bad DATABASE_URL', async () => {
    const server = startServer({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', PORT: '0' });
    expect(await server.exited).toBe(1);
    expect(server.output().trim()).toMatch(
      /^certeval: Cannot connect to PostgreSQL at postgres:\/\/nobody@127\.0\.0\.1:1\/none \(.+\): check DATABASE_URL\.$/,
    );
  });

  it('stops with one clear sentence on an unwritable data folder', async () => {
    const file = path.join(tmp, 'a-file');
    fs.writeFileSync(file, '');
    const server = startServer({ CERTEVAL_DATA_DIR: path.join(file, 'pglite'), PORT: '0' });
    expect(await server.exited).toBe(1);
    expect(server.output().trim()).toMatch(
      /^certeval: The data folder .+ cannot be written \(ENOTDIR\): set CERTEVAL_DATA_DIR to a writable folder\.$/,
    );
  });

  it('stops with one clear sentence on a malformed setting', async () => {
    const server = startServer({ PORT: 'eighty' });
    expect(await server.exited).toBe(1);
    expect(server.output().trim()).toMatch(/^certeval: Invalid value for PORT: .+\.$/);
  });
});
