import { type ComboboxParsedItem, MultiSelect, type OptionsFilter } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from './EditorContext.tsx';
import { matchesQuery, pickerGroups, unknownCodes } from './referentialOptions.ts';

type Props = {
  itemId: string;
  value: string[];
  error: string | null;
  onChange: (codes: string[]) => void;
};

/** Accents and case aside, every word typed (see referentialOptions.matchesQuery). */
const filter: OptionsFilter = ({ options, search }) =>
  options.flatMap((option): ComboboxParsedItem[] => {
    if ('group' in option) {
      const items = option.items.filter((item) => matchesQuery(item.label, search));
      return items.length > 0 ? [{ ...option, items }] : [];
    }
    return matchesQuery(option.label, search) ? [option] : [];
  });

/**
 * The searchable picker of what an item evaluates, over the bound referential version: a
 * combobox (type to filter, arrows and Enter to pick, Backspace to remove the last one).
 */
export function CompetencePicker({ itemId, value, error, onChange }: Props) {
  const { t } = useTranslation();
  const { version } = useEditor();
  const groups = useMemo(
    () =>
      pickerGroups(version, ({ parent, type }) =>
        parent
          ? `${t('referential.nodeTypes.competence')} · ${parent.code} — ${parent.label}`
          : t(`referential.nodeTypes.${type}`),
      ),
    [version, t],
  );
  const unknown = unknownCodes(version, value);
  const data = [
    ...groups.map(({ group, items }) => ({ group, items })),
    ...(unknown.length > 0
      ? [
          {
            group: t('instruments.item.unknownGroup'),
            items: unknown.map((code) => ({ value: code, label: code })),
          },
        ]
      : []),
  ];
  return (
    <MultiSelect
      label={t('instruments.item.evaluates', { id: itemId })}
      description={t('instruments.item.evaluatesHelp')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      filter={filter}
      hidePickedOptions
      limit={60}
      maxDropdownHeight={320}
      nothingFoundMessage={t('instruments.item.evaluatesNothing')}
      error={error}
      comboboxProps={{ withinPortal: true }}
      data-testid={`picker-${itemId}`}
    />
  );
}
