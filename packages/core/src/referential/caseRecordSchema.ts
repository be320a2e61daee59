// What a CASE package says of a framework and of its items that the referential model has no
// field for, kept with the version (`case`) and with each node (`case`) so that an imported
// package loses nothing and its export writes it back (issue 18, item 1): identifiers and URIs,
// item types, language, listEnumeration, licences, every association with its sequence number.
// Field names are CASE 1.1's own (CFPckgDocument, CFPckgItem, CFPckgAssociation, CFDefinitions
// of case_v1p1_cfpackage-jsonschema1.json), values as the package wrote them. A version or a
// node made in Certeval has none of this: its CASE identity is derived (see case/exportCase.ts).
import { type Static, Type } from 'typebox';

const closed = { additionalProperties: false } as const;
/** A CASE string as written: CASE allows empty strings, Certeval keeps them. */
const Text = Type.String();
const Identifier = Type.String({ minLength: 1 });
const Extensions = Type.Record(Type.String(), Type.Unknown(), {
  description: "The object's own CASE extensions, kept verbatim",
});

export const CaseLinkSchema = Type.Object(
  { title: Text, identifier: Identifier, uri: Text },
  { ...closed, description: 'A CASE LinkURI' },
);

export const CaseNodeLinkSchema = Type.Object(
  {
    title: Text,
    identifier: Identifier,
    /** Absent for an item of the framework that has no URI of its own: the export gives it. */
    uri: Type.Optional(Text),
    targetType: Type.Optional(Text),
  },
  {
    ...closed,
    description: 'A CASE LinkGenURI: an association end, inside or outside the package',
  },
);

/** The isChildOf association that places an item under its parent (or the document). */
export const CaseTreeLinkSchema = Type.Object(
  {
    identifier: Identifier,
    uri: Type.Optional(Text),
    sequenceNumber: Type.Optional(Type.Integer()),
    CFAssociationGroupingURI: Type.Optional(CaseLinkSchema),
    notes: Type.Optional(Text),
    lastChangeDateTime: Type.Optional(Text),
    extensions: Type.Optional(Extensions),
  },
  closed,
);

export const CaseItemSchema = Type.Object(
  {
    identifier: Identifier,
    uri: Type.Optional(Text),
    /** As written, when it is not the node's code (spaces around it). */
    humanCodingScheme: Type.Optional(Text),
    /** The item had no humanCodingScheme: the node's code was derived, and is not written back. */
    codeDerived: Type.Optional(Type.Literal(true)),
    CFItemType: Type.Optional(Text),
    CFItemTypeURI: Type.Optional(CaseLinkSchema),
    alternativeLabel: Type.Optional(Text),
    listEnumeration: Type.Optional(Text),
    abbreviatedStatement: Type.Optional(Text),
    conceptKeywords: Type.Optional(Type.Array(Text)),
    conceptKeywordsURI: Type.Optional(CaseLinkSchema),
    notes: Type.Optional(Text),
    subject: Type.Optional(Type.Array(Text)),
    subjectURI: Type.Optional(Type.Array(CaseLinkSchema)),
    language: Type.Optional(Text),
    educationLevel: Type.Optional(Type.Array(Text)),
    licenseURI: Type.Optional(CaseLinkSchema),
    statusStartDate: Type.Optional(Text),
    statusEndDate: Type.Optional(Text),
    lastChangeDateTime: Type.Optional(Text),
    extensions: Type.Optional(Extensions),
    childOf: Type.Optional(CaseTreeLinkSchema),
  },
  { ...closed, description: 'The CASE identity and fields of an imported item (CFPckgItem)' },
);

