import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock } from './lock.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-lock-'));
afterEach(() => fs.rmSync(`${dir}/db.pid`, { force: true }));

describe('PGlite folder lock', () => {
  it('is refused while a live process holds it', () => {
    fs.writeFileSync(`${dir}/db.pid`, String(process.ppid));
    expect(acquireLock(`${dir}/db`)).toEqual({ heldBy: process.ppid });
  });

  it('is taken over from a process that no longer runs, and released on close', () => {
    fs.writeFileSync(`${dir}/db.pid`, '2147483646');
    const lock = acquireLock(`${dir}/db`);
    expect('release' in lock).toBe(true);
    expect(fs.readFileSync(`${dir}/db.pid`, 'utf8')).toBe(String(process.pid));
    if ('release' in lock) lock.release();
    expect(fs.existsSync(`${dir}/db.pid`)).toBe(false);
  });
});
