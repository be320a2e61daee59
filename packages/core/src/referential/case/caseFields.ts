// The CASE fields of one record (CFDocument, CFItem, CFAssociation, a CFDefinitions entry), read
// as CASE 1.1 types them (CFPckg* of case_v1p1_cfpackage-jsonschema1.json) so that they can be
// kept and written back. Lenient where 1.0-era packages differ: a single string where 1.1 wants
// an array, the 1.0 names educationalLevel and subjectURL, null for "no value". A value that
// does not fit its CASE type, and a field CASE 1.1 does not have, are not kept: each is counted
// in a warning naming the field. Links the REST binding adds (CFDocumentURI, CFPackageURI…)
// are not data of the framework: the service writes its own.
import type { CaseLink } from '../caseRecordSchema.ts';
import { caseMessages } from './caseProblems.ts';
import type { Tally } from './tally.ts';
import { isUuid } from './uuid.ts';

export type Json = Record<string, unknown>;

export type FieldKind =
  | 'text'
  | 'texts'
  | 'link'
  | 'links'
  | 'integer'
  | 'date'
  | 'dateTime'
  | 'extensions';

export type FieldTable = Readonly<Record<string, FieldKind>>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A string with something to read (identifiers, titles, codes). */
export const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim().length > 0 ? value : undefined;

/** Counts an identifier that is not a UUID, which CASE 1.1 requires; it is kept all the same. */
export function noteIdentifier(identifier: string, kind: string, path: string, tally: Tally) {
  if (isUuid(identifier)) return;
  tally.note('identifier_not_uuid', kind, path, (n) =>
    caseMessages.identifierNotUuid(kind, n, identifier),
  );
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
// RFC 3339 date-time, as the CASE 1.1 schema's "date-time" format requires: with a time zone.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

export const ITEM_FIELDS: FieldTable = {
  uri: 'text',
  CFItemType: 'text',
  CFItemTypeURI: 'link',
  alternativeLabel: 'text',
  listEnumeration: 'text',
  abbreviatedStatement: 'text',
  conceptKeywords: 'texts',
  conceptKeywordsURI: 'link',
  notes: 'text',
  subject: 'texts',
  subjectURI: 'links',
  language: 'text',
  educationLevel: 'texts',
  licenseURI: 'link',
  statusStartDate: 'date',
  statusEndDate: 'date',
  lastChangeDateTime: 'dateTime',
  extensions: 'extensions',
};

export const DOCUMENT_FIELDS: FieldTable = {
  uri: 'text',
  frameworkType: 'text',
  creator: 'text',
  title: 'text',
  officialSourceURL: 'text',
  publisher: 'text',
  description: 'text',
  subject: 'texts',
  subjectURI: 'links',
  language: 'text',
  version: 'text',
  adoptionStatus: 'text',
  statusStartDate: 'date',
  statusEndDate: 'date',
  licenseURI: 'link',
  notes: 'text',
  lastChangeDateTime: 'dateTime',
  extensions: 'extensions',
};

export const ASSOCIATION_FIELDS: FieldTable = {
  uri: 'text',
  sequenceNumber: 'integer',
  CFAssociationGroupingURI: 'link',
  notes: 'text',
  lastChangeDateTime: 'dateTime',
  extensions: 'extensions',
};

export const DEFINITION_FIELDS: FieldTable = {
  uri: 'text',
  title: 'text',
  description: 'text',
  hierarchyCode: 'text',
  typeCode: 'text',
  keywords: 'text',
  licenseText: 'text',
  lastChangeDateTime: 'dateTime',
  extensions: 'extensions',
};

/** 1.0-era names of 1.1 fields. */
const ALIASES: Readonly<Record<string, string>> = {
  educationalLevel: 'educationLevel',
  subjectURL: 'subjectURI',
};

/** Fields read elsewhere (identity, statement, ends) or written by the CASE service itself. */
const HANDLED = new Set([
  'identifier',
  'fullStatement',
  'humanCodingScheme',
  'associationType',
  'originNodeURI',
  'destinationNodeURI',
  'originNodeIdentifier',
  'destinationNodeIdentifier',
  'CFAssociationGroupingIdentifier',
  'CFDocumentURI',
  'CFPackageURI',
  'CFItemAssociationURI',
  'caseVersion',
]);

const scalarText = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
};

/** A LinkURI: identifier and uri are required to find the object again; a missing title is "". */
export function readLink(value: unknown): CaseLink | undefined {
  if (!isObject(value)) return undefined;
  const { identifier, uri, title } = value;
  if (typeof identifier !== 'string' || identifier.length === 0) return undefined;
  if (typeof uri !== 'string') return undefined;
  return { title: typeof title === 'string' ? title : '', identifier, uri };
}

function readTexts(value: unknown): string[] | undefined {
  const single = scalarText(value);
  if (single !== undefined) return [single];
  if (!Array.isArray(value)) return undefined;
  const texts = value.map(scalarText);
  return texts.every((t): t is string => t !== undefined) ? texts : undefined;
}

function readLinks(value: unknown): CaseLink[] | undefined {
  const list = Array.isArray(value) ? value : [value];
  const links = list.map(readLink);
  return links.every((l): l is CaseLink => l !== undefined) ? links : undefined;
}

function readValue(kind: FieldKind, value: unknown): unknown {
  switch (kind) {
    case 'text':
      return scalarText(value);
    case 'texts':
      return readTexts(value);
    case 'link':
      return readLink(value);
    case 'links':
      return readLinks(value);
    case 'integer':
      return Number.isSafeInteger(value) ? value : undefined;
    case 'date':
      return typeof value === 'string' && DATE.test(value) ? value : undefined;
    case 'dateTime':
      return typeof value === 'string' && DATE_TIME.test(value) ? value : undefined;
    case 'extensions': {
      if (!isObject(value)) return undefined;
      const { certeval: _ours, ...theirs } = value;
      return Object.keys(theirs).length > 0 ? stripNulls(theirs) : null;
    }
  }
}

/** A JSON value without its null members, as CASE 1.1 has no nullable field. */
export function stripNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripNulls);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => [k, stripNulls(v)]),
  );
}

/**
 * The fields of `table` found in `record`, as CASE types them. `kind` names the CASE class in
 * the warnings ("CFItem"); null members are absent values and say nothing.
 */
export function readCaseFields(
  record: Json,
  table: FieldTable,
  where: { kind: string; path: string },
  tally: Tally,
): Json {
  const fields: Json = {};
  for (const [raw, value] of Object.entries(record)) {
    if (value === null || value === undefined || HANDLED.has(raw)) continue;
    const name = ALIASES[raw] ?? raw;
    const kind = table[name];
    const path = `${where.path}.${raw}`;
    if (kind === undefined) {
      tally.note('field_not_kept', `${where.kind}.${raw}`, path, (n) =>
        caseMessages.fieldNotKept(where.kind, raw, n),
      );
      continue;
    }
    const read = readValue(kind, value);
    if (read === null) continue;
    if (read === undefined) {
      tally.note('value_not_kept', `${where.kind}.${raw}`, path, (n) =>
        caseMessages.valueNotKept(where.kind, raw, kind, n),
      );
      continue;
    }
    if (!(name in fields)) fields[name] = read;
  }
  return fields;
}
