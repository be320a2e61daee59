// Lenient reading of a CASE 1.0 or 1.1 package into plain records. Accepts the 1.0-era shapes
// seen in the wild (OpenSALT and ASN exports): CFDocuments as an array, CFItemType given as a
// string, as an object or only through CFItemTypeURI, association ends given as LinkGenURI
// objects, plain URI strings or *NodeIdentifier fields, and identifiers that are URLs rather
// than UUIDs. Only what the import cannot do without is a problem; everything else is optional.
import { messages } from '../problems.ts';
import { type CaseProblem, caseMessages, caseProblem } from './caseProblems.ts';

type Json = Record<string, unknown>;

export interface RawDocument {
  identifier: string;
  uri?: string;
  title?: string;
  version?: string;
  officialSourceURL?: string;
  certeval?: Json;
}

export interface RawItem {
  path: string;
  identifier: string;
  uri?: string;
  humanCodingScheme?: string;
  fullStatement?: string;
  abbreviatedStatement?: string;
  notes?: string;
  typeName?: string;
  conceptKeywords: string[];
  certeval?: Json;
}

export interface RawAssociation {
  path: string;
  type: string;
  origin: string;
  destination: string;
  sequenceNumber?: number;
  groupingTitle?: string;
  certeval?: Json;
}

export interface RawPackage {
  document: RawDocument;
  items: RawItem[];
  associations: RawAssociation[];
}

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A string with something to read (identifiers, titles, codes). */
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim().length > 0 ? value : undefined;

/** Any non-empty string: a statement is kept verbatim, even if it is only spaces. */
const verbatim = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

const titleOf = (value: unknown) => (isObject(value) ? text(value.title) : text(value));

const certevalOf = (record: Json) =>
  isObject(record.extensions) && isObject(record.extensions.certeval)
    ? record.extensions.certeval
    : undefined;

/** An association end: LinkGenURI object, URI string, or the 1.0-era *NodeIdentifier field. */
function endOf(record: Json, side: 'origin' | 'destination'): string | undefined {
  const link = record[`${side}NodeURI`];
  if (isObject(link)) return text(link.identifier) ?? text(link.uri);
  return text(record[`${side}NodeIdentifier`]) ?? text(link);
}

function readDocument(root: Json, problems: CaseProblem[], warnings: CaseProblem[]) {
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
  const [record, path] = isObject(root.CFDocument)
    ? [root.CFDocument, '$.CFDocument']
    : [Array.isArray(many) ? many[0] : many, '$.CFDocuments[0]'];
  if (!isObject(record)) {
    problems.push(
      caseProblem(
        'missing_field',
        '$.CFDocument',
        messages.missingField('CFDocument', 'CFPackage'),
      ),
    );
    return undefined;
  }
  const identifier = text(record.identifier) ?? text(record.uri);
  if (!identifier) {
    problems.push(
      caseProblem(
        'missing_field',
        `${path}.identifier`,
        messages.missingField('identifier', 'CFDocument'),
      ),
    );
    return undefined;
  }
  return {
    identifier,
    uri: text(record.uri),
    title: text(record.title),
    version: text(record.version),
    officialSourceURL: text(record.officialSourceURL),
    certeval: certevalOf(record),
  };
}

function readItem(record: unknown, path: string, problems: CaseProblem[]): RawItem | undefined {
  if (!isObject(record)) {
    problems.push(
      caseProblem(
        'invalid_case_package',
        path,
        caseMessages.expected('Un objet CFItem', 'A CFItem object'),
      ),
    );
    return undefined;
  }
  const identifier = text(record.identifier);
  if (!identifier) {
    problems.push(
      caseProblem(
        'missing_field',
        `${path}.identifier`,
        messages.missingField('identifier', 'CFItem'),
      ),
    );
    return undefined;
  }
  const keywords = Array.isArray(record.conceptKeywords) ? record.conceptKeywords : [];
  return {
    path,
    identifier,
    uri: text(record.uri),
    humanCodingScheme: text(record.humanCodingScheme)?.trim(),
    fullStatement: verbatim(record.fullStatement),
    abbreviatedStatement: verbatim(record.abbreviatedStatement),
    notes: verbatim(record.notes),
    typeName: titleOf(record.CFItemType) ?? titleOf(record.CFItemTypeURI),
    conceptKeywords: keywords.filter((k): k is string => typeof k === 'string'),
    certeval: certevalOf(record),
  };
}

function readAssociation(record: unknown, path: string, problems: CaseProblem[]) {
  if (!isObject(record)) {
    problems.push(
      caseProblem(
        'invalid_case_package',
        path,
        caseMessages.expected('Un objet CFAssociation', 'A CFAssociation object'),
      ),
    );
    return undefined;
  }
  const fields = {
    associationType: text(record.associationType),
    originNodeURI: endOf(record, 'origin'),
    destinationNodeURI: endOf(record, 'destination'),
  };
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) {
      problems.push(
        caseProblem(
          'missing_field',
          `${path}.${field}`,
          messages.missingField(field, 'CFAssociation'),
        ),
      );
    }
  }
  const { associationType: type, originNodeURI: origin, destinationNodeURI: destination } = fields;
  if (!type || !origin || !destination) return undefined;
  const sequence = record.sequenceNumber;
  return {
    path,
    type,
    origin,
    destination,
    sequenceNumber:
      typeof sequence === 'number' && Number.isFinite(sequence) ? sequence : undefined,
    groupingTitle: titleOf(record.CFAssociationGroupingURI),
    certeval: certevalOf(record),
  };
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

function readList<T>(
  root: Json,
  key: string,
  read: (record: unknown, path: string, problems: CaseProblem[]) => T | undefined,
  problems: CaseProblem[],
): T[] {
  const list = root[key];
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    problems.push(
      caseProblem(
        'invalid_case_package',
        `$.${key}`,
        caseMessages.expected('Un tableau', 'An array'),
      ),
    );
    return [];
  }
  return list.flatMap((record, i) => read(record, `$.${key}[${i}]`, problems) ?? []);
}

/** The package's document, items and associations, or the problems that prevent reading it. */
export function readPackage(root: unknown, warnings: CaseProblem[]) {
  const problems: CaseProblem[] = [];
  if (!isObject(root)) {
    problems.push(
      caseProblem(
        'invalid_case_package',
        '$',
        caseMessages.expected('Un objet CFPackage', 'A CFPackage object'),
      ),
    );
    return { problems };
  }
  const document = readDocument(root, problems, warnings);
  const items = readList(root, 'CFItems', readItem, problems);
  const associations = readList(root, 'CFAssociations', readAssociation, problems);
  if (document) problems.push(...duplicateIdentifiers(document, items));
  if (!document || problems.length > 0) return { problems };
  const pkg: RawPackage = { document, items, associations };
  return { problems, pkg };
}
