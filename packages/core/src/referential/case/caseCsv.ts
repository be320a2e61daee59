// A CASE spreadsheet (OpenSALT's CSV, see csvColumns.ts) imported as a package is (issue 18,
// item 7): its rows become a CFPackage — the tree from smartLevel or "Is Child Of" (else the
// code without its last segment, as OpenSALT reads it), the association columns as associations,
// values found nowhere in the file kept as external ends —, which importCase then reads with
// the same rules and the same warnings. Every problem and warning points at a line and, where
// one is at fault, a column of the file. A spreadsheet has no CFDocument: the framework is named
// after the file and its identifier derived from that name, so that importing the same file
// again finds the same framework.
import type { ReferentialFile } from '../fileSchema.ts';
import type { Message } from '../problems.ts';
import { type CaseProblem, caseProblem } from './caseProblems.ts';
import { cellValues } from './csvColumns.ts';
import {
  type Cell,
  type CsvRecord,
  cellText,
  type Row,
  readSheet,
  type Sheet,
} from './csvSheet.ts';
import { derivedIdentifier } from './identity.ts';
import { importCase } from './importCase.ts';
import { tally } from './tally.ts';
import { isUuid, URL_NAMESPACE, uuidV5 } from './uuid.ts';

export type { CsvRecord } from './csvSheet.ts';

/** A problem or warning of a spreadsheet, at its line and (when one is at fault) column. */
export type CsvProblem = CaseProblem & { line: number; column?: string };

export type CaseCsvResult =
  | { ok: true; file: ReferentialFile; warnings: CsvProblem[] }
  | { ok: false; problems: CsvProblem[] };

type Json = Record<string, unknown>;
interface Where {
  line: number;
  cells: Map<string, Cell>;
  column?: string;
}

const messages = {
  notCaseCsv: (): Message => ({
    fr: 'Ce fichier CSV n’est pas un tableur CASE : il lui faut une colonne « fullStatement ».',
    en: 'This CSV file is not a CASE spreadsheet: it needs a "fullStatement" column.',
  }),
  columnNotKept: (header: string): Message => ({
    fr: `La colonne « ${header} » n’est pas une colonne CASE : elle n’est pas gardée.`,
    en: `Column "${header}" is not a CASE column: it is not kept.`,
  }),
  noDocument: (title: string): Message => ({
    fr: `Un tableur CASE n’a pas de CFDocument : le référentiel prend le nom du fichier, « ${title} », et un identifiant tiré de ce nom (importer le fichier sous un autre nom crée un autre référentiel).`,
    en: `A CASE spreadsheet has no CFDocument: the framework takes the file's name, "${title}", and an identifier derived from it (importing the file under another name makes another framework).`,
  }),
};

const integer = (text: string) => (/^\d+$/.test(text) ? Number(text) : undefined);

function item(row: Row): Json {
  const fields: Json = { identifier: row.identifier };
  for (const [key, { value }] of row.cells) {
    if (!key.startsWith('field:') || value.trim() === '') continue;
    const field = key.slice('field:'.length);
    const list = ['conceptKeywords', 'educationLevel', 'subject'].includes(field);
    fields[field] = list ? cellValues(value) : value;
  }
  return fields;
}

/** An end found nowhere in the file, kept as the reference it is (OpenSALT's reading). */
function externalEnd(value: string): Json {
  if (isUuid(value)) return { title: value, identifier: value, uri: `urn:uuid:${value}` };
  if (/^https?:\/\//i.test(value)) {
    return { title: value, identifier: uuidV5(URL_NAMESPACE, value), uri: value };
  }
  return { title: value, identifier: derivedIdentifier('csv-reference', value), uri: value };
}

class Builder {
  readonly items: Json[] = [];
  readonly associations: Json[] = [];
  readonly where: { items: Where[]; associations: Where[] } = { items: [], associations: [] };
  private readonly byCode = new Map<string, Row>();
  private readonly bySmartLevel = new Map<string, Row>();
  private readonly byGiven = new Map<string, Row>();

  constructor(private readonly sheet: Sheet) {
    for (const row of sheet.rows) {
      if (row.code && !this.byCode.has(row.code)) this.byCode.set(row.code, row);
      const level = cellText(row, 'smartLevel');
      if (level && !this.bySmartLevel.has(level)) this.bySmartLevel.set(level, row);
      const given = cellText(row, 'identifier');
      if (given && !this.byGiven.has(given)) this.byGiven.set(given, row);
    }
  }

  private static endOf(row: Row): Json {
    return { title: row.code ?? '', identifier: row.identifier };
  }

  private end(value: string): Json {
    const row = this.byCode.get(value) ?? this.byGiven.get(value);
    return row ? Builder.endOf(row) : externalEnd(value);
  }

