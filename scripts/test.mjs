// `npm test`, the one command that says "it works" (and what CI runs): lint, typecheck and
// the migrations-versus-schema check,
// unit tests, integration tests on PGlite and on PostgreSQL, then the browser tests against
// the built server. Every step runs even when an earlier one fails, so one run shows all
// that is wrong; the last line is the total, `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Node.js 22.12 or newer runs the suite. On an older one (a fresh Debian's Node.js 20), the
// suite runs again on the Node.js 24 pinned in devDependencies (the npm package `node`), its
// folder first on PATH so that every step (npx, Vitest, Playwright, the server under tsx) runs
// on it too: CI tests the version users run.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pinned = path.join(root, 'node_modules', 'node', 'bin', 'node');
const [major, minor] = process.versions.node.split('.').map(Number);
if ((major < 22 || (major === 22 && minor < 12)) && fs.existsSync(pinned)) {
  process.stdout.write(`Node.js ${process.version} is too old: running the suite on ${pinned}\n`);
  const again = spawnSync(pinned, process.argv.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, PATH: `${path.dirname(pinned)}${path.delimiter}${process.env.PATH}` },
  });
  process.exit(again.status ?? 1);
}
process.stdout.write(`npm test on Node.js ${process.version}\n`);

const reports = path.resolve('.reports');
fs.rmSync(reports, { recursive: true, force: true });
fs.mkdirSync(reports, { recursive: true });

const totals = { passed: 0, failed: 0 };
const summary = [];
/** The failing tests' names, repeated at the end so that the tail of a CI log says what broke. */
const failures = [];

function run(command, args, env = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: result.status === 0, seconds: Math.round((Date.now() - started) / 1000) };
}

function count(name, passed, failed, seconds) {
  totals.passed += passed;
  totals.failed += failed;
  summary.push(
    `${name.padEnd(22)} ${String(passed).padStart(4)} passed ${String(failed).padStart(3)} failed  ${seconds}s`,
  );
}

/** A step that is one check (lint, typecheck): passed or failed as a whole. */
function check(name, command, args) {
  process.stdout.write(`\n▶ ${name}\n`);
  const { ok, seconds } = run(command, args);
  count(name, ok ? 1 : 0, ok ? 0 : 1, seconds);
}

/** A Vitest step: counts from its JSON report; a crash without report counts as a failure. */
function vitest(name, projects) {
  process.stdout.write(`\n▶ ${name}\n`);
  const file = path.join(reports, `${name}.json`);
  const projectArgs = projects.flatMap((p) => ['--project', p]);
  const { ok, seconds } = run('npx', [
    'vitest',
    'run',
    ...projectArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  if (!fs.existsSync(file)) return count(name, 0, 1, seconds);
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const suite of report.testResults ?? []) {
    const where = path.relative(process.cwd(), suite.name);
    const failedTests = (suite.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const test of failedTests) {
      const reason = (test.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 200);
      failures.push(`${name}: ${where} › ${test.fullName}\n    ${reason}`);
    }
    if (failedTests.length === 0 && suite.status === 'failed') {
      failures.push(`${name}: ${where}\n    ${(suite.message ?? '').split('\n')[0].slice(0, 200)}`);
    }
  }
  const failed = report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
  count(
    name,
    report.numPassedTests,
    failed + report.numPendingTests + report.numTodoTests,
    seconds,
  );
}

function playwright(name) {
  process.stdout.write(`\n▶ ${name}\n`);
  const build = run('npm', ['run', 'build']);
  if (!build.ok) return count(`${name} (web build)`, 0, 1, build.seconds);
  const file = path.join(reports, 'e2e.json');
  const { ok, seconds } = run('npx', ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: file,
  });
  if (!fs.existsSync(file)) return count(name, 0, 1, seconds);
  const { stats } = JSON.parse(fs.readFileSync(file, 'utf8'));
  const failed =
    stats.unexpected + stats.flaky + stats.skipped + (ok || stats.unexpected > 0 ? 0 : 1);
  count(name, stats.expected, failed, seconds);
}

check('lint', 'npx', ['biome', 'check', '.']);
check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
check('migrations match schema', 'node', ['scripts/checkMigrations.mjs']);
vitest('unit', ['unit']);
vitest('integration', ['integration-pglite', 'integration-postgres']);
playwright('browser');

if (failures.length > 0) process.stdout.write(`\nFailed:\n${failures.join('\n')}\n`);
process.stdout.write(
  `\n${summary.join('\n')}\n\n${totals.passed} passed, ${totals.failed} failed\n`,
);
process.exit(totals.failed === 0 ? 0 : 1);
