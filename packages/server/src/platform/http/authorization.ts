// Every /api route, and every route of the CASE service (/ims/), declares its policy; a route
// registered without one stops the server from starting. Each request is authenticated from
// its session cookie, then checked.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actorForSession } from '../../accounts/service.ts';
import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';
import { type Actor, can, type RoutePolicy } from '../policy.ts';

export const SESSION_COOKIE = 'certeval_session';

export interface DeclaredRoute {
  method: string;
  url: string;
  policy: RoutePolicy;
}

// The OpenAPI document and its UI are public by nature; they are registered by a plugin.
const DOCS_PREFIX = '/api/docs';
const governed = (url: string) => url.startsWith('/api') || url.startsWith('/ims/');

export function registerAuthorization(app: FastifyInstance, ctx: Context): DeclaredRoute[] {
  const declared: DeclaredRoute[] = [];
  app.decorateRequest('actor', null);

  app.addHook('onRoute', (route) => {
    if (!governed(route.url)) return;
    route.config ??= {};
    if (route.url.startsWith(DOCS_PREFIX)) route.config.policy ??= 'public';
    const policy = route.config.policy;
    if (!policy) throw new Error(`Route ${route.method} ${route.url} declares no policy.`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') declared.push({ method, url: route.url, policy });
    }
  });

  app.addHook('onRequest', async (request) => {
    const policy = request.routeOptions.config?.policy;
    if (!governed(request.url) || !policy) return;
    request.actor = await actorFromCookie(ctx, request);
    if (policy === 'public') return;
    if (!request.actor) throw new AppError('unauthenticated');
    if (!can(request.actor, policy)) throw new AppError('forbidden');
  });

  return declared;
}

/**
 * The signed-in person of a request on a route whose policy is not public: the onRequest
 * hook has already refused the request without one, so this only narrows the type.
 */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated');
  return request.actor;
}

async function actorFromCookie(ctx: Context, request: FastifyRequest) {
  const token = request.cookies[SESSION_COOKIE];
  return token ? actorForSession(ctx, token) : null;
}
