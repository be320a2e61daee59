// The CFAssociations of a package: type, ends and every CASE field, so that each one can be
// kept with its identifier and sequence number. An end is a LinkGenURI object (1.1), a plain
// URI string or a *NodeIdentifier field (1.0 era). An association without an identifier gets a
// stable one derived from its type and ends, and the import says so.
import { messages } from '../problems.ts';
import {
  ASSOCIATION_FIELDS,
  isObject,
  type Json,
  noteIdentifier,
  readCaseFields,
  text,
} from './caseFields.ts';
import { type CaseProblem, caseMessages, caseProblem } from './caseProblems.ts';
import type { RawAssociation, RawEnd } from './readPackage.ts';
import type { Tally } from './tally.ts';
import { CERTEVAL_CASE_NAMESPACE, uuidV5 } from './uuid.ts';

function endOf(record: Json, side: 'origin' | 'destination'): RawEnd | undefined {
  const link = record[`${side}NodeURI`];
  if (isObject(link)) {
    const reference = text(link.identifier) ?? text(link.uri);
    if (reference === undefined) return undefined;
    return {
      reference,
      identifier: reference,
      uri: text(link.uri),
      title: typeof link.title === 'string' ? link.title : undefined,
      targetType: text(link.targetType),
    };
  }
  const reference = text(record[`${side}NodeIdentifier`]) ?? text(link);
  if (reference === undefined) return undefined;
  const uri = text(link) ?? (/^[a-z][a-z0-9+.-]*:/i.test(reference) ? reference : undefined);
  return { reference, identifier: reference, uri };
}

function identifierOf(record: Json, type: string, ends: RawEnd[], path: string, tally: Tally) {
  const given = text(record.identifier);
  if (given !== undefined) {
    noteIdentifier(given, 'CFAssociation', `${path}.identifier`, tally);
    return given;
  }
  tally.note('derived_identifier', 'CFAssociation', path, (n) =>
    caseMessages.derivedIdentifier('CFAssociation', n),
  );
  const key = JSON.stringify(['association', type, ...ends.map((end) => end.reference)]);
  return uuidV5(CERTEVAL_CASE_NAMESPACE, key);
}

function readAssociation(
  record: unknown,
  path: string,
  problems: CaseProblem[],
  tally: Tally,
): RawAssociation | undefined {
  if (!isObject(record)) {
    const message = caseMessages.expected('Un objet CFAssociation', 'A CFAssociation object');
    problems.push(caseProblem('invalid_case_package', path, message));
    return undefined;
  }
  const type = text(record.associationType);
  const origin = endOf(record, 'origin');
  const destination = endOf(record, 'destination');
  const required = {
    associationType: type,
    originNodeURI: origin,
    destinationNodeURI: destination,
  };
  for (const [field, value] of Object.entries(required)) {
    if (value !== undefined) continue;
    const message = messages.missingField(field, 'CFAssociation');
    problems.push(caseProblem('missing_field', `${path}.${field}`, message));
  }
  if (!type || !origin || !destination) return undefined;
  const fields = readCaseFields(record, ASSOCIATION_FIELDS, { kind: 'CFAssociation', path }, tally);
  const grouping = record.CFAssociationGroupingURI;
  return {
    path,
    identifier: identifierOf(record, type, [origin, destination], path, tally),
    type,
    origin,
    destination,
    sequenceNumber: typeof fields.sequenceNumber === 'number' ? fields.sequenceNumber : undefined,
    groupingTitle: isObject(grouping) ? text(grouping.title) : undefined,
    fields,
    certeval:
      isObject(record.extensions) && isObject(record.extensions.certeval)
        ? record.extensions.certeval
        : undefined,
  };
}

export function readAssociations(
  list: unknown[],
  problems: CaseProblem[],
  tally: Tally,
): RawAssociation[] {
  return list.flatMap(
    (record, i) => readAssociation(record, `$.CFAssociations[${i}]`, problems, tally) ?? [],
  );
}
