// A small element tree of an XML text, built with saxes, with the line of every element. QTI
// 3.0's names are brought to QTI 2.1's on the way in (qti-choice-interaction and
// response-identifier become choiceInteraction and responseIdentifier), so that one reader
// serves both versions. Namespace prefixes are dropped: QTI elements are read by local name.
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  /** The name as written, before QTI 3.0 names were mapped to QTI 2.1's. */
  rawName: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  line: number;
}

export type XmlNode = XmlElement | string;

export type XmlParse =
  | { ok: true; root: XmlElement }
  | { ok: false; line: number | undefined; detail: string };

const camel = (name: string) => name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** qti-simple-choice → simpleChoice; other names keep their local part. */
function qtiName(name: string): string {
  const local = localName(name);
  return local.startsWith('qti-') ? camel(local.slice(4)) : local;
}

function element(name: string, attributes: Record<string, string>, line: number): XmlElement {
  const qti3 = localName(name).startsWith('qti-');
  const entries = Object.entries(attributes).map(([key, value]) => [
    qti3 ? camel(key) : key,
    value,
  ]);
  return {
    name: qtiName(name),
    rawName: name,
    attributes: Object.fromEntries(entries),
    children: [],
    line,
  };
}

function firstError(errors: string[]): { line: number | undefined; detail: string } {
  const message = errors[0] ?? 'unknown error';
  const located = /^(\d+):(\d+): ([\s\S]*)$/.exec(message);
  return located
    ? { line: Number(located[1]), detail: located[3] ?? message }
    : { line: undefined, detail: message };
}

/** Parses a whole XML text; a malformed one gives the first error and its line. */
export function parseXml(text: string): XmlParse {
  const parser = new SaxesParser({ position: true });
  const errors: string[] = [];
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (error) => errors.push(error.message));
  parser.on('opentag', (tag) => {
    const node = element(tag.name, tag.attributes as Record<string, string>, parser.line);
    stack[stack.length - 1]?.children.push(node);
    if (stack.length === 0) root ??= node;
    stack.push(node);
  });
  parser.on('closetag', () => void stack.pop());
  const text_ = (value: string) => void stack[stack.length - 1]?.children.push(value);
  parser.on('text', text_);
  parser.on('cdata', text_);
  parser.write(text).close();
  if (errors.length > 0) return { ok: false, ...firstError(errors) };
  if (root === undefined) return { ok: false, line: undefined, detail: 'no root element' };
  return { ok: true, root };
}

export const isElement = (node: XmlNode): node is XmlElement => typeof node !== 'string';

export function childElements(node: XmlElement, name?: string): XmlElement[] {
  return node.children.filter(isElement).filter((c) => name === undefined || c.name === name);
}

export function firstChild(node: XmlElement, name: string): XmlElement | undefined {
  return childElements(node, name)[0];
}

/** Every element under `node`, depth first, not entering the elements `skip` accepts. */
export function descendants(node: XmlElement, skip: (e: XmlElement) => boolean = () => false) {
  const found: XmlElement[] = [];
  for (const child of childElements(node)) {
    found.push(child);
    if (!skip(child)) found.push(...descendants(child, skip));
  }
  return found;
}

/** XML's own whitespace, collapsed; a no-break space is text and stays. */
export const collapse = (text: string) => text.replace(/[ \t\n\r]+/g, ' ').trim();

/** The text under `node`, whitespace collapsed. */
export function textOf(node: XmlNode): string {
  const raw = (n: XmlNode): string => (isElement(n) ? n.children.map(raw).join('') : n);
  return collapse(raw(node));
}
