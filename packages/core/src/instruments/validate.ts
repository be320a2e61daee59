// Validation of an instrument against the referential version it is bound to: the schema
// first, then identifiers, scales, items and grids. Never throws on bad input: every problem
// is returned with its JSON path and a French and English message.
import { Compile } from 'typebox/compile';
import { Settings } from 'typebox/system';
import type { ReferentialVersion } from '../referential/index.ts';
import { codeProblem, type ItemContext, itemProblems, subLineProblems } from './itemChecks.ts';
import { type InstrumentProblem, instrumentMessages, instrumentProblem } from './problems.ts';
import { scaleProblems } from './scaleChecks.ts';
import { type Instrument, InstrumentSchema } from './schema.ts';
import { instrumentSchemaProblems } from './schemaProblems.ts';

export type InstrumentValidation =
  | { ok: true; value: Instrument }
  | { ok: false; problems: InstrumentProblem[] };

/** What the caller knows of the referential beyond the version: its slug, the variant id. */
export interface BindingTarget {
  certification?: string;
  variant?: string;
}

const validator = Compile(InstrumentSchema);

/**
 * The schema errors, up to 1000 rather than TypeBox's default 8: a union reports its own error
 * after its branches', and we need it to tell which branch was meant. The global setting is
 * restored before returning (the call is synchronous).
 */
function schemaErrors(input: unknown) {
  const { maxErrors } = Settings.Get();
  Settings.Set({ maxErrors: 1000 });
  try {
    return validator.Errors(input);
  } finally {
    Settings.Set({ maxErrors });
  }
}

function bindingProblems(
  instrument: Instrument,
  version: ReferentialVersion,
  target: BindingTarget,
) {
  const { binding } = instrument;
  const mismatch = (field: string, expected: string, actual: string) =>
    expected === actual
      ? []
      : [
          instrumentProblem(
            'binding_mismatch',
            `$.binding.${field}`,
            instrumentMessages.bindingMismatch(expected, actual),
          ),
        ];
  if ('variant' in binding) {
    return target.variant === undefined ? [] : mismatch('variant', binding.variant, target.variant);
  }
  return [
    ...(target.certification === undefined
      ? []
      : mismatch('certification', binding.certification, target.certification)),
    ...mismatch('version', binding.version, version.id),
  ];
}

/** Every id used twice in the same list, located at its second use. */
function duplicateIds(entries: Array<{ id: string; path: string }>): InstrumentProblem[] {
  const first = new Map<string, string>();
  return entries.flatMap(({ id, path }) => {
    const earlier = first.get(id);
    if (earlier !== undefined)
      return [instrumentProblem('duplicate_id', path, instrumentMessages.duplicateId(id, earlier))];
    first.set(id, path);
    return [];
  });
}

function idProblems(instrument: Instrument): InstrumentProblem[] {
  const items = instrument.sections.flatMap((section, si) =>
    section.items.map((item, ii) => ({ id: item.id, path: `$.sections[${si}].items[${ii}].id` })),
  );
  const listed = <T extends { id: string }>(list: T[] | undefined, base: string) =>
    (list ?? []).map((entry, i) => ({ id: entry.id, path: `${base}[${i}].id` }));
  return [
    ...duplicateIds(items),
    ...duplicateIds(listed(instrument.sections, '$.sections')),
    ...duplicateIds(listed(instrument.scales, '$.scales')),
    ...duplicateIds(listed(instrument.rolePlays, '$.rolePlays')),
    ...duplicateIds(listed(instrument.reportGrids, '$.reportGrids')),
  ];
}

function contentProblems(instrument: Instrument, version: ReferentialVersion): InstrumentProblem[] {
  const context: ItemContext = {
    instrument,
    version,
    nodes: new Map(version.nodes.map((node) => [node.code, node])),
    hasDomains: version.nodes.some((node) => node.type === 'domain'),
  };
  const sections = instrument.sections.flatMap((section, si) => [
    ...(section.domain === undefined
      ? []
      : codeProblem(context, section.domain, ['domain'], `$.sections[${si}].domain`)),
    ...section.items.flatMap((item, ii) => [
      ...itemProblems(context, item, section.domain, `$.sections[${si}].items[${ii}]`),
      ...subLineProblems(context, item, section.items, `$.sections[${si}].items[${ii}]`),
    ]),
  ]);
  const grids = (instrument.reportGrids ?? []).flatMap((grid, gi) =>
    grid.columns.flatMap((column, ci) =>
      codeProblem(context, column.domain, ['domain'], `$.reportGrids[${gi}].columns[${ci}].domain`),
    ),
  );
  const scales = instrument.scales.flatMap((scale, i) => scaleProblems(scale, `$.scales[${i}]`));
  return [...scales, ...sections, ...grids];
}

/** Checks a parsed instrument (from YAML, JSON or an editor) against its referential version. */
export function validateInstrument(
  input: unknown,
  version: ReferentialVersion,
  target: BindingTarget = {},
): InstrumentValidation {
  if (!validator.Check(input)) {
    return { ok: false, problems: instrumentSchemaProblems(schemaErrors(input), input) };
  }
  const problems = [
    ...bindingProblems(input, version, target),
    ...idProblems(input),
    ...contentProblems(input, version),
  ];
  return problems.length === 0 ? { ok: true, value: input } : { ok: false, problems };
}
