// Maps every failure to the one error shape { code, message: { fr, en }, path? }. Only
// internal failures are logged, and then without anything the request sent (logging.ts).

import { schemaErrorWords } from '@certeval/core';
import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError } from '../errors.ts';
import { TooManyRequests } from '../rateLimit.ts';
import { errorForLog, routeOf } from './logging.ts';
import { ASSETS_PREFIX, sendIndex } from './webApp.ts';

export function registerErrorHandler(app: FastifyInstance, webBuilt: boolean): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.code === 'internal')
      request.log.error(
        { error: errorForLog(error), method: request.method, route: routeOf(request) },
        'request failed',
      );
    if (appError instanceof TooManyRequests)
      reply.header('retry-after', String(appError.retryAfterSeconds));
    return reply.status(appError.status).send(appError.toBody());
  });

  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api')) {
      return reply.status(404).send(new AppError('not_found').toBody());
    }
    if (!webBuilt) {
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('The web app is not built: run `npm run build`, then restart. API: /api/docs');
    }
    // A missing asset (an old release's chunk) is not the page: a script or a stylesheet
    // asked for must fail plainly, not parse HTML.
    if (request.url.startsWith(ASSETS_PREFIX)) {
      return reply.status(404).type('text/plain; charset=utf-8').send('Not found');
    }
    // The web app routes on the client: every other path serves its page.
    return sendIndex(reply);
  });
}

function toAppError(error: FastifyError): AppError {
  if (error instanceof AppError) return error;
  if (error.validation) {
    // In people's words (core's, the forms' own), never the validator's or a raw path.
    const first = error.validation[0];
    const field = `${error.validationContext ?? 'body'}${first?.instancePath ?? ''}`;
    const params = (first?.params ?? {}) as Record<string, unknown>;
    const missing = params.missingProperty;
    const path = typeof missing === 'string' ? `${field}/${missing}` : field;
    const message = schemaErrorWords({ keyword: first?.keyword ?? '', params });
    return new AppError('validation_failed', message, path, [
      { code: first?.keyword ?? 'invalid', path, message },
    ]);
  }
  if (error.statusCode === 429) return new AppError('too_many_requests');
  if (error.statusCode === 413) return new AppError('payload_too_large');
  if (error.statusCode && error.statusCode < 500) {
    return new AppError('validation_failed', {
      fr: `Requête invalide : ${error.message}`,
      en: `Invalid request: ${error.message}`,
    });
  }
  return new AppError('internal');
}
