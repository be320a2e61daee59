// The nodes of an imported package, one per CFItem: code = humanCodingScheme (or one derived
// from the identifier), label = fullStatement, the rest from our extension when the package is
// a Certeval export, or guessed from the CASE fields otherwise (see foreignItems.ts).
import { messages } from '../problems.ts';
import { type CaseProblem, caseMessages, caseProblem } from './caseProblems.ts';
import { foreignFields, type NodeDraft, unknownTypeWarnings } from './foreignItems.ts';
import type { RawItem } from './readPackage.ts';
import type { Tally } from './tally.ts';

export type { NodeDraft } from './foreignItems.ts';

/** A readable code from the identifier's last segment, or the whole identifier if taken. */
function generatedCode(item: RawItem, taken: Set<string>): string {
  const last = item.identifier
    .split(/[/:#]/)
    .filter((part) => part.trim() !== '')
    .pop();
  const candidates = [
    last?.trim(),
    item.identifier.trim(),
    `${item.identifier.trim()}~${item.path}`,
  ];
  return candidates.find((code) => code && !taken.has(code)) ?? item.path;
}

/** The code itself, or "code (2)", "code (3)"… the first one not taken. */
function numberedCode(code: string, taken: Set<string>): string {
  for (let n = 2; ; n++) if (!taken.has(`${code} (${n})`)) return `${code} (${n})`;
}

/**
 * Codes are unique in a version; humanCodingSchemes are not in CASE (a framework may repeat an
 * anchor standard's code). The first item keeps its humanCodingScheme as code; a later item of
 * a foreign tool gets a numbered one, its humanCodingScheme being kept as written (keptCase.ts).
 * An item without one gets a code derived from its identifier.
 */
function assignCodes(items: RawItem[], notes: Tally): string[] {
  const claimed = new Map<string, number>();
  items.forEach((item, i) => {
    const code = item.humanCodingScheme;
    if (code !== undefined && (!claimed.has(code) || item.certeval)) claimed.set(code, i);
  });
  const taken = new Set(claimed.keys());
  return items.map((item, i) => {
    const written = item.humanCodingScheme;
    if (written !== undefined && (claimed.get(written) === i || item.certeval)) return written;
    const code = written === undefined ? generatedCode(item, taken) : numberedCode(written, taken);
    taken.add(code);
    const path = `${item.path}.humanCodingScheme`;
    if (written === undefined) {
      notes.note('generated_code', 'derived', path, (n) => caseMessages.generatedCode(n, code));
    } else {
      notes.note('generated_code', 'numbered', path, (n) =>
        caseMessages.repeatedCode(n, written, code),
      );
    }
    return code;
  });
}

export function buildNodes(items: RawItem[], warnings: CaseProblem[], notes: Tally) {
  const problems: CaseProblem[] = [];
  const codes = assignCodes(items, notes);
  warnings.push(...unknownTypeWarnings(items));
  const nodes = items.map((item, i): NodeDraft => {
    const label = item.fullStatement ?? item.abbreviatedStatement;
    if (label === undefined) {
      problems.push(
        caseProblem(
          'missing_field',
          `${item.path}.fullStatement`,
          messages.missingField('fullStatement', 'CFItem'),
        ),
      );
    }
    // Our extension never holds code, label, parent or case (the CASE record itself carries
    // those); drop them should a tool have added them.
    const { code: _c, label: _l, parent: _p, case: _k, ...extension } = item.certeval ?? {};
    const fields = item.certeval ? extension : foreignFields(item, warnings);
    return { type: undefined, ...fields, code: codes[i] ?? item.identifier, label: label ?? '' };
  });
  return { nodes, problems };
}
