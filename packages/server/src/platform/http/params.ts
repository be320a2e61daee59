// Route schema pieces every capability uses: an id in the path, a calendar day, a revision
// read, a nullable field.
import type { FastifyRequest } from 'fastify';
import { type TSchema, Type } from 'typebox';

export const IdParams = Type.Object({ id: Type.String() });
export type WithId<T = unknown> = FastifyRequest<{ Params: { id: string } } & T>;

export const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });

/** The revision the client read: a save based on an older one is refused with 409. */
export const Revision = Type.Integer({ minimum: 1, description: 'The revision read' });

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
