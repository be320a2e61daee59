// The referential file format (data/certifications/*.yaml): one certification and its versions.
// A version is a flat list of nodes, each naming its parent by code, plus typed links between
// nodes. Flat rather than nested so that a person can read one line per item, diffs stay small,
// and the tree maps one to one onto CASE isChildOf associations and database rows.
import { type Static, Type } from 'typebox';
import { CaseFrameworkSchema, CaseItemSchema } from './caseRecordSchema.ts';
import { CertificationSchema, Source, Verbatim } from './certificationSchema.ts';

export const NODE_TYPES = [
  'function', // finalité / fonction de l'emploi
  'mission',
  'activity',
  'sub_activity',
  'task',
  'activity_area', // domaine / champ d'activité of an RNCP bloc
  'bloc', // bloc de compétences
  'domain', // domaine de compétences (R, PO, OT)
  'competence',
  'knowledge_item', // savoir, with its content
  'performance_criterion', // critère de performance / d'évaluation
  'evaluation_modality', // modalité d'évaluation
  'condition_of_realisation', // conditions de réalisation
] as const;

export const COMPETENCE_KINDS = [
  'knowledge', // connaissance (C)
  'know_how', // savoir-faire (SF)
  'aptitude', // qualité / aptitude (A)
  'professional_behaviour', // comportement professionnel (CP)
] as const;

export const LINK_TYPES = [
  'requires', // an activity needs a competence or a knowledge item
  'belongs_to', // a competence belongs to a bloc
  'evaluates', // a criterion evaluates a competence
  'replaced_by', // an item is replaced by an item of another version
  'equivalent_to', // an item is equivalent to an item of another version
] as const;

export const VERSION_STATUSES = ['draft', 'published'] as const;

const closed = { additionalProperties: false } as const;

export const Code = Type.String({
  minLength: 1,
  pattern: '^\\S(.*\\S)?$',
  description: 'Unique within a version; no leading or trailing space',
});

/** One entry of a conditions-of-realisation section, possibly with sub-items. */
const ConditionEntry = Type.Union([
  Verbatim,
  Type.Object({ text: Verbatim, items: Type.Array(Verbatim, { minItems: 1 }) }, closed),
]);

const ConditionSection = Type.Object(
  {
    part: Type.Enum(['context', 'means', 'starting_points', 'other']),
    heading: Type.Optional(Verbatim),
    entries: Type.Array(ConditionEntry, { minItems: 1 }),
  },
  closed,
);

export const NodeSchema = Type.Object(
  {
    type: Type.Enum(NODE_TYPES),
    code: Code,
    /** Code of the parent node; absent for a root. */
    parent: Type.Optional(Code),
    label: Verbatim,
    labelEn: Type.Optional(Verbatim),
    /** The code as printed in the source, when the canonical code differs. */
    printedCode: Type.Optional(Verbatim),
    /** Competences only. */
    kind: Type.Optional(Type.Enum(COMPETENCE_KINDS)),
    description: Type.Optional(Verbatim),
    /** Knowledge items only: what the savoir covers. */
    content: Type.Optional(Verbatim),
    /** Evaluation modalities only: the word joining it to the previous one ("Et / Ou"). */
    connective: Type.Optional(Verbatim),
    /** Conditions of realisation only. */
    sections: Type.Optional(Type.Array(ConditionSection, { minItems: 1 })),
    notes: Type.Optional(Type.Array(Verbatim)),
    source: Type.Optional(Source),
    /** An item imported from CASE: its identity and the CASE fields the model has no place for. */
    case: Type.Optional(CaseItemSchema),
  },
  closed,
);

export const LinkSchema = Type.Object(
  {
    type: Type.Enum(LINK_TYPES),
    from: Code,
    to: Code,
    /** For replaced_by / equivalent_to: the version holding `to`. */
    toVersion: Type.Optional(Type.String({ minLength: 1 })),
    source: Type.Optional(Source),
  },
  closed,
);

/** Where the source contradicts itself, what it says each time and what we kept. */
export const DiscrepancySchema = Type.Object(
  {
    codes: Type.Array(Type.String({ minLength: 1 })),
    source: Source,
    /** The note as the transcription recorded it (in English, the language of our records). */
    note: Verbatim,
    /** The same note in French, for the French interface (issue 16, item 5). */
    noteFr: Type.Optional(Type.String({ minLength: 1, description: 'The note in French' })),
    variants: Type.Optional(
      Type.Array(Type.Object({ source: Source, text: Verbatim }, closed), { minItems: 1 }),
    ),
  },
  closed,
);

export const VersionSchema = Type.Object(
  {
    id: Type.String({ minLength: 1 }),
    status: Type.Enum(VERSION_STATUSES),
    sources: Type.Array(Verbatim, { minItems: 1 }),
    nodes: Type.Array(NodeSchema),
    links: Type.Array(LinkSchema),
    discrepancies: Type.Array(DiscrepancySchema),
    /** A framework imported from CASE: its document, associations and definitions as written. */
    case: Type.Optional(CaseFrameworkSchema),
  },
  closed,
);

export const ReferentialFileSchema = Type.Object(
  {
    format: Type.Literal('certeval.referential'),
    formatVersion: Type.Literal(1),
    certification: CertificationSchema,
    versions: Type.Array(VersionSchema, { minItems: 1 }),
  },
  { ...closed, title: 'Certeval referential file' },
);

export type NodeType = (typeof NODE_TYPES)[number];
export type CompetenceKind = (typeof COMPETENCE_KINDS)[number];
export type LinkType = (typeof LINK_TYPES)[number];
export type ReferentialNode = Static<typeof NodeSchema>;
export type ReferentialLink = Static<typeof LinkSchema>;
export type Discrepancy = Static<typeof DiscrepancySchema>;
export type ReferentialVersion = Static<typeof VersionSchema>;
export type ReferentialFile = Static<typeof ReferentialFileSchema>;
