// The published JSON Schema of the instrument file format (data/schemas/instrument.schema.json),
// generated from the TypeBox schema so that the two never drift (a test compares them).
import { InstrumentSchema } from './schema.ts';

export const INSTRUMENT_SCHEMA_FILE = 'data/schemas/instrument.schema.json';

export function instrumentJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    description:
      'One version of an evaluation instrument (observation grid, questionnaire, jury guide...) ' +
      'bound to a referential version or company variant: scales, sections of tagged items, ' +
      'role-play cards, guidance and report grids. See packages/core/src/instruments.',
    ...InstrumentSchema,
  };
}

/** The exact text of the published file: two-space JSON and a final newline. */
export function instrumentJsonSchemaText(): string {
  return `${JSON.stringify(instrumentJsonSchema(), null, 2)}\n`;
}
