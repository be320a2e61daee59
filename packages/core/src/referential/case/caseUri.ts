// Where a CASE object of Certeval lives: the 1EdTech CASE 1.1 REST binding served by the
// product under /ims/case/v1p1 (issue 18, item 2). Every `uri` Certeval writes into a CASE
// package, and every alignment that points at one of its frameworks, is built here, so that it
// resolves on the product's public address.

export const CASE_SERVICE_PATH = '/ims/case/v1p1';

/** The collections of the CASE 1.1 REST binding that answer one object by its identifier. */
export type CaseCollection =
  | 'CFDocuments'
  | 'CFPackages'
  | 'CFItems'
  | 'CFAssociations'
  | 'CFItemAssociations'
  | 'CFItemTypes'
  | 'CFConcepts'
  | 'CFSubjects'
  | 'CFLicenses'
  | 'CFAssociationGroupings'
  | 'CFRubrics';

/** e.g. caseUri('https://certeval.example', 'CFItems', id) = https://certeval.example/ims/case/v1p1/CFItems/{id} */
export function caseUri(publicUrl: string, collection: CaseCollection, identifier: string): string {
  const root = publicUrl.replace(/\/+$/, '');
  return `${root}${CASE_SERVICE_PATH}/${collection}/${encodeURIComponent(identifier)}`;
}
