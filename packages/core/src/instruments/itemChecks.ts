// Checks of one item against its instrument and the bound referential version: its domain and
// `evaluates` tags exist in the version with a compatible type, its scoring names a scale of
// the instrument, its answer key names its own choices (answerKeyChecks.ts), its role plays
// exist.
import type { NodeType, ReferentialNode, ReferentialVersion } from '../referential/index.ts';
import { answerKeyProblems, partialCreditProblems } from './answerKeyChecks.ts';
import { type InstrumentProblem, instrumentMessages, instrumentProblem } from './problems.ts';
import type { Instrument, Item, Scoring } from './schema.ts';

/** What an item may be tagged with: what is done (activities) and what is needed (competences). */
export const EVALUABLE_TYPES: readonly NodeType[] = [
  'mission',
  'activity',
  'sub_activity',
  'task',
  'activity_area',
  'competence',
  'knowledge_item',
];

export interface ItemContext {
  instrument: Instrument;
  version: ReferentialVersion;
  nodes: Map<string, ReferentialNode>;
  hasDomains: boolean;
}

/** What a code check needs: the version and its nodes by code. */
export type CodeLookup = Pick<ItemContext, 'version' | 'nodes'>;

export function codeProblem(
  context: CodeLookup,
  code: string,
  allowed: readonly NodeType[],
  path: string,
): InstrumentProblem[] {
  const node = context.nodes.get(code);
  if (!node)
    return [
      instrumentProblem(
        'unknown_code',
        path,
        instrumentMessages.unknownCode(code, context.version.id),
      ),
    ];
  if (allowed.includes(node.type)) return [];
  return [
    instrumentProblem(
      'incompatible_code_type',
      path,
      instrumentMessages.incompatibleType(code, node.type, allowed),
    ),
  ];
}

function scaleProblems(context: ItemContext, scoring: Scoring, path: string) {
  if (scoring.model !== 'scale_percentage') return [];
  const scale = context.instrument.scales.find((s) => s.id === scoring.scale);
  if (!scale)
    return [
      instrumentProblem(
        'unknown_scale',
        `${path}.scale`,
        instrumentMessages.unknownScale(scoring.scale),
      ),
    ];
  const set = scoring.descriptorSet;
  if (set !== undefined && !scale.descriptorSets.some((s) => s.id === set)) {
    return [
      instrumentProblem(
        'unknown_descriptor_set',
        `${path}.descriptorSet`,
        instrumentMessages.unknownDescriptorSet(set),
      ),
    ];
  }
  return [];
}

function rolePlayProblems(context: ItemContext, item: Item, path: string): InstrumentProblem[] {
  if (item.type !== 'observation') return [];
  const cards = new Set((context.instrument.rolePlays ?? []).map((card) => card.id));
  return item.prompts.flatMap((prompt, i) =>
    prompt.rolePlay === undefined || cards.has(prompt.rolePlay)
      ? []
      : [
          instrumentProblem(
            'unknown_role_play',
            `${path}.prompts[${i}].rolePlay`,
            instrumentMessages.unknownRolePlay(prompt.rolePlay),
          ),
        ],
  );
}

function tagProblems(
  context: ItemContext,
  item: Item,
  sectionDomain: string | undefined,
  path: string,
) {
  const problems = item.evaluates.flatMap((code, i) =>
    codeProblem(context, code, EVALUABLE_TYPES, `${path}.evaluates[${i}]`),
  );
  if (item.domain !== undefined) {
    problems.push(...codeProblem(context, item.domain, ['domain'], `${path}.domain`));
  } else if (sectionDomain === undefined && context.hasDomains) {
    problems.push(
      instrumentProblem('missing_domain', `${path}.domain`, instrumentMessages.missingDomain()),
    );
  }
  return problems;
}

/**
 * A savoir-faire line details an item of its section that is not itself a detail line, and
 * scores competences only, in the domain they belong to (issue 17, item 1).
 */
export function subLineProblems(
  context: ItemContext,
  item: Item,
  siblings: readonly Item[],
  path: string,
): InstrumentProblem[] {
  if (item.under === undefined) return [];
  const parent = siblings.find((other) => other.id === item.under);
  if (!parent || parent.under !== undefined || parent.id === item.id)
    return [
      instrumentProblem(
        'unknown_parent_line',
        `${path}.under`,
        instrumentMessages.unknownParentLine(item.under),
      ),
    ];
  return item.evaluates.flatMap((code, i) => {
    const node = context.nodes.get(code);
    if (node === undefined) return [];
    if (node.type !== 'competence')
      return [
        instrumentProblem(
          'sub_line_not_competence',
          `${path}.evaluates[${i}]`,
          instrumentMessages.subLineNotCompetence(code),
        ),
      ];
    const domain = node.parent;
    if (
      item.domain !== undefined &&
      domain !== undefined &&
      context.nodes.get(domain)?.type === 'domain' &&
      domain !== item.domain
    )
      return [
        instrumentProblem(
          'sub_line_domain',
          `${path}.domain`,
          instrumentMessages.subLineDomain(code, domain),
        ),
      ];
    return [];
  });
}

export function itemProblems(
  context: ItemContext,
  item: Item,
  sectionDomain: string | undefined,
  path: string,
): InstrumentProblem[] {
  return [
    ...tagProblems(context, item, sectionDomain, path),
    ...scaleProblems(context, item.scoring, `${path}.scoring`),
    ...partialCreditProblems(item, item.scoring, `${path}.scoring`),
    ...answerKeyProblems(item, path),
    ...rolePlayProblems(context, item, path),
  ];
}
