// The team's forms (issue 16, item 3): inviting a person, registering an organisation. Their
// schemas are the API routes' own; the same check runs in the browser and on the server.
import { Type } from 'typebox';
import { EMAIL_WORDS, EmailAddress, FilledText, personNameProblems } from '../forms/fields.ts';
import { formCheck } from '../forms/formProblems.ts';
import { ORGANISATION_KINDS, ROLES } from './roles.ts';
import { siretProblem } from './siret.ts';

const choice = (values: readonly string[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const InvitationFormSchema = Type.Object({
  email: EmailAddress(200),
  displayName: FilledText(200),
  role: choice(ROLES),
});

export const checkInvitation = formCheck(
  InvitationFormSchema,
  {
    '/email': EMAIL_WORDS,
    '/role': { fr: 'Choisissez un rôle de la liste.', en: 'Choose a role from the list.' },
  },
  (input) => personNameProblems(input.displayName, '/displayName'),
);

export const OrganisationFormSchema = Type.Object({
  kind: choice(ORGANISATION_KINDS),
  name: FilledText(200),
  siret: Type.Optional(Type.String({ maxLength: 20 })),
});

/** A SIRET is optional; given, it has 14 digits and a valid check digit. */
export const checkOrganisation = formCheck(
  OrganisationFormSchema,
  { '/kind': { fr: 'Choisissez un type de la liste.', en: 'Choose a kind from the list.' } },
  (input) => {
    const siret = typeof input.siret === 'string' ? input.siret.trim() : '';
    const problem = siret ? siretProblem(siret) : undefined;
    return problem ? [{ code: 'siret', path: '/siret', message: problem }] : [];
  },
);
