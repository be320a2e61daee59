// The master secret that seals the certifiers' signing keys at rest (credentials/secretBox.ts).
// CERTEVAL_SECRET when it is set. In demo mode without it, a random secret is generated on
// first need and kept in `<data folder>.secret`, readable by the server's user only (0600):
// losing that file makes the keys it sealed unusable, so the README says to keep it with the
// data. Outside demo mode, issuing without CERTEVAL_SECRET is refused with a sentence saying so.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { MIN_MASTER_SECRET_LENGTH } from '../credentials/secretBox.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';

const cache = new WeakMap<Context['config'], string>();

function readOrCreate(file: string): string {
  try {
    const existing = fs.readFileSync(file, 'utf8').trim();
    if (existing.length >= MIN_MASTER_SECRET_LENGTH) return existing;
    throw new Error(`${file} holds a secret shorter than ${MIN_MASTER_SECRET_LENGTH} characters`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  // `wx`: two processes starting at once never overwrite each other's secret.
  try {
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readOrCreate(file);
    throw error;
  }
  return secret;
}

/** The master secret, or an error naming CERTEVAL_SECRET when there is none. */
export function masterSecret(ctx: Context): string {
  const known = cache.get(ctx.config);
  if (known) return known;
  const { masterSecret: configured, masterSecretFile } = ctx.config;
  if (!configured && !masterSecretFile) {
    throw new AppError('internal', {
      fr: 'Le secret maître n’est pas configuré : définissez CERTEVAL_SECRET (au moins 32 caractères) pour signer des certificats.',
      en: 'No master secret is configured: set CERTEVAL_SECRET (at least 32 characters) to sign certificates.',
    });
  }
  const secret = configured ?? readOrCreate(masterSecretFile as string);
  cache.set(ctx.config, secret);
  return secret;
}
