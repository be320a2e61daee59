// The CASE 1.1 classes Certeval writes (IMS Global, CASE 1.1 Information Model §4, and the
// CFPackage JSON Schema case_v1p1_cfpackage-jsonschema1.json): CFPckgDocument, CFPckgItem,
// CFPckgAssociation, CFDefinitions. Reading foreign packages goes through readPackage.ts, which
// trusts nothing; the CASE fields an import keeps are typed in ../caseRecordSchema.ts.

import type {
  CaseDefinition,
  CaseDocumentFields,
  CaseItemFields,
  CaseLink,
  CaseNodeLink,
  CaseRubric,
} from '../caseRecordSchema.ts';
import type { Certification } from '../certificationSchema.ts';
import type { LinkType, ReferentialNode, ReferentialVersion } from '../fileSchema.ts';

/** LinkURI: a reference to a CASE object of a known class. */
export type LinkUri = CaseLink;

type DocumentFields = Omit<CaseDocumentFields, 'identifier' | 'extensions'>;

export interface CfDocument extends DocumentFields {
  identifier: string;
  uri: string;
  caseVersion: '1.1';
  creator: string;
  title: string;
  lastChangeDateTime: string;
  extensions: Record<string, unknown> & { certeval: DocumentExtension };
}

type ItemFields = Omit<
  CaseItemFields,
  'identifier' | 'extensions' | 'childOf' | 'codeDerived' | 'humanCodingScheme'
>;

export interface CfItem extends ItemFields {
  identifier: string;
  uri: string;
  fullStatement: string;
  humanCodingScheme?: string;
  lastChangeDateTime: string;
  extensions: Record<string, unknown> & { certeval: ItemExtension };
}

/** LinkGenURI: an association end, inside or outside the package. */
export type CfNodeLink = CaseNodeLink & { uri: string };

export interface CfAssociation {
  identifier: string;
  uri: string;
  associationType: string;
  sequenceNumber?: number;
  originNodeURI: CfNodeLink;
  destinationNodeURI: CfNodeLink;
  CFAssociationGroupingURI?: LinkUri;
  notes?: string;
  lastChangeDateTime: string;
  extensions?: Record<string, unknown> & { certeval?: AssociationExtension };
}

/** A CFDefinitions entry as written: the kept fields of a foreign one, all fields of ours. */
export type CfDefinition = CaseDefinition & { uri: string; lastChangeDateTime: string };

export interface CfPackage {
  CFDocument: CfDocument;
  CFItems: CfItem[];
  CFAssociations: CfAssociation[];
  CFDefinitions: {
    CFItemTypes: CfDefinition[];
    CFAssociationGroupings: CfDefinition[];
    CFSubjects?: CfDefinition[];
    CFConcepts?: CfDefinition[];
    CFLicenses?: CfDefinition[];
  };
  CFRubrics?: CaseRubric[];
}

/** What CASE has no field for, kept so that re-import is lossless. */
export interface DocumentExtension {
  format: 'certeval.referential';
  formatVersion: 1;
  certification: Certification;
  version: Pick<ReferentialVersion, 'id' | 'status' | 'sources' | 'discrepancies'>;
}

/** Every field of the node except those CASE carries (code, label, parent, its CASE record). */
export type ItemExtension = Omit<ReferentialNode, 'code' | 'label' | 'parent' | 'case'>;

export interface AssociationExtension {
  linkType: LinkType;
  /** The other version holding the destination, for replaced_by / equivalent_to. */
  toVersion?: string;
  /** The destination's code when it lives outside this package. */
  toCode?: string;
  source?: string;
}
