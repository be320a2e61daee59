// The one typed configuration of the server and the CLI, read from the environment and
// validated at start-up. Every variable is documented in .env.example at the repository root.
import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Type } from 'typebox';
import Value from 'typebox/value';
import { type ArchiveLimits, DEFAULT_ARCHIVE_LIMITS, MB } from './archive/limits.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

const Env = Type.Object({
  PORT: Type.Optional(Type.String({ pattern: '^[0-9]{1,5}$' })),
  HOST: Type.Optional(Type.String({ minLength: 1 })),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  CERTEVAL_DATA_DIR: Type.Optional(Type.String({ minLength: 1 })),
  CERTEVAL_DEMO: Type.Optional(Type.Union([Type.Literal('0'), Type.Literal('1')])),
  // 0, a number of proxy hops, or the proxies' addresses and CIDR ranges separated by commas.
  CERTEVAL_TRUST_PROXY: Type.Optional(Type.String({ pattern: '^[0-9a-fA-F:.,/ ]+$' })),
  CERTEVAL_PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  CERTEVAL_LOGIN_ATTEMPTS_PER_MINUTE: Type.Optional(Type.String({ pattern: '^[0-9]+$' })),
  CERTEVAL_LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: Type.Optional(Type.String({ pattern: '^[0-9]+$' })),
  CERTEVAL_PUBLIC_LOOKUPS_PER_MINUTE: Type.Optional(Type.String({ pattern: '^[0-9]+$' })),
  // Issue 7, certificates: the master secret that seals the certifiers' signing keys at rest.
  CERTEVAL_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  // Issue 15, mail and jobs: the SMTP server (absent: messages stay in the outbox), the sender.
  CERTEVAL_SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://[^\\s]+$' })),
  CERTEVAL_MAIL_FROM: Type.Optional(Type.String({ minLength: 3, pattern: '^[^\\r\\n]+$' })),
  CERTEVAL_MAIL_RETRIES: Type.Optional(Type.String({ pattern: '^[0-9]{1,2}$' })),
  CERTEVAL_MAIL_RETRY_DELAY_SECONDS: Type.Optional(Type.String({ pattern: '^[0-9]{1,5}$' })),
  CERTEVAL_JOB_TIMEOUT_SECONDS: Type.Optional(Type.String({ pattern: '^[0-9]{1,5}$' })),
  // Issue 19, personal data: days after its last activity a file never put before a jury is erased.
  CERTEVAL_RETENTION_NO_JURY_DAYS: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,4}$' })),
  // Issue 19, operations: how long a stopping server waits for its running jobs before handing
  // them back; the token Prometheus sends to read /metrics (absent: /metrics answers nothing).
  CERTEVAL_SHUTDOWN_SECONDS: Type.Optional(Type.String({ pattern: '^[0-9]{1,4}$' })),
  CERTEVAL_METRICS_TOKEN: Type.Optional(Type.String({ minLength: 16, pattern: '^[!-~]+$' })),
  // Issue 14, verification: tests only, let the verifier reach private addresses over http.
  CERTEVAL_FETCH_ALLOW_PRIVATE: Type.Optional(Type.Union([Type.Literal('0'), Type.Literal('1')])),
  // Issue 14: the limits archives are read under, and the threads that read them.
  CERTEVAL_ARCHIVE_MAX_ENTRIES: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,5}$' })),
  CERTEVAL_ARCHIVE_MAX_ENTRY_MB: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,3}$' })),
  CERTEVAL_ARCHIVE_MAX_TOTAL_MB: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,3}$' })),
  CERTEVAL_ARCHIVE_MAX_RATIO: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,4}$' })),
  CERTEVAL_WORKER_THREADS: Type.Optional(Type.String({ pattern: '^[1-9][0-9]?$' })),
  LOG_LEVEL: Type.Optional(
    Type.Union(
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    ),
  ),
});

export type DatabaseConfig =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'postgres'; url: string };

