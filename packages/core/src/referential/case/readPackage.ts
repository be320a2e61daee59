// Lenient reading of a CASE 1.0 or 1.1 package into plain records. Accepts the 1.0-era shapes
// seen in the wild (OpenSALT and ASN exports): CFDocuments as an array, CFItemType given as a
// string, as an object or only through CFItemTypeURI, association ends given as LinkGenURI
// objects, plain URI strings or *NodeIdentifier fields, and identifiers that are URLs rather
// than UUIDs. Only what the import cannot do without is a problem; every other CASE field is
// read by caseFields.ts to be kept, and what cannot be kept is counted in a warning.
import type { CaseDefinitions, CaseRubric } from '../caseRecordSchema.ts';
import { messages } from '../problems.ts';
import {
  DOCUMENT_FIELDS,
  ITEM_FIELDS,
  isObject,
  type Json,
  noteIdentifier,
  readCaseFields,
  text,
} from './caseFields.ts';
import { type CaseProblem, caseMessages, caseProblem } from './caseProblems.ts';
import { readAssociations } from './readAssociations.ts';
import { readDefinitions, readRubrics } from './readDefinitions.ts';
import type { Tally } from './tally.ts';

export { isObject };

export interface RawDocument {
  identifier: string;
  uri?: string;
  title?: string;
  version?: string;
  officialSourceURL?: string;
  /** Its CASE fields (caseRecordSchema's CaseDocument without the identifier). */
  fields: Json;
  certeval?: Json;
}

export interface RawItem {
  path: string;
  identifier: string;
  uri?: string;
  /** Trimmed, as the node's code. */
  humanCodingScheme?: string;
  /** As written. */
  writtenCode?: string;
  fullStatement?: string;
  abbreviatedStatement?: string;
  notes?: string;
  typeName?: string;
  conceptKeywords: string[];
  /** Its CASE fields (caseRecordSchema's CaseItem without identity and code). */
  fields: Json;
  certeval?: Json;
}

/** An association end: what to resolve it by, and the LinkGenURI as far as the package gave it. */
export interface RawEnd {
  reference: string;
  title?: string;
  identifier: string;
  uri?: string;
  targetType?: string;
}

export interface RawAssociation {
  path: string;
  identifier: string;
  type: string;
  origin: RawEnd;
  destination: RawEnd;
  sequenceNumber?: number;
  groupingTitle?: string;
  /** Its CASE fields (uri, sequenceNumber, grouping, notes, lastChangeDateTime, extensions). */
  fields: Json;
  certeval?: Json;
}

export interface RawPackage {
  document: RawDocument;
  items: RawItem[];
  associations: RawAssociation[];
  definitions: CaseDefinitions;
  rubrics: CaseRubric[];
}

/** Any non-empty string: a statement is kept verbatim, even if it is only spaces. */
const verbatim = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

export const titleOf = (value: unknown) => (isObject(value) ? text(value.title) : text(value));

export const certevalOf = (record: Json) =>
  isObject(record.extensions) && isObject(record.extensions.certeval)
    ? record.extensions.certeval
    : undefined;

function documentRecord(root: Json, warnings: CaseProblem[]): [unknown, string] {
  const many = root.CFDocuments;
  if (Array.isArray(many) && many.length > 1) {
    warnings.push(
      caseProblem(
        'multiple_documents',
        '$.CFDocuments',
        caseMessages.multipleDocuments(many.length),
      ),
    );
  }
  return isObject(root.CFDocument)
    ? [root.CFDocument, '$.CFDocument']
    : [Array.isArray(many) ? many[0] : many, '$.CFDocuments[0]'];
}

function readDocument(
  root: Json,
  problems: CaseProblem[],
  warnings: CaseProblem[],
  tally: Tally,
): RawDocument | undefined {
  const [record, path] = documentRecord(root, warnings);
  if (!isObject(record)) {
    const message = messages.missingField('CFDocument', 'CFPackage');
    problems.push(caseProblem('missing_field', '$.CFDocument', message));
    return undefined;
  }
  const identifier = text(record.identifier) ?? text(record.uri);
  if (!identifier) {
    const message = messages.missingField('identifier', 'CFDocument');
    problems.push(caseProblem('missing_field', `${path}.identifier`, message));
    return undefined;
  }
  noteIdentifier(identifier, 'CFDocument', `${path}.identifier`, tally);
  return {
    identifier,
    uri: text(record.uri),
    title: text(record.title),
    version: text(record.version),
    officialSourceURL: text(record.officialSourceURL),
    fields: readCaseFields(record, DOCUMENT_FIELDS, { kind: 'CFDocument', path }, tally),
    certeval: certevalOf(record),
  };
}

