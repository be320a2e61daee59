// Issue 16, item 9: the JavaScript a browser loads to show the sign-in page and /verifier
// (the page every QR code opens), gzip-compressed, against 250 kB. Measured in Chromium on a
// real server process serving the built app (`npm run build` first): every script the page
// asks for until the network is quiet, each compressed as the build's .gz copy is.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const ROOT = path.join(import.meta.dirname, '..');
const MAIN = path.join(ROOT, 'packages', 'server', 'src', 'main.ts');
const PORT = 3978;
const TARGET_BYTES = 250_000;
const PAGES = [
  { name: 'sign-in page (/login)', path: '/login' },
  { name: 'public verification (/verifier)', path: '/verifier' },
];

async function untilHealthy(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server did not answer within 90 s');
}

type Measure = {
  files: number;
  raw: number;
  gzip: number;
  transferred: number;
  largest: string;
};

async function measure(browser: import('@playwright/test').Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts: Promise<{ name: string; raw: number; gzip: number; transferred: number }>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(
      (async () => {
        const body = await response.body();
        const sizes = await response.request().sizes();
        return {
          name: path.basename(new URL(response.url()).pathname).replace(/-[\w-]{8}\.js$/, ''),
          raw: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
          transferred: sizes.responseBodySize,
        };
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const all = await Promise.all(scripts);
  await context.close();
  const sum = (key: 'raw' | 'gzip' | 'transferred') => all.reduce((total, s) => total + s[key], 0);
  const largest = [...all]
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, 6)
    .map((s) => `${s.name} ${kB(s.gzip)}`)
    .join(', ');
  return {
    files: all.length,
    raw: sum('raw'),
    gzip: sum('gzip'),
    transferred: sum('transferred'),
    largest,
  } satisfies Measure;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export async function benchWeb(): Promise<string[]> {
  if (!fs.existsSync(path.join(ROOT, 'packages', 'web', 'dist', 'index.html')))
    return ['the web app is not built: run `npm run build` first'];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-bench-web-'));
  const server = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      CERTEVAL_DATA_DIR: path.join(dir, 'pglite'),
      CERTEVAL_DEMO: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic'],
  });
  try {
    await untilHealthy(Date.now() + 90_000);
    const lines: string[] = [];
    for (const { name, path: pagePath } of PAGES) {
      const m = await measure(browser, `http://127.0.0.1:${PORT}${pagePath}`);
      const ratio = m.gzip / TARGET_BYTES;
      lines.push(
        `${name.padEnd(34)} JavaScript ${kB(m.gzip).padStart(9)} gzip   target <= ${kB(TARGET_BYTES)}   ratio ${ratio.toFixed(2)} ${ratio <= 1 ? 'ok' : 'OVER TARGET'}`,
        `${''.padEnd(34)} ${m.files} files, ${kB(m.raw)} uncompressed, ${kB(m.transferred)} sent (brotli)`,
        `${''.padEnd(34)} largest (gzip): ${m.largest}`,
      );
    }
    return lines;
  } finally {
    await browser.close();
    const exited = new Promise((r) => server.on('exit', r));
    server.kill('SIGTERM');
    await exited;
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
