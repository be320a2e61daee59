// What reading a scoring needs from the item: the response declaration, the interaction's
// shape (to turn QTI values into our keys), and the file to locate problems in.
import { invalid, ok, type QtiLocation, qtiMessages, type Read } from './problems.ts';
import type { ShapeReader } from './readInteraction.ts';
import { childElements, firstChild, textOf, type XmlElement } from './xmlTree.ts';

export interface ScoringContext {
  declaration: XmlElement;
  shape: ShapeReader;
  file: string;
}

export const at = (file: string, node: XmlElement): QtiLocation => ({
  file,
  line: node.line,
  element: node.name,
});

export function keyOf(raw: string, node: XmlElement, context: ScoringContext): Read<string> {
  const key = context.shape.keyOf(raw);
  if (key !== undefined) return ok(key);
  const message = qtiMessages.invalidValue(raw, 'it names no choice of the interaction');
  return invalid('invalid_value', message, at(context.file, node));
}

/** The values of correctResponse as keys; undefined when the declaration has none. */
export function correctResponse(
  context: ScoringContext,
  template: string,
): Read<string[] | undefined> {
  const element = firstChild(context.declaration, 'correctResponse');
  if (element === undefined) return ok(undefined);
  const values = childElements(element, 'value');
  if (values.length === 0)
    return invalid(
      'missing_correct_response',
      qtiMessages.missingCorrect(template),
      at(context.file, element),
    );
  const keys: string[] = [];
  for (const value of values) {
    const key = keyOf(textOf(value), value, context);
    if (key.status !== 'ok') return key;
    keys.push(key.value);
  }
  return ok(keys);
}

/** A numeric attribute; undefined when absent. */
export function numberAttribute(
  element: XmlElement,
  name: string,
  file: string,
): Read<number | undefined> {
  const raw = element.attributes[name];
  if (raw === undefined) return ok(undefined);
  const value = raw.trim() === '' ? Number.NaN : Number(raw);
  if (Number.isFinite(value)) return ok(value);
  const message = qtiMessages.invalidValue(raw, `${name} must be a number`);
  return invalid('invalid_value', message, at(file, element));
}
