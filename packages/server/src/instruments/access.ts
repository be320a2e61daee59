// Who sees and who edits which instrument. The certifier's national instruments are read by
// everyone the route lets in (instrument.read); a company's adapted instrument (seed 000, slide
// 3: "construction des outils d'évaluation" in the company project) is seen by the people of
// that company and of the certifier, who oversees every project. Editing follows policy.ts: a
// national instrument needs instrument.write, a company's needs instrument.adapt on it.
import { AppError } from '../platform/errors.ts';
import { type Actor, can } from '../platform/policy.ts';
import type { InstrumentRow } from './store.ts';

type Owned = Pick<InstrumentRow, 'organisationId'>;

/**
 * Whoever runs `certeval` on the server's machine: in-process local administration, with the
 * certifier's rights, recorded as no one (null) in the audit, as imports from files are.
 */
export const LOCAL_ADMINISTRATOR: Actor = {
  userId: '',
  email: '',
  displayName: 'certeval',
  locale: 'fr',
  memberships: [
    {
      organisationId: '',
      organisationName: 'certeval',
      organisationKind: 'certifier',
      role: 'certifier_admin',
    },
  ],
};

/** The person to record in the audit: null for the local administrator. */
export const auditActorId = (actor: Actor): string | null =>
  actor === LOCAL_ADMINISTRATOR ? null : actor.userId;

/** The companies whose instruments the actor sees besides the national ones; 'all' for the certifier. */
export function visibleOrganisations(actor: Actor): string[] | 'all' {
  if (actor.memberships.some((m) => m.organisationKind === 'certifier')) return 'all';
  return [...new Set(actor.memberships.map((m) => m.organisationId))];
}

export function canSee(actor: Actor, row: Owned): boolean {
  if (row.organisationId === null) return true;
  const visible = visibleOrganisations(actor);
  return visible === 'all' || visible.includes(row.organisationId);
}

export function canEdit(actor: Actor, row: Owned): boolean {
  return row.organisationId === null
    ? can(actor, 'instrument.write')
    : can(actor, 'instrument.adapt', { organisationId: row.organisationId });
}

export function assertVisible(actor: Actor, row: Owned): void {
  if (!canSee(actor, row)) throw new AppError('forbidden');
}

export function assertEditable(actor: Actor, row: Owned): void {
  assertVisible(actor, row);
  if (!canEdit(actor, row)) throw new AppError('forbidden');
}
