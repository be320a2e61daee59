// The published JSON Schema of the rule-set format (data/schemas/rule-set.schema.json),
// generated from the TypeBox schema so that the two never drift (a test compares them).
import { RuleSetSchema } from './ruleSetSchema.ts';

export const RULE_SET_SCHEMA_FILE = 'data/schemas/rule-set.schema.json';

export function ruleSetJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    description:
      'How a certification decides: instruments, aggregation, per-domain or per-bloc ' +
      'conditions, the final rule, validity and carry-over of acquired blocs. ' +
      'See packages/core/src/deliberation.',
    ...RuleSetSchema,
  };
}

/** The exact text of the published file: two-space JSON and a final newline. */
export function ruleSetJsonSchemaText(): string {
  return `${JSON.stringify(ruleSetJsonSchema(), null, 2)}\n`;
}
