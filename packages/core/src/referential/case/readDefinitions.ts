// The CFDefinitions (item types, subjects, concepts, licences, association groupings) and the
// CFRubrics of a package, kept so that the framework's items keep what their links point to and
// the CASE service can answer for them. An entry without an identifier cannot be pointed to: it
// is not kept, and counted in a warning.
import {
  CASE_DEFINITION_KINDS,
  type CaseDefinition,
  type CaseDefinitions,
  type CaseRubric,
} from '../caseRecordSchema.ts';
import {
  DEFINITION_FIELDS,
  isObject,
  noteIdentifier,
  readCaseFields,
  stripNulls,
  text,
} from './caseFields.ts';
import { caseMessages } from './caseProblems.ts';
import type { Tally } from './tally.ts';

function noteUnidentified(kind: string, path: string, tally: Tally) {
  tally.note('value_not_kept', `${kind}.identifier`, path, (n) =>
    caseMessages.valueNotKept(kind, 'identifier', 'text', n),
  );
}

function readDefinition(record: unknown, kind: string, path: string, tally: Tally) {
  const identifier = isObject(record) ? text(record.identifier) : undefined;
  if (!isObject(record) || identifier === undefined) {
    noteUnidentified(kind, path, tally);
    return [];
  }
  noteIdentifier(identifier, kind, `${path}.identifier`, tally);
  const fields = readCaseFields(record, DEFINITION_FIELDS, { kind, path }, tally);
  return [{ identifier, ...fields } as CaseDefinition];
}

export function readDefinitions(value: unknown, tally: Tally): CaseDefinitions {
  if (!isObject(value)) return {};
  const definitions: CaseDefinitions = {};
  for (const kind of CASE_DEFINITION_KINDS) {
    const list = value[kind];
    if (!Array.isArray(list) || list.length === 0) continue;
    const read = list.flatMap((record, i) =>
      readDefinition(record, kind, `$.CFDefinitions.${kind}[${i}]`, tally),
    );
    if (read.length > 0) definitions[kind] = read;
  }
  return definitions;
}

export function readRubrics(list: unknown[], tally: Tally): CaseRubric[] {
  return list.flatMap((record, i) => {
    const path = `$.CFRubrics[${i}]`;
    const identifier = isObject(record) ? text(record.identifier) : undefined;
    if (!isObject(record) || identifier === undefined) {
      noteUnidentified('CFRubrics', path, tally);
      return [];
    }
    noteIdentifier(identifier, 'CFRubric', `${path}.identifier`, tally);
    return [stripNulls(record) as CaseRubric];
  });
}
