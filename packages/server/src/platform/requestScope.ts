// The request a piece of work runs for, across its awaits: a job queued while answering a
// request carries that request's id into the job's log lines (issue 19).
import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';

const scope = new AsyncLocalStorage<{ requestId: string }>();

/** Runs the rest of each request (its hooks and handler) in that request's scope. */
export function registerRequestScope(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    scope.run({ requestId: request.id }, done);
  });
}

/** The id of the request being answered, if any. */
export const currentRequestId = (): string | undefined => scope.getStore()?.requestId;
