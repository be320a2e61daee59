// Passwords are hashed with argon2id; session and reset tokens are random and stored hashed.
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// algorithm 2 is Argon2id (a const enum in @node-rs/argon2, which isolated modules cannot import).
const ARGON2 = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };

// The rule is core's, the one the browser checks too.
export { MIN_PASSWORD_LENGTH } from '@certeval/core';

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

// Verifying against this hash when the e-mail is unknown keeps the response time the same,
// so a login attempt does not reveal which addresses have an account.
let decoyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string) {
  if (!passwordHash) {
    decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await verify(await decoyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
