// Texts a database cannot hold, or holds wrongly, are refused at the door (issue 14): a NUL
// character (PostgreSQL refuses it in text and jsonb: the request used to fail with a 500) and
// an unpaired surrogate (half of a character, which cannot be written in UTF-8 and used to be
// stored as U+FFFD or refused). One check, before validation, of every text of the path
// parameters, the query string and the body, keys included.
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.ts';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the NUL character is what is refused.
const FORBIDDEN = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A path segment as a JSON pointer writes it (RFC 6901), as validation errors name fields. */
const segment = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The path of the first text in `value` holding a NUL character or an unpaired surrogate,
 * starting at `root` (`body/candidate/firstNames/1`); for a key, the path of its object.
 * Bytes (a Buffer) are not text and are not looked into. Iterative: depth cannot overflow.
 */
export function forbiddenTextPath(value: unknown, root: string): string | undefined {
  const pending: Array<[unknown, string]> = [[value, root]];
  while (pending.length > 0) {
    const [current, path] = pending.pop() as [unknown, string];
    if (typeof current === 'string') {
      if (FORBIDDEN.test(current)) return path;
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) pending.push([current[i], `${path}/${i}`]);
    } else if (current !== null && typeof current === 'object' && !Buffer.isBuffer(current)) {
      const entries = Object.entries(current);
      if (entries.some(([key]) => FORBIDDEN.test(key))) return path;
      for (const [key, child] of entries.reverse())
        pending.push([child, `${path}/${segment(key)}`]);
    }
  }
  return undefined;
}

export function registerInputHygiene(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const path =
      forbiddenTextPath(request.params, 'params') ??
      forbiddenTextPath(request.query, 'querystring') ??
      forbiddenTextPath(request.body, 'body');
    if (path === undefined) return;
    throw new AppError(
      'invalid_text',
      {
        fr: `Le champ ${path} contient un caractère interdit (caractère nul ou demi-caractère isolé).`,
        en: `The field ${path} holds a forbidden character (a NUL character or an unpaired surrogate).`,
      },
      path,
    );
  });
}
