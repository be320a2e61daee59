// Reading an instrument from YAML (or JSON) text, then validating it. Takes text, never a path:
// reading the file is the caller's business (core does no I/O).
import { parse } from 'yaml';
import type { ReferentialVersion } from '../referential/index.ts';
import { instrumentMessages, instrumentProblem } from './problems.ts';
import { type BindingTarget, type InstrumentValidation, validateInstrument } from './validate.ts';

export function parseInstrument(
  text: string,
  version: ReferentialVersion,
  target: BindingTarget = {},
): InstrumentValidation {
  let parsed: unknown;
  try {
    parsed = parse(text, { maxAliasCount: 1000 });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [instrumentProblem('invalid_yaml', '$', instrumentMessages.invalidYaml(detail))],
    };
  }
  return validateInstrument(parsed, version, target);
}