export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  demo: boolean;
  /**
   * Which peers' X-Forwarded-* headers are believed, as Fastify's trustProxy takes it: none
   * (false), a count of hops (a number, which Fastify treats as none), or the proxies'
   * addresses and CIDR ranges.
   */
  trustProxy: false | number | string[];
  publicUrl: string;
  /** Sign-in attempts per minute for one person (one normalised address). */
  loginAttemptsPerMinute: number;
  /** Sign-in attempts per minute from one network address, whatever the person. */
  loginAttemptsPerIpPerMinute: number;
  /** Public certificate verifications (by number or upload) per minute from one address. */
  publicLookupsPerMinute: number;
  logLevel: string;
  webDist: string;
  /** The certifications shipped with the product, loaded at start-up. */
  shippedReferentialsDir: string;
  /** The instruments shipped with the product, loaded at start-up. */
  shippedInstrumentsDir: string;
  /** The decision rule sets shipped with the product. */
  shippedRulesDir: string;
  sessionDays: number;
  resetTokenHours: number;
  // Issue 7, certificates: the master secret sealing signing keys (CERTEVAL_SECRET), or, when
  // it is not set in demo mode, the file where a generated one is kept (0600, beside the data
  // folder). Outside demo mode, CERTEVAL_SECRET must be set before a certificate is issued.
  masterSecret?: string;
  masterSecretFile?: string;
  mail: MailConfig;
  jobs: JobsConfig;
  retention: RetentionConfig;
  // Issue 14, verification: what the public verifier fetches of other issuers (their DID
  // documents, profiles and status lists) is https on public addresses only; tests that serve
  // them from a local server set this (CERTEVAL_FETCH_ALLOW_PRIVATE=1) to reach loopback and
  // private addresses, over plain http too. Never in production.
  fetchAllowPrivate: boolean;
  // Issue 14: every archive the product opens is read under these limits
  // (platform/archive/limits.ts); CPU-heavy parsing runs on this many worker threads.
  archiveLimits: ArchiveLimits;
  workerThreads: number;
  /** The bearer token that reads /metrics; without one, /metrics is refused. */
  metricsToken?: string;
}

// Issue 15: where mail goes. Without `smtpUrl` every message stays in the outbox (the demo).
export interface MailConfig {
  smtpUrl?: string;
  /** The sender, `Name <address>` or an address. */
  from: string;
  /** Attempts after the first before a message is marked failed, and the first delay. */
  retries: number;
  retryDelaySeconds: number;
}

export interface JobsConfig {
  /** A job running longer is taken as lost (its server stopped) and run again. */
  timeoutSeconds: number;
  /** A stopping server waits this long for its running jobs, then hands them back. */
  shutdownSeconds: number;
}

// Issue 19, item 5: a candidacy file that never reached a jury is erased this many days after
// its last activity, by a daily job (personalData/eraseExpiredCandidacies.ts).
export interface RetentionConfig {
  noJuryDelayDays: number;
}

export class ConfigError extends Error {}

/** Reads the configuration; throws ConfigError with one sentence naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const picked = Object.fromEntries(
    Object.keys(Env.properties).flatMap((k) => (env[k] ? [[k, env[k]]] : [])),
  );
  const firstError = Value.Errors(Env, picked)[0];
  if (firstError) {
    const variable = firstError.instancePath.replace(/^\//, '') || 'environment';
    throw new ConfigError(`Invalid value for ${variable}: ${firstError.message}.`);
  }
  const port = Number(picked.PORT ?? 3000);
  return {
    port,
    host: picked.HOST ?? '127.0.0.1',
    database: picked.DATABASE_URL
      ? { kind: 'postgres', url: picked.DATABASE_URL }
      : {
          kind: 'pglite',
          dataDir: path.resolve(picked.CERTEVAL_DATA_DIR ?? path.join(repoRoot, 'data', 'pglite')),
        },
    demo: (picked.CERTEVAL_DEMO ?? '1') === '1',
    trustProxy: trustedProxies(picked.CERTEVAL_TRUST_PROXY ?? '0'),
    publicUrl: picked.CERTEVAL_PUBLIC_URL ?? `http://localhost:${port}`,
    loginAttemptsPerMinute: Number(picked.CERTEVAL_LOGIN_ATTEMPTS_PER_MINUTE ?? 10),
    loginAttemptsPerIpPerMinute: Number(picked.CERTEVAL_LOGIN_ATTEMPTS_PER_IP_PER_MINUTE ?? 100),
    publicLookupsPerMinute: Number(picked.CERTEVAL_PUBLIC_LOOKUPS_PER_MINUTE ?? 120),
    logLevel: picked.LOG_LEVEL ?? 'info',
    webDist: path.join(repoRoot, 'packages', 'web', 'dist'),
    shippedReferentialsDir: path.join(repoRoot, 'data', 'certifications'),
    shippedInstrumentsDir: path.join(repoRoot, 'data', 'instruments'),
    shippedRulesDir: path.join(repoRoot, 'data', 'rules'),
    sessionDays: 14,
    resetTokenHours: 24,
    fetchAllowPrivate: picked.CERTEVAL_FETCH_ALLOW_PRIVATE === '1',
    ...masterSecretOf(picked),
    mail: mailOf(picked, port),
    jobs: {
      timeoutSeconds: Math.max(5, Number(picked.CERTEVAL_JOB_TIMEOUT_SECONDS ?? 120)),
      shutdownSeconds: Math.max(1, Number(picked.CERTEVAL_SHUTDOWN_SECONDS ?? 10)),
    },
    retention: { noJuryDelayDays: Number(picked.CERTEVAL_RETENTION_NO_JURY_DAYS ?? 730) },
    ...(picked.CERTEVAL_METRICS_TOKEN && { metricsToken: picked.CERTEVAL_METRICS_TOKEN }),
    archiveLimits: archiveLimitsOf(picked),
    workerThreads: Number(picked.CERTEVAL_WORKER_THREADS ?? defaultWorkerThreads()),
  };
}

/** One worker thread less than the cores, at least one: the event loop keeps a core. */
export function defaultWorkerThreads(): number {
  return Math.max(1, availableParallelism() - 1);
}

