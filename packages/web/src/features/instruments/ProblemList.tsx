import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fr } from '../../i18n/fr.ts';
import { currentLocale } from '../../i18n/i18n.ts';
import { useEditor } from './EditorContext.tsx';
import { type ProblemPlace, placeOf } from './problemPaths.ts';

const FIELDS = Object.keys(fr.instruments.problems.fields) as Array<
  keyof typeof fr.instruments.problems.fields
>;

function isKnownField(name: string): name is (typeof FIELDS)[number] {
  return FIELDS.some((field) => field === name);
}

/** Every problem of the draft in one list, each with where it is, beside the inline ones. */
export function ProblemList() {
  const { t } = useTranslation();
  const { draft, problems } = useEditor();
  if (problems.length === 0) return null;
  const locale = currentLocale();
  const where = (place: ProblemPlace) => {
    const base = placeName(place);
    const { field } = place;
    if (!field) return base;
    const name = isKnownField(field.name)
      ? t(`instruments.problems.fields.${field.name}`)
      : field.name;
    return field.number === undefined
      ? t('instruments.problems.field', { place: base, field: name })
      : t('instruments.problems.fieldAt', { place: base, field: name, number: field.number });
  };
  const placeName = (place: ProblemPlace) => {
    switch (place.kind) {
      case 'item':
        return t('instruments.problems.item', place);
      case 'section':
        return t('instruments.problems.section', place);
      case 'scale':
        return place.level
          ? t('instruments.problems.scaleLevel', { scale: place.scale, level: place.level })
          : t('instruments.problems.scale', { scale: place.scale });
      case 'rolePlay':
        return t('instruments.problems.rolePlay', place);
      case 'instrument':
        return t('instruments.problems.instrument');
    }
  };
  return (
    <Alert
      color="red"
      variant="outline"
      title={t('instruments.save.problems', { count: problems.length })}
      className="no-print"
      data-testid="instrument-problems"
    >
      <List size="sm" spacing={2}>
        {problems.map((problem) => (
          <List.Item key={`${problem.path}|${problem.message.en}`}>
            <strong>{where(placeOf(draft, problem.path))}</strong> : {problem.message[locale]}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
