// The published JSON Schema of the referential file format (data/schemas/referential.schema.json),
// generated from the TypeBox schema so that the two never drift (a test compares them).
import { ReferentialFileSchema } from './fileSchema.ts';

export const REFERENTIAL_SCHEMA_FILE = 'data/schemas/referential.schema.json';

export function referentialJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    description:
      'A certification (CQP, RNCP title, RS, diploma) and the versions of its referentials: ' +
      'a flat tree of typed nodes and typed links. See packages/core/src/referential.',
    ...ReferentialFileSchema,
  };
}

/** The exact text of the published file: two-space JSON and a final newline. */
export function referentialJsonSchemaText(): string {
  return `${JSON.stringify(referentialJsonSchema(), null, 2)}\n`;
}
