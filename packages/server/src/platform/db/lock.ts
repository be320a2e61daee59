// PGlite is one process's database: a second process opening the same folder would corrupt
// it. A pid file beside the data folder makes the second opener stop with a clear sentence.
import fs from 'node:fs';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock or returns the pid of the live process that holds it. */
export function acquireLock(dataDir: string): { release(): void } | { heldBy: number } {
  const file = `${dataDir}.pid`;
  try {
    fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = Number(fs.readFileSync(file, 'utf8'));
    if (holder && holder !== process.pid && isAlive(holder)) return { heldBy: holder };
    fs.writeFileSync(file, String(process.pid));
  }
  return {
    release() {
      try {
        if (fs.readFileSync(file, 'utf8') === String(process.pid)) fs.unlinkSync(file);
      } catch {
        // Already gone: nothing to release.
      }
    },
  };
}
