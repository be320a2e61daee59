// `npm start`: builds the web app when its sources are newer than the build, then runs the
// server in this same process, so Ctrl-C and SIGTERM reach it and it closes the database.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'packages', 'web');
const built = path.join(web, 'dist', 'index.html');

function newestMtime(entry) {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((e) => newestMtime(path.join(entry, e))));
}

const sources = ['src', 'index.html', 'vite.config.ts'].map((e) => path.join(web, e));
const stale =
  !fs.existsSync(built) ||
  Math.max(...sources.filter(fs.existsSync).map(newestMtime)) > fs.statSync(built).mtimeMs;
if (stale && process.env.CERTEVAL_SKIP_WEB_BUILD !== '1') {
  process.stdout.write('Building the web app (first start or changed sources)…\n');
  const result = spawnSync('npm', ['run', 'build', '-w', '@certeval/web'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    process.stderr.write('certeval: the web app could not be built; see the messages above.\n');
    process.exit(1);
  }
}

// Settings from a local .env file when there is one (see .env.example); the environment wins.
const envFile = path.join(root, '.env');
if (fs.existsSync(envFile)) process.loadEnvFile(envFile);

register();
await import('../packages/server/src/main.ts');
