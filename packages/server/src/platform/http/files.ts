// Files the API hands out (PDF, spreadsheets, archives): one shape, one way to send them
// as downloads, one way to document them in the OpenAPI document.
import type { FastifyReply } from 'fastify';

export interface DownloadedFile {
  fileName: string;
  contentType: string;
  body: Buffer | string;
}

/** A file name that any browser and file system keeps as it is. */
export const safeFileName = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '-');

export function sendFile(reply: FastifyReply, file: DownloadedFile) {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .send(file.body);
}

/** The OpenAPI response of a route answering with a file of `type`. */
export const binaryResponse = (type: string, description: string) => ({
  description,
  content: { [type]: { schema: { type: 'string', format: 'binary' } } },
});
