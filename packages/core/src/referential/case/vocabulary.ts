// How our vocabulary reads in CASE 1.1: the French name of each node type (CFItemType, with a
// CFItemTypes definition), of each competence kind (conceptKeywords), and the CASE association
// type carrying each of our links. The CASE 1.1 CFPackage schema closes associationType on ten
// values (CFPckgAssociation.associationType); requires and evaluates have no exact match, so they
// travel as isRelatedTo inside a CFAssociationGrouping named after them, and the association's
// extension keeps our exact type. (The schema also allows "ext:" types, which CASE tools ignore.)
import type { CompetenceKind, LinkType, NodeType, ReferentialNode } from '../fileSchema.ts';

export interface TypeWording {
  label: string;
  description: string;
}

export const NODE_TYPE_WORDING: Record<NodeType, TypeWording> = {
  function: { label: 'Fonction', description: "Finalité ou fonction de l'emploi visé." },
  mission: { label: 'Mission', description: "Mission de l'emploi, regroupant des activités." },
  activity: { label: 'Activité', description: 'Activité professionnelle.' },
  sub_activity: { label: 'Sous-activité', description: "Partie d'une activité." },
  task: { label: 'Tâche', description: "Tâche d'une activité ou d'une sous-activité." },
  activity_area: {
    label: "Domaine d'activité",
    description: "Domaine ou champ d'activité d'un bloc de compétences.",
  },
  bloc: {
    label: 'Bloc de compétences',
    description: 'Ensemble homogène et cohérent de compétences, évaluable et certifiable.',
  },
  domain: { label: 'Domaine de compétences', description: 'Regroupement de compétences.' },
  competence: { label: 'Compétence', description: 'Compétence, avec sa nature.' },
  knowledge_item: { label: 'Savoir', description: 'Savoir, avec son contenu.' },
  performance_criterion: {
    label: 'Critère de performance',
    description: "Critère de performance ou d'évaluation.",
  },
  evaluation_modality: { label: "Modalité d'évaluation", description: "Modalité d'évaluation." },
  condition_of_realisation: {
    label: 'Conditions de réalisation',
    description: "Conditions dans lesquelles l'activité est réalisée.",
  },
};

export const COMPETENCE_KIND_LABELS: Record<CompetenceKind, string> = {
  knowledge: 'Connaissance',
  know_how: 'Savoir-faire',
  aptitude: 'Qualité / aptitude',
  professional_behaviour: 'Comportement professionnel',
};

/** The ten association types of CASE 1.1 (CFPckgAssociation.associationType). */
export const CASE_ASSOCIATION_TYPES = [
  'isChildOf',
  'isPeerOf',
  'isPartOf',
  'exactMatchOf',
  'precedes',
  'isRelatedTo',
  'replacedBy',
  'exemplar',
  'hasSkillLevel',
  'isTranslationOf',
] as const;

export type CaseAssociationType = (typeof CASE_ASSOCIATION_TYPES)[number];

export interface LinkWording extends TypeWording {
  associationType: CaseAssociationType;
}

export const LINK_WORDING: Record<LinkType, LinkWording> = {
  requires: {
    associationType: 'isRelatedTo',
    label: 'Mobilise',
    description: 'Une activité mobilise une compétence ou un savoir.',
  },
  belongs_to: {
    associationType: 'isPartOf',
    label: 'Appartient au bloc',
    description: 'Une compétence ou un savoir fait partie d’un bloc de compétences.',
  },
  evaluates: {
    associationType: 'isRelatedTo',
    label: 'Évalue',
    description: "Un critère ou une modalité d'évaluation évalue une compétence ou un savoir.",
  },
  replaced_by: {
    associationType: 'replacedBy',
    label: 'Remplacé par',
    description: "L'élément est remplacé par un élément d'une autre version.",
  },
  equivalent_to: {
    associationType: 'exactMatchOf',
    label: 'Équivalent à',
    description: "L'élément est équivalent à un élément d'une autre version.",
  },
};

const normalise = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** A finder of the key named by a text: the key itself or its French name, in any case or accent. */
function lookup<K extends string>(table: Record<K, string>): (text: string) => K | undefined {
  const names = new Map<string, K>();
  for (const key of Object.keys(table) as K[]) {
    names.set(normalise(key), key);
    names.set(normalise(table[key]), key);
  }
  return (text) => names.get(normalise(text));
}

const typeLabels = Object.fromEntries(
  Object.entries(NODE_TYPE_WORDING).map(([type, wording]) => [type, wording.label]),
) as Record<NodeType, string>;

const groupingLabels = Object.fromEntries(
  Object.entries(LINK_WORDING).map(([type, wording]) => [type, wording.label]),
) as Record<LinkType, string>;

/** Our node type named by a CFItemType, by its key ("knowledge_item") or French name ("Savoir"). */
export const nodeTypeNamed = lookup(typeLabels);

export const competenceKindNamed = lookup(COMPETENCE_KIND_LABELS);

/** Our link type named by a CFAssociationGrouping title ("Mobilise") or key ("requires"). */
export const linkTypeNamed = lookup(groupingLabels);

/** The type an imported item has in its own framework ("Cluster", "Standard"), if it has one. */
export function ownItemType(node: ReferentialNode): string | undefined {
  const own = node.case?.CFItemType ?? node.case?.CFItemTypeURI?.title;
  return own?.trim() ? own : undefined;
}
