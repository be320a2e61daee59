// Security headers of every response (issue 14), through @fastify/helmet: a strict
// Content-Security-Policy, no framing, no MIME sniffing, a Referrer-Policy, and HSTS over TLS.
//
// The policy allows what the built web app and the API documentation (Swagger UI at
// /api/docs) need, checked in Chromium with no violation reported: scripts from our origin
// only, never inline (Vite's build and Swagger UI load theirs from files); styles from our
// origin plus inline ones, which Mantine writes (its <style> of CSS variables, and style
// attributes) as does Swagger UI; images and fonts from our origin and data: URLs (Swagger
// UI's icons), images from blob: URLs (a downloaded file shown before saving).
// upgrade-insecure-requests is left out: on a plain-HTTP install (npm start on localhost) it
// would send every request of the page to an https address that does not answer.
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

const SELF = "'self'";

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: [SELF],
  scriptSrc: [SELF],
  scriptSrcAttr: ["'none'"],
  styleSrc: [SELF, "'unsafe-inline'"],
  imgSrc: [SELF, 'data:', 'blob:'],
  fontSrc: [SELF, 'data:'],
  connectSrc: [SELF],
  objectSrc: ["'none'"],
  baseUri: [SELF],
  formAction: [SELF],
  frameAncestors: ["'none'"],
};

/** A year, subdomains included: sent only on a request that came over TLS. */
const HSTS = 'max-age=31536000; includeSubDomains';

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // Sent below, only over TLS: a plain-HTTP answer cannot promise HTTPS.
    strictTransportSecurity: false,
  });
  app.addHook('onRequest', async (request, reply) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
  });
}
