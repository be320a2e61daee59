// The master secret: CERTEVAL_SECRET when set (refused at start-up when shorter than 32
// characters); in demo mode without it, generated once into `<data folder>.secret`, readable
// by its owner only, and read back on the next start; outside demo mode, a sentence naming it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../platform/config.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { masterSecret } from './masterSecret.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

const contextOf = (env: Record<string, string>) =>
  ({ config: loadConfig(env) }) as unknown as Context;

describe('the master secret', () => {
  it('is CERTEVAL_SECRET when set, and refused at start-up when too short', () => {
    const secret = 'a master secret of thirty-two characters or more';
    expect(masterSecret(contextOf({ CERTEVAL_SECRET: secret }))).toBe(secret);
    expect(() => loadConfig({ CERTEVAL_SECRET: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ CERTEVAL_SECRET: 'short' })).toThrow(/CERTEVAL_SECRET/);
  });

  it('is generated once in demo mode, kept beside the data folder with mode 0600', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-secret-'));
    folders.push(folder);
    const env = { CERTEVAL_DATA_DIR: path.join(folder, 'pglite') };
    const first = masterSecret(contextOf(env));
    const file = path.join(folder, 'pglite.secret');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(first.length).toBeGreaterThanOrEqual(32);
    // A new start (a new configuration) reads the same secret back.
    expect(masterSecret(contextOf(env))).toBe(first);
  });

  it('is required outside demo mode, with a sentence naming CERTEVAL_SECRET', () => {
    const ctx = contextOf({ CERTEVAL_DEMO: '0' });
    expect(() => masterSecret(ctx)).toThrow(AppError);
    try {
      masterSecret(ctx);
    } catch (error) {
      expect((error as AppError).toBody().message.en).toContain('CERTEVAL_SECRET');
    }
  });
});
