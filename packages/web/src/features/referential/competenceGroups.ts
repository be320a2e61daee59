// The competences by domain and kind (seed 000, slides 14-15): each domain's knowledge (C) then
// know-how (SF), then the qualities / aptitudes shared by all. A certification without domains
// is grouped by bloc (seed 003); one without either by the node the competences hang under.
import type {
  CompetenceKind,
  ReferentialNode,
  ReferentialVersion,
} from '@certeval/core/referential/fileSchema';
import { descendantsOf, findNode, linksOfType, nodesOfType } from '@certeval/core/referential/tree';

export type KindSection = { kind: CompetenceKind | undefined; competences: ReferentialNode[] };
export type CompetenceGroup = {
  /** The domain, bloc or parent; undefined for the competences shared by all (aptitudes). */
  owner: ReferentialNode | undefined;
  kinds: KindSection[];
};
export type Grouping = 'domain' | 'bloc' | 'parent';

const KIND_ORDER: Array<CompetenceKind | undefined> = [
  'knowledge',
  'know_how',
  'professional_behaviour',
  'aptitude',
  undefined,
];

function byKind(competences: ReferentialNode[]): KindSection[] {
  return KIND_ORDER.map((kind) => ({
    kind,
    competences: competences.filter((node) => node.kind === kind),
  })).filter((section) => section.competences.length > 0);
}

function competencesUnder(version: ReferentialVersion, owner: ReferentialNode) {
  const members = new Set(
    linksOfType(version, 'belongs_to')
      .filter((link) => link.to === owner.code)
      .map((link) => link.from),
  );
  return version.nodes.filter(
    (node) =>
      node.type === 'competence' &&
      (members.has(node.code) ||
        descendantsOf(version, owner.code).some((item) => item.code === node.code)),
  );
}

function groupsOf(version: ReferentialVersion, owners: ReferentialNode[]): CompetenceGroup[] {
  const groups = owners.map((owner) => ({
    owner,
    kinds: byKind(competencesUnder(version, owner)),
  }));
  // The shared qualities / aptitudes hang under nothing (slides 14-15). Competence texts of
  // the fiche RNCP's blocs stay in the tree: they restate the domains' know-how.
  const grouped = new Set(groups.flatMap((g) => g.kinds.flatMap((k) => k.competences)));
  const rest = nodesOfType(version, 'competence').filter(
    (node) => !grouped.has(node) && node.parent === undefined,
  );
  return rest.length > 0 ? [...groups, { owner: undefined, kinds: byKind(rest) }] : groups;
}

function groupsByParent(version: ReferentialVersion): CompetenceGroup[] {
  const competences = nodesOfType(version, 'competence');
  const parents = [...new Set(competences.map((node) => node.parent))];
  return parents.map((code) => {
    const members = competences.filter((node) => node.parent === code);
    return { owner: code ? findNode(version, code) : undefined, kinds: byKind(members) };
  });
}

export function competenceGroups(version: ReferentialVersion): {
  grouping: Grouping;
  groups: CompetenceGroup[];
} {
  const domains = nodesOfType(version, 'domain');
  if (domains.length > 0) return { grouping: 'domain', groups: groupsOf(version, domains) };
  const blocs = nodesOfType(version, 'bloc');
  if (blocs.length > 0) return { grouping: 'bloc', groups: groupsOf(version, blocs) };
  return { grouping: 'parent', groups: groupsByParent(version) };
}
