// Browser tests: Debian's Chromium (no browser download here) against one built server on
// a fresh embedded database in demo mode.
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// Which Node.js runs the browser tests, said once (workers load this file too).
if (!process.env.TEST_WORKER_INDEX)
  process.stdout.write(`Playwright on Node.js ${process.version}\n`);

const port = Number(process.env.E2E_PORT ?? 3999);
const dataDir = path.join(os.tmpdir(), `certeval-e2e-${process.pid}`, 'pglite');
// Issue 15: a real SMTP server for the suite (e2e/mailServer.ts, started by the global setup),
// its messages written to a folder the specs read. Set here, in the runner's process, the
// environment reaches the workers that run the specs.
process.env.CERTEVAL_E2E_SMTP_PORT ??= String(port + 500);
process.env.CERTEVAL_E2E_MAIL_DIR ??= path.join(os.tmpdir(), `certeval-e2e-mail-${port}`);

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/mailServer.ts',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'fr-FR',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromium,
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], launchOptions: chromium },
      testIgnore: /tablet\.spec\.ts/,
    },
    {
      name: 'tablet',
      // A jury member works on a tablet: portrait, touch.
      use: {
        viewport: { width: 768, height: 1024 },
        hasTouch: true,
        isMobile: false,
        launchOptions: chromium,
      },
      testMatch: /tablet\.spec\.ts/,
    },
  ],
  webServer: {
    command: 'node --import tsx packages/server/src/main.ts',
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    // A loaded machine starts the server slowly (45 s seen with a load average of 25).
    timeout: 120_000,
    stdout: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      CERTEVAL_DATA_DIR: dataDir,
      CERTEVAL_DEMO: '1',
      LOG_LEVEL: 'warn',
      CERTEVAL_SMTP_URL: `smtp://127.0.0.1:${process.env.CERTEVAL_E2E_SMTP_PORT}`,
      CERTEVAL_MAIL_RETRY_DELAY_SECONDS: '1',
      // Every spec signs the demo's people in, all from 127.0.0.1, many times a minute: the
      // sign-in limits (tested by the integration suite, abuse/loginLimits) would refuse them.
      CERTEVAL_LOGIN_ATTEMPTS_PER_MINUTE: '1000',
      CERTEVAL_LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '10000',
    },
  },
});
