// The steering committee's forms (issue 16, item 3; seed 000, slide 3): its members, a meeting
// planned or recorded. Their schemas are the API routes' own; the same check runs in the
// browser and on the server, every problem at once.
import { Type } from 'typebox';
import {
  CalendarDay,
  DAY_WORDS,
  dayProblems,
  FilledText,
  memberLineProblems,
} from '../forms/fields.ts';
import { formCheck } from '../forms/formProblems.ts';

export const CommitteeMemberSchema = Type.Object({
  name: Type.String({ maxLength: 200 }),
  role: Type.String({ maxLength: 200 }),
});

export const MembersFormSchema = Type.Object({
  members: Type.Array(CommitteeMemberSchema, { maxItems: 50 }),
  revision: Type.Integer({ minimum: 1, description: 'The revision of the project read' }),
});

/** A line with a role names its member; a wholly blank line is left out (cleanMembers). */
export const checkMembers = formCheck(MembersFormSchema, {}, (input) =>
  memberLineProblems(input.members, '/members'),
);

export const MeetingFormSchema = Type.Object({
  date: CalendarDay,
  title: FilledText(200),
  agenda: Type.Optional(Type.String({ maxLength: 5000 })),
});

/** A meeting is held on a day of the calendar, this century. */
export const checkMeeting = formCheck(MeetingFormSchema, { '/date': DAY_WORDS }, (input) =>
  dayProblems(input.date, '/date', ['2000-01-01', '2099-12-31']),
);
