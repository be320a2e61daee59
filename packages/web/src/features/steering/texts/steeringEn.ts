import type { SteeringDictionary } from './steeringFr.ts';

export const steeringEn: SteeringDictionary = {
  empty: 'No company project yet: the steering committee follows a project.',
  cancel: 'Cancel',
  members: {
    title_one: 'Committee member ({{count}})',
    title_other: 'Committee members ({{count}})',
    empty: 'No member recorded.',
    name: 'Name',
    role: 'Role on the committee',
    edit: 'Edit the members',
    add: 'Add a member',
    remove: 'Remove {{name}}',
    save: 'Save the members',
  },
  meetings: {
    title_one: 'Meeting ({{count}})',
    title_other: 'Meetings ({{count}})',
    empty: 'No meeting planned or held.',
  },
  minutes: {
    none: 'No minutes attached yet.',
    later: 'The minutes are attached after the meeting.',
    download: 'Minutes: {{name}}',
    size: '({{size}} KB)',
    file: 'Minutes of “{{title}}” (PDF)',
    attach: 'Attach',
  },
  plan: {
    title: 'Plan a meeting',
    date: 'Date',
    subject: 'Subject',
    agenda: 'Agenda',
    submit: 'Save the meeting',
    done: 'Meeting “{{title}}” saved.',
  },
};
