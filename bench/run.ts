// `npm run bench`: every benchmark, each printing its figure and the ratio to its target.
import { benchStartup } from './startup.ts';

const results = [await benchStartup()].flat();
for (const r of results) {
  const ratio = r.seconds / r.targetSeconds;
  process.stdout.write(
    `${r.name.padEnd(48)} ${r.seconds.toFixed(2).padStart(7)} s   target ${r.targetSeconds} s   ratio ${ratio.toFixed(2)} ${ratio <= 1 ? 'ok' : 'OVER TARGET'}\n`,
  );
}
