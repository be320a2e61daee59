// What the CASE 1.1 REST binding answers for one object of a package (issue 18, item 2), from
// the package exportCase writes. The shapes are 1EdTech's: a CFDocument carries the link to its
// CFPackage, a CFItem and a CFAssociation the link to their CFDocument (the CFPckg* classes
// without them, plus that one LinkURI); CFItemAssociations is the item and every association
// that has it at one end; CFItemTypes, CFConcepts and CFSubjects answer the set made of the
// object asked for and its descendants by hierarchyCode. Pure: the package and the public
// address in, plain JSON out.
import type { CaseDefinition, CaseRubric } from '../caseRecordSchema.ts';
import type {
  CfAssociation,
  CfDefinition,
  CfDocument,
  CfItem,
  CfPackage,
  LinkUri,
} from './caseTypes.ts';
import { caseUri } from './caseUri.ts';

export const CASE_OBJECT_KINDS = [
  'CFDocument',
  'CFItem',
  'CFAssociation',
  'CFItemType',
  'CFConcept',
  'CFSubject',
  'CFLicense',
  'CFAssociationGrouping',
  'CFRubric',
] as const;

export type CaseObjectKind = (typeof CASE_OBJECT_KINDS)[number];

export interface CaseObjectEntry {
  kind: CaseObjectKind;
  identifier: string;
}

const DEFINITION_KINDS = {
  CFItemTypes: 'CFItemType',
  CFConcepts: 'CFConcept',
  CFSubjects: 'CFSubject',
  CFLicenses: 'CFLicense',
  CFAssociationGroupings: 'CFAssociationGrouping',
} as const;

type DefinitionList = keyof typeof DEFINITION_KINDS;

/** Every object of the package the service may be asked for, by kind, without repeats. */
export function packageObjects(pkg: CfPackage): CaseObjectEntry[] {
  const entries: CaseObjectEntry[] = [
    { kind: 'CFDocument', identifier: pkg.CFDocument.identifier },
    ...pkg.CFItems.map((item) => ({ kind: 'CFItem' as const, identifier: item.identifier })),
    ...pkg.CFAssociations.map((a) => ({
      kind: 'CFAssociation' as const,
      identifier: a.identifier,
    })),
    ...(Object.keys(DEFINITION_KINDS) as DefinitionList[]).flatMap((list) =>
      (pkg.CFDefinitions[list] ?? []).map((d) => ({
        kind: DEFINITION_KINDS[list],
        identifier: d.identifier,
      })),
    ),
    ...(pkg.CFRubrics ?? []).map((r) => ({ kind: 'CFRubric' as const, identifier: r.identifier })),
  ];
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = `${entry.kind} ${entry.identifier}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const documentUri = (pkg: CfPackage): LinkUri => ({
  title: pkg.CFDocument.title,
  identifier: pkg.CFDocument.identifier,
  uri: pkg.CFDocument.uri,
});

export function documentView(document: CfDocument, publicUrl: string) {
  const CFPackageURI: LinkUri = {
    title: document.title,
    identifier: document.identifier,
    uri: caseUri(publicUrl, 'CFPackages', document.identifier),
  };
  return { ...document, CFPackageURI };
}

export function itemView(
  pkg: CfPackage,
  identifier: string,
): (CfItem & { CFDocumentURI: LinkUri }) | undefined {
  const item = pkg.CFItems.find((candidate) => candidate.identifier === identifier);
  return item && { ...item, CFDocumentURI: documentUri(pkg) };
}

export function associationView(pkg: CfPackage, identifier: string) {
  const association = pkg.CFAssociations.find((candidate) => candidate.identifier === identifier);
  return association && { ...association, CFDocumentURI: documentUri(pkg) };
}

/** The item and every association that has it at one end. */
export function itemAssociationsView(pkg: CfPackage, identifier: string) {
  const CFItem = itemView(pkg, identifier);
  if (!CFItem) return undefined;
  const CFAssociations: CfAssociation[] = pkg.CFAssociations.filter(
    (a) =>
      a.originNodeURI.identifier === identifier || a.destinationNodeURI.identifier === identifier,
  );
  return { CFItem, CFAssociations };
}

/** The definition asked for, then its descendants: hierarchyCode "1" has "1.1", "1.2.3"… */
function withDescendants(list: CfDefinition[], identifier: string): CfDefinition[] | undefined {
  const asked = list.find((d) => d.identifier === identifier);
  if (!asked) return undefined;
  const code = asked.hierarchyCode;
  const below = code
    ? list
        .filter((d) => d !== asked && d.hierarchyCode?.startsWith(`${code}.`))
        .sort(
          (a, b) =>
            (a.hierarchyCode ?? '').localeCompare(b.hierarchyCode ?? '') ||
            a.identifier.localeCompare(b.identifier),
        )
    : [];
  return [asked, ...below];
}

export function definitionSetView(
  pkg: CfPackage,
  list: 'CFItemTypes' | 'CFConcepts' | 'CFSubjects',
  identifier: string,
) {
  const set = withDescendants(pkg.CFDefinitions[list] ?? [], identifier);
  return set && { [list]: set };
}

export function definitionView(
  pkg: CfPackage,
  list: 'CFLicenses' | 'CFAssociationGroupings',
  identifier: string,
): CaseDefinition | undefined {
  return (pkg.CFDefinitions[list] ?? []).find((d) => d.identifier === identifier);
}

export function rubricView(pkg: CfPackage, identifier: string): CaseRubric | undefined {
  return (pkg.CFRubrics ?? []).find((r) => r.identifier === identifier);
}
