import type { VariantChange } from '@certeval/core/referential/variant';
import { useTranslation } from 'react-i18next';

/** One change in words: "Renommer M2A2 en « … »", "Ajouter BTV-1 (Activité) sous M2 : « … »". */
export function useDescribeChange(): (change: VariantChange) => string {
  const { t } = useTranslation();
  return (change) => {
    switch (change.kind) {
      case 'rename':
        return t('variant.describe.rename', { code: change.code, label: change.label });
      case 'annotate':
        return t('variant.describe.annotate', { code: change.code, note: change.note });
      case 'hide':
        return t('variant.describe.hide', { code: change.code });
      case 'add':
        return t('variant.describe.add', {
          code: change.code,
          type: t(`referential.nodeTypes.${change.type}`),
          parent: change.parent,
          label: change.label,
        });
    }
  };
}
