import type { OrganisationKind, Role } from '@certeval/core/organisation/roles';
import type { Locale } from '../../i18n/locale.ts';

export type { Role };

export type Membership = {
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  role: Role;
};

/** The signed-in person, as GET /api/me returns them. */
export type Me = {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  memberships: Membership[];
};
