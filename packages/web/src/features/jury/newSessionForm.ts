// The new jury session form (issue 16, item 3), pure: its values as typed, the body the API
// takes, and the summary of its problems — each field's first, then each member row's, each
// linked to the field it names.
import type { TFunction } from 'i18next';
import type { ApiProblem } from '../../app/apiClient.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { SummaryItem } from '../../ui/ErrorSummary.tsx';
import { placeFormProblems } from '../../ui/formProblems.ts';
import type { MemberInput } from './juryApi.ts';

export const SESSION_FIELDS = [
  'certification',
  'referentialVersion',
  'date',
  'startTime',
  'place',
  'remoteLink',
] as const;
export type SessionField = (typeof SESSION_FIELDS)[number];
export type SessionValues = Record<SessionField, string>;

export const sessionFieldId = (field: SessionField) => `session-field-${field}`;
export const memberFieldId = (index: number) => `member-person-field-${index}`;

/** What the API takes: place and link left empty are null. */
export function sessionBody(values: SessionValues, members: MemberInput[]) {
  return {
    ...values,
    place: values.place.trim() || null,
    remoteLink: values.remoteLink.trim() || null,
    members,
  };
}

/** The summary's lines in the form's order: fields, then member rows, then the rest. */
export function sessionSummary(
  problems: readonly ApiProblem[],
  locale: Locale,
  t: TFunction,
): SummaryItem[] {
  const placed = placeFormProblems(problems, 'body', SESSION_FIELDS);
  const items: SummaryItem[] = SESSION_FIELDS.flatMap((field) => {
    const message = placed.byField[field];
    return message
      ? [
          {
            fieldId: sessionFieldId(field),
            label: t(`jury.form.${field}`),
            message: message[locale],
          },
        ]
      : [];
  });
  for (const problem of problems) {
    const row = /^body\/members\/(\d+)$/.exec(problem.path);
    if (row)
      items.push({
        fieldId: memberFieldId(Number(row[1])),
        label: t('jury.form.memberN', { n: Number(row[1]) + 1 }),
        message: problem.message[locale],
      });
    else if (problem.path === 'body/members' || problem.path === 'body')
      items.push({ message: problem.message[locale] });
  }
  return items;
}
