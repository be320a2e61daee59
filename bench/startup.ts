// Issue 2: `npm start` serves the app within 20 s of the server starting, demo included.
// Measures a real server process from spawn to a healthy answer and a working demo login,
// on a new embedded database (migrations + demo) and again on the same one (restart).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const MAIN = path.join(import.meta.dirname, '..', 'packages', 'server', 'src', 'main.ts');
const PORT = 3977;

async function untilReady(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${PORT}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: 'candidat@demo.certeval.example',
          password: 'certeval-demo',
        }),
      });
      if (res.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the server did not become ready within 60 s');
}

async function timeOneStart(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, PORT: String(PORT), CERTEVAL_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  try {
    await untilReady(Date.now() + 60_000);
    return (performance.now() - started) / 1000;
  } finally {
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

export async function benchStartup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-bench-'));
  try {
    const dataDir = path.join(dir, 'pglite');
    const first = await timeOneStart(dataDir);
    const again = await timeOneStart(dataDir);
    return [
      { name: 'start on a new PGlite database, demo ready', seconds: first, targetSeconds: 20 },
      { name: 'restart on the same PGlite database', seconds: again, targetSeconds: 20 },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
