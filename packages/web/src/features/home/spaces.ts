import { readStorage, writeStorage } from '../../app/storage.ts';
import type { Me, Membership } from '../auth/me.ts';
import { isKnownRole } from './sections.ts';

/** A space is one membership: a role held in one organisation. */
export type SpaceParams = { organisationId: string; role: string };

// Keyed by person: a tablet shared by a jury keeps each member's own choice.
const storageKey = (personId: string) => `certeval.space.${personId}`;

export function findMembership(me: Me, space: SpaceParams): Membership | undefined {
  return me.memberships.find(
    (m) =>
      m.organisationId === space.organisationId && m.role === space.role && isKnownRole(m.role),
  );
}

export function rememberSpace(personId: string, membership: Membership): void {
  const { organisationId, role } = membership;
  writeStorage(storageKey(personId), JSON.stringify({ organisationId, role }));
}

function rememberedSpace(personId: string): SpaceParams | undefined {
  try {
    const value: unknown = JSON.parse(readStorage(storageKey(personId)) ?? 'null');
    const { organisationId, role } = (value ?? {}) as Partial<SpaceParams>;
    if (typeof organisationId === 'string' && typeof role === 'string') {
      return { organisationId, role };
    }
  } catch {
    // A corrupted entry is ignored: the first membership is used instead.
  }
  return undefined;
}

/** The space to open: the one last used if the person still holds it, else their first. */
export function preferredSpace(me: Me): Membership | undefined {
  const remembered = rememberedSpace(me.id);
  return (
    (remembered && findMembership(me, remembered)) ??
    me.memberships.find((m) => isKnownRole(m.role))
  );
}

export function spaceParams(membership: Membership): SpaceParams {
  return { organisationId: membership.organisationId, role: membership.role };
}
