// The competences of an RS fiche (CAPACITES_ATTESTEES) as referential nodes, as an RNCP
// fiche's blocs are. The export publishes them as one free text whose line breaks became runs
// of spaces; each line is one competence, its printed mark ("C1.", "1 :", "4.1", "-", "*")
// giving its code and, for "4.1", its parent "4". A first line that ends with a colon and is
// followed by marked lines introduces the list: it is said, not imported as a competence.
// Attested capacities are what the holder can do: their kind is know-how (savoir-faire).
import type { ReferentialNode } from '../fileSchema.ts';
import { cleanText } from './clean.ts';
import { rncpMessages as m, type WarningSink } from './warnings.ts';

/** A line break of the source: a newline, or three spaces or more where one was flattened. */
const LINE_BREAK = /\s*\n\s*|[ \t\u00a0]{3,}/;

/** C1. / C1 - / 1. / 1 : / 4.1 / 1) — the printed number, then the text. */
const NUMBERED = /^(?:C\s?)?(\d+(?:\.\d+)*)\s*(?:[.):-]|\s)\s*(\S.*)$/i;
const BULLET = /^[-*•–·]\s*(\S.*)$/;

interface Line {
  number?: string;
  text: string;
}

function lineOf(raw: string): Line {
  const bulleted = BULLET.exec(raw);
  const text = bulleted?.[1] ?? raw;
  const numbered = NUMBERED.exec(text);
  if (numbered?.[1] && numbered[2]) return { number: numbered[1], text: numbered[2] };
  return { text };
}

/** The lines of the text, the leading introduction set apart. */
function linesOf(text: string): { intro: string[]; lines: Line[] } {
  const lines = text
    .split(LINE_BREAK)
    .map((raw) => cleanText(raw))
    .filter((raw): raw is string => raw !== undefined)
    .map(lineOf);
  const marked = (line: Line | undefined) => line?.number !== undefined;
  const intro: string[] = [];
  while (
    lines.length > 1 &&
    lines[0]?.number === undefined &&
    lines[0]?.text.endsWith(':') &&
    (marked(lines[1]) || BULLET.test(lines[1]?.text ?? ''))
  ) {
    intro.push(lines.shift()?.text ?? '');
  }
  return { intro, lines };
}

/** Competence nodes, coded C1, C2… (or C4.1 under C4 as printed); unique within the fiche. */
export function capacityNodes(
  raw: string | undefined,
  number: string,
  sink: WarningSink,
): ReferentialNode[] {
  const text = cleanText(raw);
  if (text === undefined) return [];
  const { intro, lines } = linesOf(text);
  for (const line of intro) sink.add('capacities_intro', '$.capacities', m.capacitiesIntro(line));
  const source = `fiche ${number}, CAPACITES_ATTESTEES`;
  const taken = new Set<string>();
  let sequence = 0;
  return lines.map((line) => {
    sequence++;
    let code = line.number === undefined ? `C${sequence}` : `C${line.number}`;
    if (taken.has(code)) code = `C${sequence}`;
    while (taken.has(code)) code = `${code}-${sequence}`;
    taken.add(code);
    const parentCode = code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : undefined;
    const node: ReferentialNode = {
      type: 'competence',
      kind: 'know_how',
      code,
      label: line.text,
      source,
    };
    if (parentCode !== undefined && taken.has(parentCode)) node.parent = parentCode;
    if (line.number !== undefined && `C${line.number}` !== code) node.printedCode = line.number;
    return node;
  });
}
