// Maps every failure to the one error shape { code, message: { fr, en }, path? }. Only
// internal failures are logged, and then without anything the request sent (logging.ts).
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
    const first = error.validation[0];
    const field = `${error.validationContext ?? 'body'}${first?.instancePath ?? ''}`;
    const params = (first?.params ?? {}) as { missingProperty?: string; limit?: number };
    const path = params.missingProperty ? `${field}/${params.missingProperty}` : field;
    const why = explain(first?.keyword ?? '', params.limit);
    return new AppError(
      'validation_failed',
      { fr: `Champ invalide : ${path} (${why.fr}).`, en: `Invalid field: ${path} (${why.en}).` },
      path,
    );
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

function explain(keyword: string, limit?: number): { fr: string; en: string } {
  switch (keyword) {
    case 'required':
      return { fr: 'champ obligatoire manquant', en: 'required field missing' };
    case 'minLength':
      return { fr: `au moins ${limit} caractères`, en: `at least ${limit} characters` };
    case 'maxLength':
      return { fr: `au plus ${limit} caractères`, en: `at most ${limit} characters` };
    case 'type':
      return { fr: 'type de valeur incorrect', en: 'wrong type of value' };
    case 'pattern':
    case 'format':
      return { fr: 'format incorrect', en: 'wrong format' };
    case 'anyOf':
    case 'enum':
    case 'const':
      return { fr: 'valeur non permise', en: 'value not allowed' };
    default:
      return { fr: 'valeur refusée', en: 'value refused' };
  }
}
