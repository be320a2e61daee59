// What may hang under what, and what may link to what. Wide enough for the three seed
// structures (CQP missions/activities/domains, RNCP blocs/activity areas, diploma
// activities/sub-activities/tasks) without special cases per certification.
import type { LinkType, NodeType, ReferentialNode } from './fileSchema.ts';

export type ParentType = NodeType | 'root';

const ACTIVITY_LIKE: readonly NodeType[] = [
  'mission',
  'activity',
  'sub_activity',
  'task',
  'activity_area',
];
const ASSESSABLE: readonly NodeType[] = ['competence', 'knowledge_item'];
const ANY_CONTAINER: readonly ParentType[] = [
  'root',
  'function',
  'bloc',
  'domain',
  'competence',
  ...ACTIVITY_LIKE,
];

export const ALLOWED_PARENTS: Record<NodeType, readonly ParentType[]> = {
  function: ['root'],
  mission: ['root', 'function'],
  activity: ['root', 'function', 'mission', 'bloc', 'activity_area'],
  sub_activity: ['activity'],
  task: ['activity', 'sub_activity', 'activity_area'],
  activity_area: ['root', 'bloc', 'activity'],
  bloc: ['root'],
  domain: ['root', 'bloc'],
  competence: ['root', 'domain', 'bloc', 'competence', ...ACTIVITY_LIKE],
  knowledge_item: ['root', 'domain', 'bloc', 'competence', ...ACTIVITY_LIKE],
  performance_criterion: ANY_CONTAINER,
  evaluation_modality: ['root', 'bloc', 'domain', ...ACTIVITY_LIKE],
  condition_of_realisation: ['root', 'bloc', ...ACTIVITY_LIKE],
};

export interface LinkRule {
  from: readonly NodeType[];
  to: readonly NodeType[];
  /** True when the target lives in another version of the same file. */
  crossVersion: boolean;
}

export const LINK_RULES: Record<LinkType, LinkRule> = {
  requires: { from: ACTIVITY_LIKE, to: ASSESSABLE, crossVersion: false },
  belongs_to: { from: ASSESSABLE, to: ['bloc'], crossVersion: false },
  evaluates: {
    from: ['performance_criterion', 'evaluation_modality'],
    to: ASSESSABLE,
    crossVersion: false,
  },
  replaced_by: { from: [], to: [], crossVersion: true },
  equivalent_to: { from: [], to: [], crossVersion: true },
};

/** Fields only meaningful on some node types; `required` ones must be present there. */
export const TYPED_FIELDS: ReadonlyArray<{
  field: keyof ReferentialNode;
  types: readonly NodeType[];
  required: boolean;
}> = [
  { field: 'kind', types: ['competence'], required: true },
  { field: 'content', types: ['knowledge_item'], required: false },
  { field: 'connective', types: ['evaluation_modality'], required: false },
  { field: 'sections', types: ['condition_of_realisation'], required: true },
];

/** Cross-version links join items of the same type (empty `from`/`to` mean "any"). */
export function linkEndpointsAllowed(type: LinkType, from: NodeType, to: NodeType): boolean {
  const rule = LINK_RULES[type];
  if (rule.crossVersion) return from === to;
  return rule.from.includes(from) && rule.to.includes(to);
}
