import { redirect } from '@tanstack/react-router';
import type { Membership } from '../auth/me.ts';
import { findSection } from './sections.ts';
import { spaceParams } from './spaces.ts';

/** Leaves for the space's home: what a page out of the space's reach opens instead. */
export function toSpaceHome(membership: Membership): never {
  throw redirect({ to: '/espace/$organisationId/$role', params: spaceParams(membership) });
}

/**
 * A route's `beforeLoad` for a page at the slug of a section (a static route wins over the
 * section placeholder): it opens only in the spaces whose navigation has that section;
 * elsewhere (an old bookmark, another role's link), the space's home. The API decides the rest.
 */
export function requireSection(slug: string) {
  return ({ context }: { context: { membership: Membership } }) => {
    if (!findSection(context.membership.role, slug)) toSpaceHome(context.membership);
  };
}
