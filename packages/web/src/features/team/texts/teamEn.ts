// English texts of the team, organisations and invitation screens, mirroring teamFr.ts key
// for key (the type checks it).
import type { TeamDictionary } from './teamFr.ts';

export const teamEn: TeamDictionary = {
  people: {
    title: 'People',
    empty: 'Nobody holds a role in this organisation yet.',
    name: 'Name',
    email: 'Email address',
    roles: 'Roles',
  },
  invitations: {
    title: 'Pending invitations',
    empty: 'No pending invitation.',
    name: 'Name',
    email: 'Email address',
    role: 'Role',
    expires: 'Valid until',
  },
  invite: {
    title: 'Invite a person',
    intro:
      'Certeval sends no email: the invitation creates a personal link, valid for 7 days and usable once, which you hand over to the person yourself.',
    email: 'Email address',
    displayName: 'Full name',
    role: 'Role',
    submit: 'Create the invitation link',
    created:
      'Invitation created for {{name}}. Hand them this link, valid until {{date}}: no email was sent.',
    link: 'Invitation link',
    copy: 'Copy the link',
    copied: 'Link copied',
    another: 'Invite another person',
  },
  organisations: {
    title: 'Organisations',
    description: 'Companies, training organisations and certifiers, and the people of each.',
    empty: 'No organisation registered.',
    name: 'Name',
    kind: 'Kind',
    siret: 'SIRET',
    people: 'See the people',
    noSiret: '—',
    kinds: {
      certifier: 'Certifier',
      company: 'Company',
      training_organisation: 'Training organisation',
    },
    create: {
      title: 'Register an organisation',
      kind: 'Kind of organisation',
      name: 'Name',
      siret: 'SIRET (optional)',
      siretHint: '14 digits; the check key is verified.',
      submit: 'Register the organisation',
      created: 'The organisation "{{name}}" is registered.',
    },
    back: 'Back to the organisations',
  },
  invitation: {
    title: 'Invitation',
    intro: 'You are invited to join Certeval.',
    missingToken:
      'This invitation link is incomplete. Ask the person who invited you for a new link.',
    summary: '{{name}} ({{email}}) is invited as {{role}} for {{organisation}}.',
    choosePassword: 'Choose the password of your account, at least 12 characters long.',
    existingAccount:
      'An account already exists for this address: accept the invitation to add this role to it, then sign in with your usual password.',
    accept: 'Accept the invitation',
    done: 'Invitation accepted: your account is ready. Sign in with {{email}}.',
    toLogin: 'Go to sign in',
  },
};
