// HTTP of the outbox: the certifier's administrators list the messages and read one, with its
// links and attachments; whoever queued a message may ask where it stands.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../context.ts';
import { requireActor } from '../http/authorization.ts';
import { binaryResponse, safeFileName, sendFile } from '../http/files.ts';
import { errors } from '../http/schemas.ts';
import { attachmentFor, listMessages, messageFor, messageState } from './outbox.ts';
import type { MailState } from './sendMessage.ts';

const State = Type.Union(
  ['queued', 'sending', 'sent', 'failed', 'stored'].map((s) => Type.Literal(s)),
);
const common = {
  id: Type.String(),
  template: Type.String(),
  toName: Type.String(),
  toEmail: Type.String(),
  subject: Type.String(),
  locale: Type.String(),
  state: State,
  transport: Type.String(),
  attempts: Type.Integer(),
  lastError: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  sentAt: Type.Union([Type.String(), Type.Null()]),
};
const Summary = Type.Object({ ...common, attachments: Type.Integer() });
const Message = Type.Object({
  ...common,
  confidential: Type.Boolean(),
  text: Type.Union([Type.String(), Type.Null()]),
  html: Type.Union([Type.String(), Type.Null()]),
  links: Type.Array(Type.String()),
  attachments: Type.Array(
    Type.Object({
      id: Type.String(),
      fileName: Type.String(),
      contentType: Type.String(),
      size: Type.Integer(),
    }),
  ),
});
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
type WithId<T = unknown> = FastifyRequest<{ Params: { id: string } } & T>;

export function mailRoutes(ctx: Context) {
  return async (app: FastifyInstance) => {
    app.get('/api/mail/messages', {
      config: { policy: 'mail.read' },
      schema: {
        tags: ['mail'],
        summary:
          'The outbox: the newest messages (sent by SMTP or kept here without one), and how many are in each state.',
        querystring: Type.Object({
          state: Type.Optional(State),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
        }),
        response: {
          200: Type.Object({
            counts: Type.Array(Type.Object({ state: State, count: Type.Integer() })),
            messages: Type.Array(Summary),
          }),
          ...errors(400, 401, 403),
        },
      },
      handler: async (
        request: FastifyRequest<{ Querystring: { state?: MailState; limit?: number } }>,
      ) => listMessages(ctx, requireActor(request), request.query),
    });

    app.get('/api/mail/messages/:id', {
      config: { policy: 'mail.read' },
      schema: {
        tags: ['mail'],
        summary:
          'One message: both parts, its links and its attachments (the body of a confidential message sent by SMTP is not shown).',
        params: Id,
        response: { 200: Message, ...errors(401, 403, 404) },
      },
      handler: async (request: WithId) => messageFor(ctx, requireActor(request), request.params.id),
    });

    app.get('/api/mail/messages/:id/attachments/:attachmentId', {
      config: { policy: 'mail.read' },
      schema: {
        tags: ['mail'],
        summary: 'An attachment of a message, as it was sent.',
        params: Type.Object({
          id: Type.String({ format: 'uuid' }),
          attachmentId: Type.String({ format: 'uuid' }),
        }),
        response: {
          200: binaryResponse('application/octet-stream', 'The attachment'),
          ...errors(401, 403, 404),
        },
      },
      handler: async (
        request: FastifyRequest<{ Params: { id: string; attachmentId: string } }>,
        reply,
      ) => {
        const { id, attachmentId } = request.params;
        const file = await attachmentFor(ctx, requireActor(request), id, attachmentId);
        return sendFile(reply, {
          contentType: file.contentType,
          fileName: safeFileName(file.fileName),
          body: file.content,
        });
      },
    });

    app.get('/api/mail/messages/:id/state', {
      config: { policy: 'session.read' },
      schema: {
        tags: ['mail'],
        summary:
          'Where a message stands (queued, sending, sent, failed with the server answer, or kept in the outbox), for whoever queued it.',
        params: Id,
        response: {
          200: Type.Object({
            id: Type.String(),
            state: State,
            lastError: Type.Union([Type.String(), Type.Null()]),
          }),
          ...errors(401, 404),
        },
      },
      handler: async (request: WithId) =>
        messageState(ctx, requireActor(request), request.params.id),
    });
  };
}
