// The built web app (issue 16, item 9). Vite names every asset after a hash of its content:
// such a file never changes, so browsers and proxies keep it a year without asking again.
// index.html names the current assets: it is checked on every load (no-cache), so that a new
// release is seen at once. Files are sent as the brotli or gzip copy written at build time
// (packages/web/precompress.ts) when the browser accepts it: no compression work per request.
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Where Vite writes the hashed files, under the web app's root. */
export const ASSETS_PREFIX = '/assets/';

const COMPRESSED_COPY = /\.(br|gz)$/;

/** The cache policy of one served file, from its path on disk. */
export function cacheControlOf(webDist: string, filePath: string): string {
  const relative = path.relative(webDist, filePath.replace(COMPRESSED_COPY, ''));
  return `/${relative.split(path.sep).join('/')}`.startsWith(ASSETS_PREFIX)
    ? IMMUTABLE
    : REVALIDATE;
}

export async function registerWebApp(app: FastifyInstance, webDist: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: webDist,
    wildcard: false,
    index: false,
    preCompressed: true,
    // Our own Cache-Control below, not `send`'s default `public, max-age=0`.
    cacheControl: false,
    // The compressed copies are chosen from Accept-Encoding, never asked for by name.
    globIgnore: ['**/*.br', '**/*.gz'],
    setHeaders: (reply, filePath) => {
      reply.header('cache-control', cacheControlOf(webDist, filePath));
    },
  });
}

/** The page of every path the client routes itself (the app decides what is not found). */
export function sendIndex(reply: FastifyReply) {
  return reply.sendFile('index.html');
}
