// Writing XML: a small element description serialised with two-space indentation.
export interface XmlOut {
  name: string;
  attributes?: Record<string, string | number | undefined>;
  children?: Array<XmlOut | string>;
}

export function el(
  name: string,
  attributes: XmlOut['attributes'] = {},
  children: XmlOut['children'] = [],
): XmlOut {
  return { name, attributes, children };
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

function attributeText(attributes: XmlOut['attributes']): string {
  return Object.entries(attributes ?? {})
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
}

export function serialize(node: XmlOut, indent = ''): string {
  const open = `${indent}<${node.name}${attributeText(node.attributes)}`;
  const children = node.children ?? [];
  if (children.length === 0) return `${open}/>`;
  // Mixed content is written on one line: indentation would add spaces to the text.
  if (children.some((child) => typeof child === 'string')) {
    const inline = children.map((c) => (typeof c === 'string' ? escapeXml(c) : serialize(c)));
    return `${open}>${inline.join('')}</${node.name}>`;
  }
  const inner = children.map((child) =>
    typeof child === 'string' ? `${indent}  ${escapeXml(child)}` : serialize(child, `${indent}  `),
  );
  return `${open}>\n${inner.join('\n')}\n${indent}</${node.name}>`;
}

export function xmlDocument(root: XmlOut): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(root)}\n`;
}
