// The CASE 1.1 classes Certeval writes (IMS Global, CASE 1.1 Information Model §4, and the
// CFPackage JSON Schema case_v1p1_cfpackage-jsonschema1.json). Only the properties we fill are
// declared; reading foreign packages goes through readPackage.ts, which trusts nothing.

import type { Certification } from '../certificationSchema.ts';
import type { LinkType, ReferentialNode, ReferentialVersion } from '../fileSchema.ts';
import type { CaseAssociationType } from './vocabulary.ts';

/** LinkURI: a reference to a CASE object of a known class (identifier is a UUID). */
export interface LinkUri {
  title: string;
  identifier: string;
  uri: string;
}

export interface CfDocument {
  identifier: string;
  uri: string;
  frameworkType?: string;
  caseVersion: '1.1';
  creator: string;
  title: string;
  lastChangeDateTime: string;
  officialSourceURL?: string;
  publisher?: string;
  subject?: string[];
  language: string;
  version: string;
  adoptionStatus: string;
  statusStartDate?: string;
  statusEndDate?: string;
  notes?: string;
  extensions: { certeval: DocumentExtension };
}

export interface CfItem {
  identifier: string;
  uri: string;
  fullStatement: string;
  CFItemType: string;
  CFItemTypeURI: LinkUri;
  humanCodingScheme: string;
  conceptKeywords?: string[];
  notes?: string;
  language: string;
  lastChangeDateTime: string;
  extensions: { certeval: ItemExtension };
}

export interface CfAssociation {
  identifier: string;
  uri: string;
  associationType: CaseAssociationType;
  sequenceNumber?: number;
  originNodeURI: LinkUri;
  destinationNodeURI: LinkUri;
  CFAssociationGroupingURI?: LinkUri;
  lastChangeDateTime: string;
  extensions?: { certeval: AssociationExtension };
}

export interface CfItemTypeDefinition {
  identifier: string;
  uri: string;
  title: string;
  description: string;
  hierarchyCode: string;
  typeCode: string;
  lastChangeDateTime: string;
}

export interface CfAssociationGrouping {
  identifier: string;
  uri: string;
  title: string;
  description: string;
  lastChangeDateTime: string;
}

export interface CfPackage {
  CFDocument: CfDocument;
  CFItems: CfItem[];
  CFAssociations: CfAssociation[];
  CFDefinitions: {
    CFItemTypes: CfItemTypeDefinition[];
    CFAssociationGroupings: CfAssociationGrouping[];
  };
}

/** What CASE has no field for, kept so that re-import is lossless. */
export interface DocumentExtension {
  format: 'certeval.referential';
  formatVersion: 1;
  certification: Certification;
  version: Pick<ReferentialVersion, 'id' | 'status' | 'sources' | 'discrepancies'>;
}

/** Every field of the node except those CASE carries (code, label, parent). */
export type ItemExtension = Omit<ReferentialNode, 'code' | 'label' | 'parent'>;

export interface AssociationExtension {
  linkType: LinkType;
  /** The other version holding the destination, for replaced_by / equivalent_to. */
  toVersion?: string;
  /** The destination's code when it lives outside this package. */
  toCode?: string;
  source?: string;
}
