// The nodes of an imported package, one per CFItem: code = humanCodingScheme (or one derived
// from the identifier), label = fullStatement, the rest from our extension when the package is
// a Certeval export, or guessed from the CASE fields otherwise (see foreignItems.ts).
import { messages } from '../problems.ts';
import { type CaseProblem, caseMessages, caseProblem } from './caseProblems.ts';
import { foreignFields, type NodeDraft, unknownTypeWarnings } from './foreignItems.ts';
import type { RawItem } from './readPackage.ts';

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

function assignCodes(items: RawItem[], warnings: CaseProblem[]): string[] {
  const taken = new Set(items.flatMap((item) => item.humanCodingScheme ?? []));
  return items.map((item) => {
    if (item.humanCodingScheme !== undefined) return item.humanCodingScheme;
    const code = generatedCode(item, taken);
    taken.add(code);
    warnings.push(
      caseProblem(
        'generated_code',
        `${item.path}.humanCodingScheme`,
        caseMessages.generatedCode(code),
      ),
    );
    return code;
  });
}

export function buildNodes(items: RawItem[], warnings: CaseProblem[]) {
  const problems: CaseProblem[] = [];
  const codes = assignCodes(items, warnings);
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
