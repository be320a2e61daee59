// Checking an evaluation record on its own, before any instrument or rule is read: the schema,
// then what the schema cannot say (real dates, one result per item, agreed percentages from
// the president only). Never throws: every fault is a located problem. Scores outside their
// range do not stop the other checks, so that one answer lists them all.
import { Compile } from 'typebox/compile';
import type { TLocalizedValidationError } from 'typebox/error';
import { isCalendarDay } from '../forms/fields.ts';
import { pointerToPath } from '../referential/index.ts';
import { schemaProblems } from '../referential/schemaProblems.ts';
import { givenValues } from './itemResult.ts';
import { type RecordProblem, recordMessages, recordProblem } from './problems.ts';
import { type EvaluationRecord, EvaluationRecordSchema } from './recordSchema.ts';

export { isCalendarDay };

export type RecordValidation =
  | { ok: true; value: EvaluationRecord }
  | {
      ok: false;
      problems: RecordProblem[];
      /** Set when the record has the right shape despite its problems, so that the checks
       * against its instruments can run too and one answer lists every problem. */
      readable?: EvaluationRecord;
    };

export interface RecordOptions {
  /** YYYY-MM-DD; when given, evaluation dates after it are refused (core has no clock). */
  today?: string;
}

const validator = Compile(EvaluationRecordSchema);
const RANGE = new Set(['minimum', 'maximum']);

function valueAt(input: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], input);
}

function rangeProblem(error: TLocalizedValidationError, input: unknown): RecordProblem {
  const value = Number(valueAt(input, error.instancePath));
  // Points are checked against each item's maximum once the instrument is known.
  const max = error.instancePath.endsWith('/points') ? 'max' : 100;
  return recordProblem(
    'score_out_of_range',
    pointerToPath(error.instancePath),
    recordMessages.outOfRange(value, max),
  );
}

function dateProblems(value: string, path: string, today?: string): RecordProblem[] {
  if (!isCalendarDay(value))
    return [recordProblem('invalid_date', path, recordMessages.invalidDate(value))];
  if (today !== undefined && value > today)
    return [recordProblem('future_date', path, recordMessages.futureDate(value, today))];
  return [];
}

function evaluationProblems(record: EvaluationRecord, options: RecordOptions): RecordProblem[] {
  return record.evaluations.flatMap((evaluation, e) => {
    const at = `$.evaluations[${e}]`;
    const problems = dateProblems(evaluation.date, `${at}.date`, options.today);
    const seen = new Set<string>();
    evaluation.items.forEach((result, k) => {
      if (givenValues(result).length !== 1)
        problems.push(recordProblem('item_value', `${at}.items[${k}]`, recordMessages.itemValue()));
      if (seen.has(result.item))
        problems.push(
          recordProblem(
            'duplicate_item',
            `${at}.items[${k}].item`,
            recordMessages.duplicateItem(result.item),
          ),
        );
      seen.add(result.item);
    });
    if (evaluation.agreed !== undefined && evaluation.evaluator.role !== 'jury_president')
      problems.push(
        recordProblem(
          'agreed_not_by_president',
          `${at}.agreed`,
          recordMessages.agreedNotByPresident(),
        ),
      );
    return problems;
  });
}

export function validateRecord(input: unknown, options: RecordOptions = {}): RecordValidation {
  const errors = validator.Check(input) ? [] : validator.Errors(input);
  const range = errors.filter((error) => RANGE.has(error.keyword));
  const others = errors.filter((error) => !RANGE.has(error.keyword));
  const rangeProblems = range.map((error) => rangeProblem(error, input));
  if (others.length > 0) {
    const shape = schemaProblems(others).map((p) =>
      recordProblem('schema_violation', p.path, p.message),
    );
    return { ok: false, problems: [...shape, ...rangeProblems] };
  }
  // Only numbers out of range: the shape is sound, so the other checks can run.
  const record = input as EvaluationRecord;
  const problems = [
    ...rangeProblems,
    ...dateProblems(record.candidate.birthDate, '$.candidate.birthDate'),
    ...evaluationProblems(record, options),
  ];
  return problems.length === 0
    ? { ok: true, value: record }
    : { ok: false, problems, readable: record };
}

/** Reads a record from JSON text. */
export function parseRecord(text: string, options: RecordOptions = {}): RecordValidation {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [recordProblem('invalid_json', '$', recordMessages.invalidJson(detail))],
    };
  }
  return validateRecord(parsed, options);
}
