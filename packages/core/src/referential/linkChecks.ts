// Checks of one version's links: both ends exist (the target possibly in another version of
// the file), the node types fit the link type, and no link is declared twice.
import type { ReferentialLink, ReferentialVersion } from './fileSchema.ts';
import { messages, type Problem, problem } from './problems.ts';
import { LINK_RULES, linkEndpointsAllowed } from './rules.ts';
import type { IndexedNode } from './treeChecks.ts';

export type VersionIndex = Map<string, Map<string, IndexedNode>>;

function targetVersionProblem(
  link: ReferentialLink,
  versionId: string,
  indexes: VersionIndex,
  path: string,
): Problem | undefined {
  const crossVersion = LINK_RULES[link.type].crossVersion;
  const target = link.toVersion ?? versionId;
  if (crossVersion && target === versionId) {
    return problem(
      'cross_version_link_required',
      `${path}.toVersion`,
      messages.crossVersionLinkRequired(link.type),
    );
  }
  if (!crossVersion && target !== versionId) {
    return problem(
      'invalid_link_endpoint',
      `${path}.toVersion`,
      messages.invalidLinkEndpoint(link.type, versionId, target),
    );
  }
  if (!indexes.has(target)) {
    return problem('unknown_version', `${path}.toVersion`, messages.unknownVersion(target));
  }
  return undefined;
}

function linkProblem(
  link: ReferentialLink,
  versionId: string,
  indexes: VersionIndex,
  path: string,
): Problem | undefined {
  const versionProblem = targetVersionProblem(link, versionId, indexes, path);
  if (versionProblem) return versionProblem;
  const target = link.toVersion ?? versionId;
  const from = indexes.get(versionId)?.get(link.from);
  const to = indexes.get(target)?.get(link.to);
  if (!from) {
    return problem('unknown_link_source', `${path}.from`, messages.unknownLinkSource(link.from));
  }
  if (!to) {
    return problem(
      'unknown_link_target',
      `${path}.to`,
      messages.unknownLinkTarget(link.to, target),
    );
  }
  if (!linkEndpointsAllowed(link.type, from.node.type, to.node.type)) {
    return problem(
      'invalid_link_endpoint',
      path,
      messages.invalidLinkEndpoint(link.type, from.node.type, to.node.type),
    );
  }
  return undefined;
}

export function linkProblems(
  version: ReferentialVersion,
  indexes: VersionIndex,
  base: string,
): Problem[] {
  const seen = new Set<string>();
  return version.links.flatMap((link, i): Problem[] => {
    const path = `${base}.links[${i}]`;
    const key = [link.type, link.from, link.to, link.toVersion ?? ''].join('\u0000');
    if (seen.has(key)) {
      return [
        problem('duplicate_link', path, messages.duplicateLink(link.type, link.from, link.to)),
      ];
    }
    seen.add(key);
    const found = linkProblem(link, version.id, indexes, path);
    return found ? [found] : [];
  });
}
