// The new jury session form (issue 16, item 3), pure: its fields, values as typed, the body the
// API takes, and the ids its error summary links to (the summary: useFormProblems, with rows).
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
