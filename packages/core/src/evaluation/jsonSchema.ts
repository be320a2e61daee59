// The published JSON Schema of the evaluation record (data/schemas/evaluation-record.schema.json),
// generated from the TypeBox schema so that the two never drift (a test compares them).
import { EvaluationRecordSchema } from './recordSchema.ts';

export const EVALUATION_RECORD_SCHEMA_FILE = 'data/schemas/evaluation-record.schema.json';

export function evaluationRecordJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    description:
      "A candidate's complete evaluation record: identity, the certification version, and " +
      'every evaluation (instrument, kind, date, evaluator, item results, the jury’s agreed ' +
      'percentages). See packages/core/src/evaluation.',
    ...EvaluationRecordSchema,
  };
}

/** The exact text of the published file: two-space JSON and a final newline. */
export function evaluationRecordJsonSchemaText(): string {
  return `${JSON.stringify(evaluationRecordJsonSchema(), null, 2)}\n`;
}
