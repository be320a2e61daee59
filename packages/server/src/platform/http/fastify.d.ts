import type { Actor, RoutePolicy } from '../policy.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The action a route needs, from the policy module, or 'public'. Required under /api. */
    policy?: RoutePolicy;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}
