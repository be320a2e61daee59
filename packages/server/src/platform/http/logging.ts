// What the server's log may hold (issue 14): never a request body, a password, a token, an
// identity field or uploaded bytes. A request is logged by its method, its route's pattern
// (a path may hold an invitation token, a query string a reset token) and its network address;
// a failure by its kind and where it happened, without its message when it comes from the
// database, whose messages and parameters repeat what the request sent.
import type { FastifyRequest, FastifyServerOptions } from 'fastify';

/** Keys censored wherever a log line would carry them, should code ever log them. */
const REDACTED = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'body',
  'password',
  'token',
  'email',
  '*.body',
  '*.password',
  '*.token',
  '*.email',
  '*.params',
  '*.query',
];

export function loggerOptions(
  level: string,
  stream?: NodeJS.WritableStream,
): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream && { stream }),
    redact: { paths: REDACTED, censor: '[redacted]' },
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: routeOf(request),
        remoteAddress: request.ip,
      }),
    },
  };
}

/** The route's pattern (`/api/invitations/:token`), or the path without its query string. */
export function routeOf(request: FastifyRequest): string {
  return request.routeOptions?.url ?? request.url.split('?')[0] ?? '';
}

interface LoggedError {
  type: string;
  code?: string;
  message?: string;
  /** From the database: its SQLSTATE code, and the names (never the values) involved. */
  database?: Record<string, string>;
  stack?: string[];
  cause?: LoggedError;
}

const DATABASE_FIELDS = ['code', 'severity', 'routine', 'constraint', 'table', 'column'] as const;

/** A failure as it may be logged: see the head of this file. */
export function errorForLog(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error };
  const fields = error as unknown as Record<string, unknown>;
  const fromDatabase = 'query' in fields || 'params' in fields || 'severity' in fields;
  const logged: LoggedError = { type: error.constructor.name };
  if (typeof fields.code === 'string' && /^[A-Z0-9_]{1,40}$/.test(fields.code))
    logged.code = fields.code;
  if (fromDatabase) {
    const database = Object.fromEntries(
      DATABASE_FIELDS.flatMap((k) => (typeof fields[k] === 'string' ? [[k, fields[k]]] : [])),
    );
    if (Object.keys(database).length > 0) logged.database = database as Record<string, string>;
  } else logged.message = error.message.slice(0, 300);
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  if (frames.length > 0) logged.stack = frames.slice(0, 15).map((line) => line.trim());
  if (error.cause !== undefined && depth < 3) logged.cause = errorForLog(error.cause, depth + 1);
  return logged;
}
