// Issue 14: a 300 KB upload that inflated to 300 MB froze the server for everyone (/api/health
// took 11.8 s). A real server process, started as `npm start` runs it (embedded database, demo
// data, default limits), receives from a tutor, back to back for SECONDS, the XLSX bomb of the
// abuse tests: 300 MB of sheet in 300 KB, its central directory declaring 1 KB so that the
// worker really inflates it up to the ratio limit before refusing it. Meanwhile /api/health is
// asked one request after another; the answers to the requests sent while a bomb was in
// flight give the figure: their p99, target < 100 ms.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { xlsxBomb } from '../packages/server/src/platform/archive/bombs.testing.ts';

const MAIN = path.join(import.meta.dirname, '..', 'packages', 'server', 'src', 'main.ts');
const PORT = 3978;
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.BENCH_ZIP_BOMB_SECONDS ?? 15);
const TARGET_MS = 100;
const SHEET = '/api/instruments/cqp-agc-tutor-grid/versions/1/sheet';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function signIn(deadline: number): Promise<string> {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${BASE}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'tuteur@demo.certeval.example', password: 'certeval-demo' }),
      });
      const cookie = response.headers.get('set-cookie')?.split(';')[0];
      if (response.status === 200 && cookie) return cookie;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server did not become ready within 60 s');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

async function measure(cookie: string) {
  const bomb = xlsxBomb(300, { declaredSize: 1024 });
  const until = performance.now() + SECONDS * 1000;
  let inFlight = 0;
  let refused = 0;
  const latencies: number[] = [];
  const bombs = (async () => {
    while (performance.now() < until) {
      inFlight++;
      const response = await fetch(`${BASE}${SHEET}`, {
        method: 'POST',
        headers: { cookie, 'content-type': XLSX },
        body: new Uint8Array(bomb),
      }).finally(() => inFlight--);
      const { code } = (await response.json()) as { code?: string };
      if (response.status !== 413)
        throw new Error(`a bomb was answered ${response.status} ${code}`);
      refused++;
    }
  })();
  while (performance.now() < until) {
    const during = inFlight > 0;
    const started = performance.now();
    const response = await fetch(`${BASE}/api/health`);
    await response.arrayBuffer();
    if (during) latencies.push(performance.now() - started);
  }
  await bombs;
  return { wire: bomb.length, refused, latencies: latencies.sort((a, b) => a - b) };
}

export async function benchZipBomb(): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-bench-'));
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      PORT: String(PORT),
      CERTEVAL_DATA_DIR: path.join(dir, 'pglite'),
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  try {
    const cookie = await signIn(Date.now() + 60_000);
    const { wire, refused, latencies } = await measure(cookie);
    const p50 = percentile(latencies, 0.5);
    const p99 = percentile(latencies, 0.99);
    const ratio = p99 / TARGET_MS;
    const name = '/api/health p99 while a 300 MB zip bomb is being refused';
    return [
      `${name} ${p99.toFixed(1).padStart(7)} ms   target < ${TARGET_MS} ms   ratio ${ratio.toFixed(2)} ${ratio < 1 ? 'ok' : 'OVER TARGET'}`,
      `  ${refused} bombs of ${(wire / 1024).toFixed(0)} KB refused in ${SECONDS} s; ${latencies.length} health answers during them, p50 ${p50.toFixed(1)} ms, max ${(latencies.at(-1) ?? Number.NaN).toFixed(1)} ms`,
    ];
  } finally {
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGTERM');
    await exited;
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
