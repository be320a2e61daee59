// The text of an item's body as the stem of our item: paragraphs and the interaction's prompt,
// a text entry's blank written "____"; its pictures, to keep with the item. What is neither
// (formulas, feedback, media) is listed, not dropped silently.
import { type QtiUnsupported, unsupportedReasons } from './problems.ts';
import { collapse, firstChild, textOf, type XmlElement, type XmlNode } from './xmlTree.ts';

export const BLANK = '____';

/** Elements whose content is not imported; an object keeps its fallback text. */
const NOT_TEXT = new Set([
  'img',
  'object',
  'math',
  'audio',
  'video',
  'feedbackBlock',
  'feedbackInline',
  'printedVariable',
  'include',
]);

/** Elements inside a line of text: no space around them. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'cite',
  'code',
  'em',
  'i',
  'q',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'u',
]);

/** A picture of the body: where the item file says it is, its text alternative. */
export interface Picture {
  src: string;
  alt: string;
  line: number;
}

interface Found {
  omitted: QtiUnsupported[];
  pictures: Picture[];
}

function walk(node: XmlNode, found: Found): string {
  if (typeof node === 'string') return node;
  const { omitted } = found;
  if (node.name === 'img' && node.attributes.src)
    found.pictures.push({
      src: node.attributes.src,
      alt: node.attributes.alt ?? '',
      line: node.line,
    });
  else if (NOT_TEXT.has(node.name))
    omitted.push({
      name: node.name,
      line: node.line,
      reason: unsupportedReasons.content(node.name),
    });
  if (node.name === 'textEntryInteraction') return BLANK;
  if (node.name.endsWith('Interaction') || (NOT_TEXT.has(node.name) && node.name !== 'object'))
    return ' ';
  const text = node.children.map((child) => walk(child, found)).join('');
  // Block boundaries become spaces, so that paragraphs do not run into each other.
  return INLINE.has(node.name) ? text : ` ${text} `;
}

export interface BodyText {
  stem: string;
  omitted: QtiUnsupported[];
  /** The pictures, to be found in the package (readPictures.ts). */
  pictures: Picture[];
}

/** The stem: the body's text then the interaction's prompt, whitespace collapsed. */
export function bodyText(body: XmlElement, interaction: XmlElement): BodyText {
  const found: Found = { omitted: [], pictures: [] };
  const text = collapse(walk(body, found));
  const prompt = firstChild(interaction, 'prompt');
  const stem = [text, prompt ? textOf(prompt) : ''].filter((part) => part !== '').join(' ');
  return { stem, ...found };
}
