// The CASE identifiers of what Certeval makes: name-based UUIDs (v5) of the certification, the
// version and the node's code, so that every export of a version gives the same identifiers and a
// CASE consumer sees updates, not new items. An import compares an item's identifier with the
// one derived here to know whether the item has a CASE identity of its own to keep.
import { CERTEVAL_CASE_NAMESPACE, uuidV5 } from './uuid.ts';

/** JSON keeps "a/b" + "c" apart from "a" + "b/c". */
export const derivedIdentifier = (...parts: string[]) =>
  uuidV5(CERTEVAL_CASE_NAMESPACE, JSON.stringify(parts));

export const documentIdentifier = (certification: string, version: string) =>
  derivedIdentifier('document', certification, version);

export const itemIdentifier = (certification: string, version: string, code: string) =>
  derivedIdentifier('item', certification, version, code);

export const itemTypeIdentifier = (type: string) => derivedIdentifier('item-type', type);

export const groupingIdentifier = (linkType: string) => derivedIdentifier('grouping', linkType);
