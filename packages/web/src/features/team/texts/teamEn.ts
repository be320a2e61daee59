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
    invitedBy: 'Invited by',
    expires: 'Valid until',
    actions: 'Actions',
    cancel: 'Cancel',
    cancelLabel: 'Cancel the invitation of {{name}}',
    cancelled: 'The invitation of {{name}} is cancelled: its link opens nothing any more.',
    delivery: 'E-mail',
    resend: 'Send again',
    resendLabel: 'Send the invitation of {{name}} again',
    resent:
      'A new link is sent to {{name}}, valid until {{date}}; the former link opens nothing any more.',
  },
  invite: {
    title: 'Invite a person',
    intro:
      'Certeval sends the invited address a personal link, valid for 7 days and usable once; you do not see it. If that address already has an account, nothing changes on it until the person, signed in to their account, accepts.',
    email: 'Email address',
    displayName: 'Full name',
    role: 'Role',
    submit: 'Send the invitation',
    created:
      'Invitation sent to {{name}} ({{email}}), valid until {{date}}. You may send it again or cancel it while it is pending.',
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
    newAccount:
      'This invitation creates the account of the address {{email}}. If it is not your address, do not accept it: decline it.',
    choosePassword: 'Choose the password of your account, at least 12 characters long.',
    existingAccount:
      'An account already exists for {{email}}. Sign in to that account to accept or decline the invitation: nothing changes on it without your consent.',
    signInToAnswer: 'Sign in to accept',
    noPasswordYet:
      'Your account has no password yet? Use the link received when it was created, or ask for one with "Forgot your password?" on the sign-in page.',
    signedInAs: 'You are signed in as {{name}}. If you accept, this role is added to your account.',
    someoneElse:
      'You are signed in as {{name}}, but this invitation is addressed to {{email}}. Sign out, then sign in to that address’s account to answer.',
    switchAccount: 'Sign out to switch accounts',
    accept: 'Accept the invitation',
    decline: 'Decline',
    declined: 'Invitation declined: no role was added.',
    done: 'Invitation accepted: your account is ready. Sign in with {{email}}.',
    toLogin: 'Go to sign in',
  },
  pending: {
    title: 'Invitations awaiting your answer',
    intro: 'You are offered a role: it is added to your account only if you accept it.',
    offer: '{{role}} for {{organisation}}',
    by: 'Invited by {{name}}, valid until {{date}}.',
    until: 'Valid until {{date}}.',
    acceptLabel: 'Accept the invitation: {{role}} for {{organisation}}',
    declineLabel: 'Decline the invitation: {{role}} for {{organisation}}',
    declined: 'Invitation declined: {{role}} for {{organisation}}.',
  },
};
