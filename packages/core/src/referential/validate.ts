// Validation of a parsed referential file: the schema first, then the structure (codes, tree,
// links). Never throws on bad input: every problem is returned, with its JSON path.
import { Compile } from 'typebox/compile';
import { type ReferentialFile, ReferentialFileSchema } from './fileSchema.ts';
import { linkProblems, type VersionIndex } from './linkChecks.ts';
import { messages, type Problem, problem } from './problems.ts';
import { schemaProblems } from './schemaProblems.ts';
import { indexNodes, treeProblems } from './treeChecks.ts';

export type ValidationResult =
  | { ok: true; value: ReferentialFile }
  | { ok: false; problems: Problem[] };

const fileValidator = Compile(ReferentialFileSchema);

function structureProblems(file: ReferentialFile): Problem[] {
  const problems: Problem[] = [];
  const indexes: VersionIndex = new Map();
  file.versions.forEach((version, vi) => {
    const base = `$.versions[${vi}]`;
    if (indexes.has(version.id)) {
      problems.push(
        problem('duplicate_version', `${base}.id`, messages.duplicateVersion(version.id)),
      );
      return;
    }
    const { index, problems: duplicates } = indexNodes(version, base);
    indexes.set(version.id, index);
    problems.push(...duplicates, ...treeProblems(version, index, base));
  });
  file.versions.forEach((version, vi) => {
    if (indexes.get(version.id) === undefined) return;
    problems.push(...linkProblems(version, indexes, `$.versions[${vi}]`));
  });
  return problems;
}

/** Checks a parsed file (from YAML or JSON) and returns the typed file or all its problems. */
export function validateReferential(input: unknown): ValidationResult {
  if (!fileValidator.Check(input)) {
    return { ok: false, problems: schemaProblems(fileValidator.Errors(input)) };
  }
  const problems = structureProblems(input);
  return problems.length === 0 ? { ok: true, value: input } : { ok: false, problems };
}