export const CaseDocumentSchema = Type.Object(
  {
    identifier: Identifier,
    uri: Type.Optional(Text),
    frameworkType: Type.Optional(Text),
    creator: Type.Optional(Text),
    title: Type.Optional(Text),
    officialSourceURL: Type.Optional(Text),
    publisher: Type.Optional(Text),
    description: Type.Optional(Text),
    subject: Type.Optional(Type.Array(Text)),
    subjectURI: Type.Optional(Type.Array(CaseLinkSchema)),
    language: Type.Optional(Text),
    version: Type.Optional(Text),
    adoptionStatus: Type.Optional(Text),
    statusStartDate: Type.Optional(Text),
    statusEndDate: Type.Optional(Text),
    licenseURI: Type.Optional(CaseLinkSchema),
    notes: Type.Optional(Text),
    lastChangeDateTime: Type.Optional(Text),
    extensions: Type.Optional(Extensions),
  },
  { ...closed, description: 'The CASE identity and fields of an imported CFDocument' },
);

export const CaseAssociationSchema = Type.Object(
  {
    identifier: Identifier,
    uri: Type.Optional(Text),
    associationType: Type.String({ minLength: 1 }),
    sequenceNumber: Type.Optional(Type.Integer()),
    originNodeURI: CaseNodeLinkSchema,
    destinationNodeURI: CaseNodeLinkSchema,
    CFAssociationGroupingURI: Type.Optional(CaseLinkSchema),
    notes: Type.Optional(Text),
    lastChangeDateTime: Type.Optional(Text),
    extensions: Type.Optional(Extensions),
  },
  { ...closed, description: 'A CASE association kept as such (crosswalks, external ends)' },
);

/** A CFDefinitions entry (CFItemType, CFSubject, CFConcept, CFLicense, CFAssociationGrouping). */
export const CaseDefinitionSchema = Type.Object(
  {
    identifier: Identifier,
    uri: Type.Optional(Text),
    title: Type.Optional(Text),
    description: Type.Optional(Text),
    hierarchyCode: Type.Optional(Text),
    typeCode: Type.Optional(Text),
    keywords: Type.Optional(Text),
    licenseText: Type.Optional(Text),
    lastChangeDateTime: Type.Optional(Text),
    extensions: Type.Optional(Extensions),
  },
  closed,
);

export const CASE_DEFINITION_KINDS = [
  'CFConcepts',
  'CFSubjects',
  'CFLicenses',
  'CFItemTypes',
  'CFAssociationGroupings',
] as const;

export const CaseDefinitionsSchema = Type.Object(
  {
    CFConcepts: Type.Optional(Type.Array(CaseDefinitionSchema)),
    CFSubjects: Type.Optional(Type.Array(CaseDefinitionSchema)),
    CFLicenses: Type.Optional(Type.Array(CaseDefinitionSchema)),
    CFItemTypes: Type.Optional(Type.Array(CaseDefinitionSchema)),
    CFAssociationGroupings: Type.Optional(Type.Array(CaseDefinitionSchema)),
  },
  closed,
);

/** A CFRubric with its criteria and levels, kept verbatim. */
export const CaseRubricSchema = Type.Object(
  { identifier: Identifier },
  { additionalProperties: true, description: 'A CFRubric, kept verbatim' },
);

export const CaseFrameworkSchema = Type.Object(
  {
    document: Type.Optional(CaseDocumentSchema),
    associations: Type.Optional(Type.Array(CaseAssociationSchema)),
    definitions: Type.Optional(CaseDefinitionsSchema),
    rubrics: Type.Optional(Type.Array(CaseRubricSchema)),
  },
  { ...closed, description: 'What an imported CASE package holds beyond the nodes and links' },
);

export type CaseLink = Static<typeof CaseLinkSchema>;
export type CaseNodeLink = Static<typeof CaseNodeLinkSchema>;
export type CaseTreeLink = Static<typeof CaseTreeLinkSchema>;
export type CaseItemFields = Static<typeof CaseItemSchema>;
export type CaseDocumentFields = Static<typeof CaseDocumentSchema>;
export type CaseAssociationFields = Static<typeof CaseAssociationSchema>;
export type CaseDefinition = Static<typeof CaseDefinitionSchema>;
export type CaseDefinitionKind = (typeof CASE_DEFINITION_KINDS)[number];
export type CaseDefinitions = Static<typeof CaseDefinitionsSchema>;
export type CaseRubric = Static<typeof CaseRubricSchema>;
export type CaseFramework = Static<typeof CaseFrameworkSchema>;