  private associate(row: Row, type: string, destination: Json, column?: string, sequence?: number) {
    const key = ['csv-association', this.sheet.documentId, type, row.identifier];
    this.associations.push({
      identifier: derivedIdentifier(...key, String(destination.identifier)),
      associationType: type,
      originNodeURI: { title: row.code ?? '', identifier: row.identifier },
      destinationNodeURI: destination,
      ...(sequence === undefined ? {} : { sequenceNumber: sequence }),
    });
    this.where.associations.push({ line: row.line, cells: row.cells, column });
  }

  /** The parent's end, the column saying so, and the place among its siblings. */
  private parentOf(row: Row): [Json, string | undefined, number | undefined] {
    const document = { title: '', identifier: this.sheet.documentId };
    const level = row.cells.get('smartLevel');
    if (level && level.value.trim() !== '') {
      const parts = level.value.trim().split('.');
      const place = integer(parts.pop() ?? '');
      const parent = this.bySmartLevel.get(parts.join('.'));
      return [parent ? Builder.endOf(parent) : document, level.header, place];
    }
    const place = integer(cellText(row, 'sequenceNumber'));
    const named = row.cells.get('parent');
    if (named && named.value.trim() !== '')
      return [this.end(named.value.trim()), named.header, place];
    const code = row.code ?? '';
    const above = this.byCode.get(code.slice(0, Math.max(code.lastIndexOf('.'), 0)));
    return [above && above !== row ? Builder.endOf(above) : document, undefined, place];
  }

  build(): void {
    for (const row of this.sheet.rows) {
      this.items.push(item(row));
      this.where.items.push({ line: row.line, cells: row.cells });
      const [parent, column, place] = this.parentOf(row);
      this.associate(row, 'isChildOf', parent, column, place);
    }
    for (const row of this.sheet.rows) {
      for (const [key, { header, value }] of row.cells) {
        if (!key.startsWith('association:')) continue;
        const type = key.slice('association:'.length);
        for (const target of cellValues(value)) this.associate(row, type, this.end(target), header);
      }
    }
  }
}

function itemTypes(items: Json[]): Json[] {
  const titles = [
    ...new Set(items.flatMap((i) => (typeof i.CFItemType === 'string' ? [i.CFItemType] : []))),
  ];
  return titles.map((title, i) => ({
    identifier: derivedIdentifier('csv-item-type', title),
    title,
    description: title,
    hierarchyCode: String(i + 1),
    typeCode: title,
  }));
}

const headerOf = (where: Where | undefined, field: string | undefined) => {
  if (!where || !field) return where?.column;
  return (
    where.cells.get(field === 'identifier' ? 'identifier' : `field:${field}`)?.header ??
    where.column
  );
};

/** The line and column of a problem found in the package built from the sheet. */
function located(problem: CaseProblem, built: Builder): CsvProblem {
  const atItem = /^\$\.CFItems\[(\d+)\](?:\.(\w+))?/.exec(problem.path);
  if (atItem) {
    const where = built.where.items[Number(atItem[1])];
    const column = headerOf(where, atItem[2]);
    return { ...problem, line: where?.line ?? 1, ...(column ? { column } : {}) };
  }
  const atAssociation = /^\$\.CFAssociations\[(\d+)\]/.exec(problem.path);
  if (atAssociation) {
    const where = built.where.associations[Number(atAssociation[1])];
    return {
      ...problem,
      line: where?.line ?? 1,
      ...(where?.column ? { column: where.column } : {}),
    };
  }
  const atLine = /^line (\d+)$/.exec(problem.path);
  return { ...problem, line: atLine ? Number(atLine[1]) : 1 };
}

/** The records of a CASE spreadsheet (header first) as a referential file, or its problems. */
export function importCaseCsv(records: CsvRecord[], fileName: string): CaseCsvResult {
  const notes = tally();
  const sheet = readSheet(records, fileName, notes);
  if (!sheet) {
    return {
      ok: false,
      problems: [{ ...caseProblem('invalid_case_package', '$', messages.notCaseCsv()), line: 1 }],
    };
  }
  const built = new Builder(sheet);
  built.build();
  const title = fileName.replace(/\.[^.]*$/, '') || fileName;
  const types = itemTypes(built.items);
  const result = importCase({
    CFDocument: { identifier: sheet.documentId, title },
    CFItems: built.items,
    CFAssociations: built.associations,
    CFDefinitions: types.length > 0 ? { CFItemTypes: types } : {},
  });
  if (!result.ok) return { ok: false, problems: result.problems.map((p) => located(p, built)) };
  const own: CsvProblem[] = [
    { ...caseProblem('derived_identifier', '$', messages.noDocument(title)), line: 1 },
    ...sheet.ignored.map((header) => ({
      ...caseProblem('field_not_kept', '$', messages.columnNotKept(header)),
      line: 1,
      column: header,
    })),
    ...notes.warnings().map((w) => located(w, built)),
  ];
  return {
    ok: true,
    file: result.file,
    warnings: [...own, ...result.warnings.map((w) => located(w, built))],
  };
}
