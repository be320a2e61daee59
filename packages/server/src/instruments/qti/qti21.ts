// QTI 2.1 from the QTI 3.0 we write: the same elements and attributes, named the 2.1 way
// (qti-choice-interaction → choiceInteraction, response-identifier → responseIdentifier), in
// the 2.1 namespace, with the 2.1 template URLs. xmlTree.ts reads both back the same way.
import { el, type XmlOut } from '@certeval/core/xml/xmlWrite';

export const QTI21_NAMESPACE = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const QTI21_XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';
const TEMPLATES_30 = 'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/';
const TEMPLATES_21 = 'http://www.imsglobal.org/question/qti_v2p1/rptemplates/';

const camel = (name: string) => name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function elementName(name: string): string {
  return name.startsWith('qti-') ? camel(name.slice(4)) : name;
}

function attributeName(name: string): string {
  return name.includes(':') ? name : camel(name);
}

function attributeValue(name: string, value: string | number | undefined) {
  if (name === 'template' && typeof value === 'string')
    return value.replace(TEMPLATES_30, TEMPLATES_21).replace(/\.xml$/, '');
  return value;
}

/** One element of QTI 3.0 and everything under it, as QTI 2.1. */
export function toQti21(node: XmlOut): XmlOut {
  const attributes = Object.fromEntries(
    Object.entries(node.attributes ?? {}).map(([key, value]) => [
      attributeName(key),
      attributeValue(key, value),
    ]),
  );
  const children = (node.children ?? []).map((c) => (typeof c === 'string' ? c : toQti21(c)));
  return el(elementName(node.name), attributes, children);
}

/** The root item element's own namespace and schema location, for QTI 2.1. */
export const qti21Root = {
  xmlns: QTI21_NAMESPACE,
  'xsi:schemaLocation': `${QTI21_NAMESPACE} ${QTI21_XSD}`,
};
