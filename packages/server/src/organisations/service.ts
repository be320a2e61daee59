// Organisations and their people (issue 5, item 1): the certifier registers companies and
// training organisations; the certifier or a company's pilot invites people with a role
// (invitePerson.ts), the person accepts or declines (acceptInvitation.ts,
// declineInvitation.ts), the inviter may cancel (cancelInvitation.ts).
import { invitableRoles, type OrganisationKind, type Role, siretProblem } from '@certeval/core';
import { asc, eq } from 'drizzle-orm';
import * as accountStore from '../accounts/store.ts';
import { insertAudit } from '../accounts/store.ts';
import type { Context } from '../platform/context.ts';
import { memberships, organisations, users } from '../platform/db/schema.ts';
import { AppError } from '../platform/errors.ts';
import { isUuid } from '../platform/ids.ts';
import { type Actor, can } from '../platform/policy.ts';
import { invitationDeliveries } from './invitationDelivery.ts';
import { openInvitationsOf } from './invitationStore.ts';

export async function createOrganisation(
  ctx: Context,
  actor: Actor,
  input: { kind: OrganisationKind; name: string; siret?: string },
) {
  const name = input.name.trim();
  if (input.siret) {
    const problem = siretProblem(input.siret);
    if (problem) throw new AppError('validation_failed', problem, 'body/siret');
  }
  const { db } = ctx.database;
  if (await accountStore.findOrganisationByName(db, name))
    throw new AppError(
      'conflict',
      { fr: `« ${name} » existe déjà.`, en: `"${name}" already exists.` },
      'body/name',
    );
  return db.transaction(async (tx) => {
    const row = await accountStore.insertOrganisation(tx, {
      kind: input.kind,
      name,
      siret: input.siret ? input.siret.replace(/\s/g, '') : null,
    });
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'organisation.create',
      subjectType: 'organisation',
      subjectId: row.id,
      data: { kind: row.kind, name: row.name },
    });
    return row;
  });
}

/** An organisation the actor may take the action on: 404 when unknown, 403 when not theirs. */
export async function organisationFor(
  ctx: Context,
  actor: Actor,
  id: string,
  action: 'person.list' | 'person.invite',
) {
  const [row] = isUuid(id)
    ? await ctx.database.db.select().from(organisations).where(eq(organisations.id, id))
    : [];
  if (!row) throw new AppError('not_found');
  if (!can(actor, action, { organisationId: row.id })) throw new AppError('forbidden');
  return row;
}

/** The people of an organisation with their roles, and the invitations still open. */
export async function peopleOf(ctx: Context, actor: Actor, id: string) {
  const organisation = await organisationFor(ctx, actor, id, 'person.list');
  const { db } = ctx.database;
  const rows = await db
    .select({
      id: users.id,
      displayName: users.displayName,
      email: users.email,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisation.id))
    .orderBy(asc(users.displayName));
  const people = new Map<
    string,
    { id: string; displayName: string; email: string; roles: Role[] }
  >();
  for (const r of rows) {
    const person = people.get(r.id) ?? {
      id: r.id,
      displayName: r.displayName,
      email: r.email,
      roles: [],
    };
    person.roles.push(r.role);
    people.set(r.id, person);
  }
  const roles = rolesInvitableBy(actor, organisation);
  const open = await openInvitationsOf(db, organisation.id, ctx.now());
  const deliveries = await invitationDeliveries(
    db,
    open.map((i) => i.id),
  );
  return {
    organisation: { id: organisation.id, name: organisation.name, kind: organisation.kind },
    people: [...people.values()],
    invitations: open.map((i) => ({
      ...i,
      expiresAt: i.expiresAt.toISOString(),
      canCancel: roles.includes(i.role),
      delivery: deliveries.get(i.id) ?? null,
    })),
  };
}

/**
 * The roles the actor may hand out in an organisation: for each of their roles that the
 * policy lets invite there (a pilot in their own company, the certifier anywhere), those
 * core's `invitableRoles` gives it.
 */
export function rolesInvitableBy(
  actor: Actor,
  organisation: { id: string; kind: OrganisationKind },
): Role[] {
  const granting = actor.memberships.filter((m) =>
    can({ ...actor, memberships: [m] }, 'person.invite', { organisationId: organisation.id }),
  );
  return [...new Set(granting.flatMap((m) => invitableRoles(m.role, organisation.kind)))];
}
