// A stored picture as an HTTP answer: shown inline, its type never guessed by the browser,
// kept a day in the reader's own cache (its name is its SHA-256: it never changes).
import type { FastifyReply } from 'fastify';

export const imageResponse = {
  description: 'The picture (PNG, JPEG or GIF)',
  content: {
    'image/png': { schema: { type: 'string', format: 'binary' } },
    'image/jpeg': { schema: { type: 'string', format: 'binary' } },
    'image/gif': { schema: { type: 'string', format: 'binary' } },
  },
};

export function sendImage(reply: FastifyReply, image: { contentType: string; body: Buffer }) {
  return reply
    .type(image.contentType)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, max-age=86400')
    .send(image.body);
}
