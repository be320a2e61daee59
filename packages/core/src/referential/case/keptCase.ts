// What an import keeps of the package beyond nodes and links (issue 18, item 1): each item's
// identifier, URI and CASE fields with the isChildOf that places it, the document's, every
// association that is neither the tree nor one of our links (crosswalks, second parents, ends
// outside the package, kept as the LinkGenURIs they are), the definitions and the rubrics.
// What Certeval itself wrote and would derive again the same (its own identifiers, item types
// and groupings) is not kept, so that its exports come back exactly as they left.
import type {
  CaseAssociationFields,
  CaseDefinitions,
  CaseDocumentFields,
  CaseFramework,
  CaseItemFields,
  CaseNodeLink,
  CaseTreeLink,
} from '../caseRecordSchema.ts';
import { LINK_TYPES, NODE_TYPES } from '../fileSchema.ts';
import type { End } from './buildTree.ts';
import type { Json } from './caseFields.ts';
import {
  documentIdentifier,
  groupingIdentifier,
  itemIdentifier,
  itemTypeIdentifier,
} from './identity.ts';
import type { RawAssociation, RawDocument, RawEnd, RawItem, RawPackage } from './readPackage.ts';

/** The CASE fields Certeval writes on its own items and documents; any other is the source's. */
const OURS_ON_ITEMS = new Set([
  'uri',
  'CFItemType',
  'CFItemTypeURI',
  'conceptKeywords',
  'notes',
  'language',
  'lastChangeDateTime',
]);
const OURS_ON_DOCUMENTS = new Set([
  'uri',
  'frameworkType',
  'creator',
  'title',
  'lastChangeDateTime',
  'officialSourceURL',
  'publisher',
  'subject',
  'language',
  'version',
  'adoptionStatus',
  'statusStartDate',
  'statusEndDate',
  'notes',
]);

const onlyOurs = (fields: Json, ours: Set<string>) => Object.keys(fields).every((k) => ours.has(k));

export interface Frame {
  certification: string;
  version: string;
}

/** Whether the item has a CASE identity of its own (not the one Certeval would derive). */
export function keepsItem(item: RawItem, code: string, frame: Frame): boolean {
  if (!item.certeval) return true;
  const derived = itemIdentifier(frame.certification, frame.version, code);
  return item.identifier !== derived || !onlyOurs(item.fields, OURS_ON_ITEMS);
}

export function keepsDocument(document: RawDocument, frame: Frame): boolean {
  if (!document.certeval) return true;
  const derived = documentIdentifier(frame.certification, frame.version);
  return document.identifier !== derived || !onlyOurs(document.fields, OURS_ON_DOCUMENTS);
}

function treeLink(association: RawAssociation | undefined): CaseTreeLink | undefined {
  if (!association) return undefined;
  return { identifier: association.identifier, ...association.fields } as CaseTreeLink;
}

/** The node's `case`: its identity, its CASE fields, how it was coded and placed. */
export function caseItem(
  item: RawItem,
  code: string,
  placing: RawAssociation | undefined,
): CaseItemFields {
  const childOf = treeLink(placing);
  return {
    identifier: item.identifier,
    ...item.fields,
    ...(item.writtenCode !== undefined && item.writtenCode !== code
      ? { humanCodingScheme: item.writtenCode }
      : {}),
    ...(item.humanCodingScheme === undefined ? { codeDerived: true as const } : {}),
    ...(childOf ? { childOf } : {}),
  };
}

export function caseDocument(document: RawDocument): CaseDocumentFields {
  return { identifier: document.identifier, ...document.fields } as CaseDocumentFields;
}

/** An end as the package wrote it, completed from the item or document it names. */
function endLink(end: RawEnd, at: End, pkg: RawPackage): CaseNodeLink {
  const item = typeof at === 'number' ? pkg.items[at] : undefined;
  const document = at === 'document' ? pkg.document : undefined;
  const inside = item ?? document;
  const title =
    end.title ??
    item?.humanCodingScheme ??
    item?.fullStatement ??
    document?.title ??
    end.identifier;
  const uri = end.uri ?? inside?.uri ?? (inside ? undefined : end.identifier);
  return {
    title,
    identifier: inside?.identifier ?? end.identifier,
    ...(uri === undefined ? {} : { uri }),
    ...(end.targetType ? { targetType: end.targetType } : {}),
  };
}

export function caseAssociation(
  association: RawAssociation,
  resolve: (reference: string) => End,
  pkg: RawPackage,
): CaseAssociationFields {
  return {
    identifier: association.identifier,
    associationType: association.type,
    originNodeURI: endLink(association.origin, resolve(association.origin.reference), pkg),
    destinationNodeURI: endLink(
      association.destination,
      resolve(association.destination.reference),
      pkg,
    ),
    ...association.fields,
  } as CaseAssociationFields;
}

const DERIVED = new Set([
  ...NODE_TYPES.map(itemTypeIdentifier),
  ...LINK_TYPES.map(groupingIdentifier),
]);

/** The package's definitions without those Certeval writes for its own types and links. */
export function keptDefinitions(definitions: CaseDefinitions): CaseDefinitions | undefined {
  const kept = Object.entries(definitions).flatMap(([kind, list]) => {
    const theirs = (list ?? []).filter((d) => !DERIVED.has(d.identifier));
    return theirs.length > 0 ? [[kind, theirs] as const] : [];
  });
  return kept.length > 0 ? (Object.fromEntries(kept) as CaseDefinitions) : undefined;
}

/** The version's `case`, or undefined when the package holds nothing Certeval would not derive. */
export function caseFramework(parts: {
  document?: CaseDocumentFields;
  associations: CaseAssociationFields[];
  pkg: RawPackage;
}): CaseFramework | undefined {
  const definitions = keptDefinitions(parts.pkg.definitions);
  const framework: CaseFramework = {
    ...(parts.document ? { document: parts.document } : {}),
    ...(parts.associations.length > 0 ? { associations: parts.associations } : {}),
    ...(definitions ? { definitions } : {}),
    ...(parts.pkg.rubrics.length > 0 ? { rubrics: parts.pkg.rubrics } : {}),
  };
  return Object.keys(framework).length > 0 ? framework : undefined;
}
