// A space is one membership of the reader: a role held in an organisation (the web app's
// /espace/:organisationId/:role). The lists of a section and the to-do of a home are read for
// one space, the reader narrowed to that membership, so that a pilot who also tutors sees
// their company's candidates as pilot and only their tutees as tutor (issue 16).
import { Type } from 'typebox';
import { AppError } from '../errors.ts';
import type { Actor, Membership } from '../policy.ts';
import { RoleSchema } from './schemas.ts';

export const SpaceQuery = Type.Object({
  organisationId: Type.String({ format: 'uuid' }),
  role: RoleSchema,
});

export type Space = { organisationId: string; role: Membership['role'] };

/** The reader as they act in the space; 403 when they hold no such membership. */
export function actorInSpace(actor: Actor, space: Space): Actor {
  const membership = actor.memberships.find(
    (m) => m.organisationId === space.organisationId && m.role === space.role,
  );
  if (!membership)
    throw new AppError('forbidden', {
      fr: 'Vous n’avez pas ce rôle dans cette organisation.',
      en: 'You do not hold this role in this organisation.',
    });
  return { ...actor, memberships: [membership] };
}
