// Reading a referential from YAML (or JSON) text: the text is parsed, then validated, and each
// problem gets the line of the value it is about. Takes text, never a path: reading the file is
// the caller's business (core does no I/O).
import { isNode, LineCounter, parseDocument } from 'yaml';
import { messages, type Problem, pathSegments, problem } from './problems.ts';
import { type ValidationResult, validateReferential } from './validate.ts';

type YamlDocument = ReturnType<typeof parseDocument>;

/** The line of the value at `path`, or of its closest existing ancestor. */
function lineOf(doc: YamlDocument, counter: LineCounter, path: string): number | undefined {
  const segments = pathSegments(path);
  for (let length = segments.length; length >= 0; length--) {
    const node = doc.getIn(segments.slice(0, length), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

export function parseReferential(text: string): ValidationResult {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const problems: Problem[] = doc.errors.map((error) => ({
      ...problem('invalid_yaml', '$', messages.invalidYaml(error.message)),
      line: counter.linePos(error.pos[0]).line,
    }));
    return { ok: false, problems };
  }
  let parsed: unknown;
  try {
    parsed = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [problem('invalid_yaml', '$', messages.invalidYaml(detail))] };
  }
  const result = validateReferential(parsed);
  if (result.ok) return result;
  return {
    ok: false,
    problems: result.problems.map((p) => {
      const line = lineOf(doc, counter, p.path);
      return line === undefined ? p : { ...p, line };
    }),
  };
}
