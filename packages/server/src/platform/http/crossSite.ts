// State-changing requests sent by another site are refused (issue 14), on top of the session
// cookie's SameSite=Lax. A browser says where a request comes from: Sec-Fetch-Site, which a
// page cannot forge, and Origin. A request is served when its Origin is ours (the address it
// was sent to, or the configured public URL), else when Sec-Fetch-Site says same-origin or
// none (typed by the person); a request with neither header (the CLI, curl, a server) is not
// a browser's and is served too.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface RequestSource {
  method: string;
  origin?: string;
  secFetchSite?: string;
  /** The origins that are ours: where the request was sent, and the public URL's. */
  ownOrigins: readonly string[];
}

/** The origin of a URL as a browser writes it (no default port), or undefined. */
export function originOf(url: string): string | undefined {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

export function isCrossSite({ method, origin, secFetchSite, ownOrigins }: RequestSource): boolean {
  if (!STATE_CHANGING.has(method.toUpperCase())) return false;
  if (origin !== undefined) {
    const sent = originOf(origin);
    if (sent !== undefined && ownOrigins.includes(sent)) return false;
  }
  if (secFetchSite !== undefined) return !['same-origin', 'none'].includes(secFetchSite);
  return origin !== undefined;
}

const header = (request: FastifyRequest, name: string) => {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
};

export function registerCrossSiteCheck(app: FastifyInstance, publicUrl: string): void {
  const publicOrigin = originOf(publicUrl);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api')) return;
    const own = originOf(`${request.protocol}://${request.host}`);
    const source: RequestSource = {
      method: request.method,
      origin: header(request, 'origin'),
      secFetchSite: header(request, 'sec-fetch-site'),
      ownOrigins: [own, publicOrigin].filter((o): o is string => o !== undefined),
    };
    if (isCrossSite(source)) throw new AppError('cross_site_request');
  });
}
