// Builds the HTTP application: plugins, policy enforcement, error shape, every capability's
// routes, the OpenAPI document at /api/docs, and the built web app at /.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { accountRoutes } from '../../accounts/routes.ts';
import { candidateRoutes } from '../../candidates/routes.ts';
// Certificates, public verification, statistics (issue 7).
import { cdcRoutes } from '../../cdc/routes.ts';
import { certificateRoutes } from '../../certificates/routes.ts';
import { deliberationRoutes } from '../../deliberation/routes.ts';
import { evaluationRoutes } from '../../evaluations/routes.ts';
// Issue 16: the evaluators' lists, the jury's lists, the tutors, the steering committee, homes.
import { worklistRoutes } from '../../evaluations/worklistRoutes.ts';
import { instrumentRoutes } from '../../instruments/routes.ts';
// Jury sessions and deliberations (issue 6, items 3–6).
import { juryRoutes } from '../../jury/routes.ts';
import { juryWorklistRoutes } from '../../jury/worklistRoutes.ts';
import { organisationRoutes } from '../../organisations/routes.ts';
import { tutorRoutes } from '../../organisations/tutorRoutes.ts';
// Personal data: retention rules, a person's export and erasure (issue 19, item 5).
import { personalDataRoutes } from '../../personalData/routes.ts';
// The CASE 1.1 service, public and read-only (issue 18).
import { caseServiceRoutes } from '../../referential/caseService/routes.ts';
import { referentialRoutes } from '../../referential/routes.ts';
// The VAE candidate's descriptive activity booklet and its documents (issue 6, item 5).
import { steeringRoutes } from '../../steering/routes.ts';
import { todoRoutes } from '../../todo/routes.ts';
import { vaeRoutes } from '../../vae/routes.ts';
import { variantRoutes } from '../../variant/routes.ts';
import type { Context } from '../context.ts';
import { healthRoutes } from '../health.ts';
// The job queue and the outbox, for the certifier's administrators (issue 15).
import { jobRoutes } from '../jobs/routes.ts';
import { mailRoutes } from '../mail/routes.ts';
import { registerMetrics } from '../metrics.ts';
import { registerRequestScope } from '../requestScope.ts';
import { type DeclaredRoute, registerAuthorization } from './authorization.ts';
import { registerCrossSiteCheck } from './crossSite.ts';
import { registerErrorHandler } from './errorHandler.ts';
import { registerInputHygiene } from './inputHygiene.ts';
import { loggerOptions } from './logging.ts';
import { ErrorSchema } from './schemas.ts';
import { registerSecurityHeaders } from './securityHeaders.ts';
import { registerWebApp } from './webApp.ts';

export interface App {
  app: FastifyInstance;
  /** Every /api route with the policy it declared, as the server registered them. */
  routes: DeclaredRoute[];
}

export interface BuildOptions {
  logger?: boolean;
  /** Where the log lines go (standard output when not given): tests read them. */
  logStream?: NodeJS.WritableStream;
}

export async function buildApp(ctx: Context, options: BuildOptions = {}): Promise<App> {
  const app = Fastify({
    logger: options.logger ? loggerOptions(ctx.config.logLevel, options.logStream) : false,
    trustProxy: trustFunction(ctx.config.trustProxy),
    ajv: { customOptions: { removeAdditional: false, allErrors: false } },
    // Unique across instances: a request's id is carried into the logs of the jobs it queued.
    genReqId: () => randomUUID(),
  });
  registerRequestScope(app);
  await registerSecurityHeaders(app);
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Certeval API',
        version: '0.1.0',
        description:
          'Professional certifications end to end. Errors: { code, message: { fr, en }, path? }.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'certeval_session' } },
      },
      security: [{ session: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.addSchema(ErrorSchema);
  // Referentials and instruments are imported as YAML text too.
  app.addContentTypeParser(
    ['text/yaml', 'application/yaml', 'application/x-yaml'],
    { parseAs: 'string', bodyLimit: 20 * 1024 * 1024 },
    (_request, body, done) => done(null, body),
  );
  // Uploaded files arrive as their bytes: spreadsheets of evaluations, QTI packages and items,
  // a VAE booklet's technical documents.
  app.addContentTypeParser(
    [
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'text/csv',
      'application/octet-stream',
      'application/zip',
      'application/xml',
      'text/xml',
      'application/pdf',
      'image/png',
      'image/jpeg',
    ],
    { parseAs: 'buffer', bodyLimit: 20 * 1024 * 1024 },
    (_request, body, done) => done(null, body),
  );
  registerCrossSiteCheck(app, ctx.config.publicUrl);
  const routes = registerAuthorization(app, ctx);
  registerInputHygiene(app);
  const webBuilt = existsSync(`${ctx.config.webDist}/index.html`);
  registerErrorHandler(app, webBuilt);
  // After the error handler (its refusals take the API's shape), before the routes it measures.
  registerMetrics(app, ctx);

  await app.register(healthRoutes(ctx));
  await app.register(accountRoutes(ctx));
  await app.register(referentialRoutes(ctx));
  await app.register(variantRoutes(ctx));
  await app.register(instrumentRoutes(ctx));
  await app.register(deliberationRoutes(ctx));
  await app.register(organisationRoutes(ctx));
  await app.register(candidateRoutes(ctx));
  await app.register(evaluationRoutes(ctx));
  await app.register(vaeRoutes(ctx));
  await app.register(juryRoutes(ctx));
  await app.register(certificateRoutes(ctx));
  await app.register(cdcRoutes(ctx));
  await app.register(mailRoutes(ctx));
  await app.register(jobRoutes(ctx));
  await app.register(worklistRoutes(ctx));
  await app.register(juryWorklistRoutes(ctx));
  await app.register(tutorRoutes(ctx));
  await app.register(steeringRoutes(ctx));
  await app.register(todoRoutes(ctx));
  await app.register(personalDataRoutes(ctx));
  const caseService = caseServiceRoutes(ctx);
  await app.register(caseService.plugin, { prefix: caseService.prefix });

  await registerWebApp(app, ctx.config.webDist);
  if (!webBuilt) {
    app.log.warn('The web app is not built (npm run build); only the API is served.');
  }
  await app.ready();
  return { app, routes };
}

/**
 * Which peers are believed when they say whom they forward for. A hop count trusts that many
 * nearest peers, whatever their address (Fastify 5.12 itself believes none for a number): the
 * client is then the address the outermost of them appended. That is safe only when the server
 * cannot be reached but through those proxies; main.ts says so at start-up.
 */
function trustFunction(trust: Context['config']['trustProxy']): FastifyServerOptions['trustProxy'] {
  if (typeof trust !== 'number') return trust;
  return (_address: string, hop: number) => hop < trust;
}
