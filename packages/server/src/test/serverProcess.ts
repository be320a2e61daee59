// The server as a person runs it, for the tests that need a real process: `main.ts` started
// with tsx, its output collected, stopped by a signal, on a database of the kind under test.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect } from 'vitest';
import { createTestDatabase, testDatabaseKind } from './harness.ts';

const MAIN = path.join(import.meta.dirname, '..', 'main.ts');
// Up to 90 s: the suite starts servers while other test files load the machine.
const START_POLLS = 900;
const POLL_MS = 100;

export type ServerProcess = ReturnType<typeof startServer>;

/** Starts `main.ts` on a free port (unless `env` names one), quietly logged. */
export function startServer(env: Record<string, string>) {
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
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/** Polls the output until `found` returns something, the process exits, or 90 s pass. */
async function watch<T>(server: ServerProcess, found: (output: string) => T | undefined) {
  for (let i = 0; i < START_POLLS; i++) {
    const seen = found(server.output());
    if (seen !== undefined) return seen;
    if (server.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  return found(server.output());
}

/** Waits until the server prints `text`; fails with its whole output if it never does. */
export async function waitForOutput(server: ServerProcess, text: string) {
  await watch(server, (output) => (output.includes(text) ? true : undefined));
  expect(server.output()).toContain(text);
}

/** Waits for the server to say where it runs; its base URL on 127.0.0.1, without a slash. */
export async function serverUrl(server: ServerProcess): Promise<string> {
  const url = await watch(server, (output) => /running at (http:\/\/[^\s]+)/.exec(output)?.[1]);
  if (!url) throw new Error(`server did not start:\n${server.output()}`);
  return url.replace('localhost', '127.0.0.1').replace(/\/$/, '');
}

/** Sends a signal and resolves with the exit code. */
export async function stop(server: ServerProcess, signal: NodeJS.Signals) {
  server.child.kill(signal);
  return server.exited;
}

/**
 * The environment naming a database for a server process: a new PostgreSQL database under
 * CERTEVAL_TEST_DB=postgres, else the PGlite folder `pgliteDir` (created by the server).
 */
export async function databaseEnv(pgliteDir: string): Promise<Record<string, string>> {
  if (testDatabaseKind() === 'postgres') {
    const { database, url } = await createTestDatabase();
    await database.close();
    return { DATABASE_URL: url ?? '' };
  }
  return { CERTEVAL_DATA_DIR: pgliteDir };
}
