// Schemas shared by every route: the error shape and the bilingual message.
import { ORGANISATION_KINDS, ROLES } from '@certeval/core';
import { Type } from 'typebox';
import { errorTable } from '../errors.ts';

/** One located problem of an imported file: file, line, JSON path, code, message. */
export const ProblemSchema = Type.Object({
  code: Type.String(),
  path: Type.String(),
  line: Type.Optional(Type.Integer()),
  file: Type.Optional(Type.String()),
  sheet: Type.Optional(Type.String()),
  column: Type.Optional(Type.String()),
  message: Type.Object({ fr: Type.String(), en: Type.String() }),
});

export const ErrorSchema = Type.Object(
  {
    code: Type.Union(Object.keys(errorTable).map((c) => Type.Literal(c))),
    message: Type.Object({ fr: Type.String(), en: Type.String() }),
    path: Type.Optional(Type.String()),
    problems: Type.Optional(Type.Array(ProblemSchema)),
  },
  {
    $id: 'Error',
    description: 'Every API error: a code, a French and English message, the field at fault.',
  },
);

export const RoleSchema = Type.Union(ROLES.map((r) => Type.Literal(r)));
export const OrganisationKindSchema = Type.Union(ORGANISATION_KINDS.map((k) => Type.Literal(k)));

/** The error responses a route may give, for its response schema. */
export function errors(...statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [s, ErrorSchema]));
}