function itemFields(record: Json, path: string, tally: Tally): Json {
  // A 1.0-era CFItemType is an object with a title; 1.1 writes the title.
  const typed = isObject(record.CFItemType)
    ? { ...record, CFItemType: titleOf(record.CFItemType) }
    : record;
  return readCaseFields(typed, ITEM_FIELDS, { kind: 'CFItem', path }, tally);
}

function readItem(record: unknown, path: string, problems: CaseProblem[], tally: Tally) {
  if (!isObject(record)) {
    const message = caseMessages.expected('Un objet CFItem', 'A CFItem object');
    problems.push(caseProblem('invalid_case_package', path, message));
    return undefined;
  }
  const identifier = text(record.identifier);
  if (!identifier) {
    const message = messages.missingField('identifier', 'CFItem');
    problems.push(caseProblem('missing_field', `${path}.identifier`, message));
    return undefined;
  }
  noteIdentifier(identifier, 'CFItem', `${path}.identifier`, tally);
  const keywords = Array.isArray(record.conceptKeywords) ? record.conceptKeywords : [];
  const written = typeof record.humanCodingScheme === 'string' ? record.humanCodingScheme : '';
  return {
    path,
    identifier,
    uri: text(record.uri),
    humanCodingScheme: text(written)?.trim(),
    writtenCode: text(written),
    fullStatement: verbatim(record.fullStatement),
    abbreviatedStatement: verbatim(record.abbreviatedStatement),
    notes: verbatim(record.notes),
    typeName: titleOf(record.CFItemType) ?? titleOf(record.CFItemTypeURI),
    conceptKeywords: keywords.filter((k): k is string => typeof k === 'string'),
    fields: itemFields(record, path, tally),
    certeval: certevalOf(record),
  } satisfies RawItem;
}

/** CASE identifiers are "globally unique" (CFPackage schema); a repeat makes ends ambiguous. */
function duplicateIdentifiers(document: RawDocument, items: RawItem[]): CaseProblem[] {
  const first = new Map([[document.identifier, '$.CFDocument.identifier']]);
  return items.flatMap((item) => {
    const path = `${item.path}.identifier`;
    const seen = first.get(item.identifier);
    if (seen === undefined) first.set(item.identifier, path);
    return seen === undefined
      ? []
      : [
          caseProblem(
            'duplicate_identifier',
            path,
            caseMessages.duplicateIdentifier(item.identifier, seen),
          ),
        ];
  });
}

/** The records of `root[key]`, or a problem when it is there but not an array. */
function listOf(root: Json, key: string, problems: CaseProblem[]): unknown[] {
  const list = root[key];
  if (list === undefined || list === null) return [];
  if (Array.isArray(list)) return list;
  const message = caseMessages.expected('Un tableau', 'An array');
  problems.push(caseProblem('invalid_case_package', `$.${key}`, message));
  return [];
}

/** The package's document, items and associations, or the problems that prevent reading it. */
export function readPackage(root: unknown, warnings: CaseProblem[], tally: Tally) {
  const problems: CaseProblem[] = [];
  if (!isObject(root)) {
    const message = caseMessages.expected('Un objet CFPackage', 'A CFPackage object');
    problems.push(caseProblem('invalid_case_package', '$', message));
    return { problems };
  }
  const document = readDocument(root, problems, warnings, tally);
  const items = listOf(root, 'CFItems', problems).flatMap(
    (record, i) => readItem(record, `$.CFItems[${i}]`, problems, tally) ?? [],
  );
  const associations = readAssociations(listOf(root, 'CFAssociations', problems), problems, tally);
  const definitions = readDefinitions(root.CFDefinitions, tally);
  const rubrics = readRubrics(listOf(root, 'CFRubrics', problems), tally);
  if (document) problems.push(...duplicateIdentifiers(document, items));
  if (!document || problems.length > 0) return { problems };
  const pkg: RawPackage = { document, items, associations, definitions, rubrics };
  return { problems, pkg };
}
