// The columns of the CASE spreadsheets OpenSALT reads and writes, as CSV (issue 18, item 7):
// its "CF Item" sheet (identifier, fullStatement, humanCodingScheme, smartLevel — the place in
// the tree as dotted positions —, listEnumeration, abbreviatedStatement, conceptKeywords,
// notes, language, educationLevel, CFItemType, license, lastChangeDateTime) and its spreadsheet
// import (Identifier, fullStatement, Human Coding Scheme, sequenceNumber, Is Child Of — the
// parent's code —, and one column per association type, values separated by commas). Header
// names are matched without case, spaces or underscores.

/** What a column holds. */
export type CsvColumn =
  | { kind: 'identifier' }
  | { kind: 'field'; field: string; list?: boolean }
  | { kind: 'smartLevel' }
  | { kind: 'sequenceNumber' }
  | { kind: 'parent' }
  | { kind: 'association'; type: string };

const FIELDS: Record<string, string> = {
  fullstatement: 'fullStatement',
  humancodingscheme: 'humanCodingScheme',
  listenumeration: 'listEnumeration',
  abbreviatedstatement: 'abbreviatedStatement',
  alternativelabel: 'alternativeLabel',
  notes: 'notes',
  language: 'language',
  cfitemtype: 'CFItemType',
  itemtype: 'CFItemType',
  lastchangedatetime: 'lastChangeDateTime',
  statusstartdate: 'statusStartDate',
  statusenddate: 'statusEndDate',
  license: 'license',
};

const LISTS: Record<string, string> = {
  conceptkeywords: 'conceptKeywords',
  educationlevel: 'educationLevel',
  subject: 'subject',
};

const ASSOCIATIONS = [
  'isPartOf',
  'isPeerOf',
  'exactMatchOf',
  'precedes',
  'isRelatedTo',
  'replacedBy',
  'exemplar',
  'hasSkillLevel',
  'isTranslationOf',
];

export const normaliseHeader = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

export function columnOf(header: string): CsvColumn | undefined {
  const name = normaliseHeader(header);
  if (name === 'identifier') return { kind: 'identifier' };
  if (name === 'smartlevel') return { kind: 'smartLevel' };
  if (name === 'sequencenumber') return { kind: 'sequenceNumber' };
  if (name === 'ischildof') return { kind: 'parent' };
  const field = FIELDS[name];
  if (field) return { kind: 'field', field };
  const list = LISTS[name];
  if (list) return { kind: 'field', field: list, list: true };
  const type = ASSOCIATIONS.find((t) => t.toLowerCase() === name);
  return type ? { kind: 'association', type } : undefined;
}

/** Comma-separated values of a cell, trimmed, without empty ones. */
export const cellValues = (cell: string) =>
  cell
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
