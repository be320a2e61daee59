import { ownItemType } from '@certeval/core/referential/case/vocabulary';
import type { ReferentialNode } from '@certeval/core/referential/fileSchema';
import { useTranslation } from 'react-i18next';

/**
 * An item imported from CASE: the type it has in its own framework ("Cluster", "Standard").
 * Otherwise "Savoir-faire (SF)" for a competence whose kind is known, else its type: "Mission".
 */
export function useNodeTypeLabel(): (node: ReferentialNode) => string {
  const { t } = useTranslation();
  return (node) =>
    ownItemType(node) ??
    (node.type === 'competence' && node.kind
      ? t(`referential.competenceKinds.${node.kind}`)
      : t(`referential.nodeTypes.${node.type}`));
}

/** "R — Relation client / Argumentation". */
export function codeAndLabel(node: ReferentialNode): string {
  return `${node.code} — ${node.label}`;
}