function archiveLimitsOf(picked: Record<string, string>): ArchiveLimits {
  const number = (name: string, scale = 1) =>
    picked[name] === undefined ? undefined : Number(picked[name]) * scale;
  const d = DEFAULT_ARCHIVE_LIMITS;
  return {
    maxEntries: number('CERTEVAL_ARCHIVE_MAX_ENTRIES') ?? d.maxEntries,
    maxEntryBytes: number('CERTEVAL_ARCHIVE_MAX_ENTRY_MB', MB) ?? d.maxEntryBytes,
    maxTotalBytes: number('CERTEVAL_ARCHIVE_MAX_TOTAL_MB', MB) ?? d.maxTotalBytes,
    maxRatio: number('CERTEVAL_ARCHIVE_MAX_RATIO') ?? d.maxRatio,
  };
}

/**
 * CERTEVAL_TRUST_PROXY: "0" trusts no proxy; a number is a count of hops (the nearest peers
 * trusted as proxies, whatever their address: http/app.ts); otherwise a comma-separated list
 * of the proxies' addresses and CIDR ranges, whose headers alone are believed.
 */
function trustedProxies(value: string): Config['trustProxy'] {
  if (/^[0-9]+$/.test(value)) return Number(value) === 0 ? false : Number(value);
  const entries = value.split(',').map((entry) => entry.trim());
  const bad = entries.find((entry) => !isAddressOrRange(entry));
  if (bad !== undefined)
    throw new ConfigError(
      `Invalid value for CERTEVAL_TRUST_PROXY: "${bad}" is neither an IP address nor a CIDR range.`,
    );
  return entries;
}

function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^[0-9]{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

// Issue 7, certificates: a set CERTEVAL_SECRET wins; in demo mode the secret is generated on
// first need into `<data folder>.secret` (certificates/masterSecret.ts).
function masterSecretOf(
  picked: Record<string, string>,
): Pick<Config, 'masterSecret' | 'masterSecretFile'> {
  if (picked.CERTEVAL_SECRET) return { masterSecret: picked.CERTEVAL_SECRET };
  if ((picked.CERTEVAL_DEMO ?? '1') !== '1') return {};
  const dataDir = path.resolve(picked.CERTEVAL_DATA_DIR ?? path.join(repoRoot, 'data', 'pglite'));
  return { masterSecretFile: `${dataDir}.secret` };
}

// Issue 15: a sender on the product's own host by default, so the demo's messages read right.
function mailOf(picked: Record<string, string>, port: number): MailConfig {
  const host = new URL(picked.CERTEVAL_PUBLIC_URL ?? `http://localhost:${port}`).hostname;
  return {
    ...(picked.CERTEVAL_SMTP_URL ? { smtpUrl: picked.CERTEVAL_SMTP_URL } : {}),
    from: picked.CERTEVAL_MAIL_FROM ?? `Certeval <no-reply@${host}>`,
    retries: Number(picked.CERTEVAL_MAIL_RETRIES ?? 5),
    retryDelaySeconds: Number(picked.CERTEVAL_MAIL_RETRY_DELAY_SECONDS ?? 30),
  };
}
