// Organisations and their people (issue 5, item 1): the certifier registers companies and
// training organisations; the certifier or a company's pilot invites people with a role.
// There is no mail server: an invitation is a one-time link the inviter hands over, valid
// 7 days, of which only a SHA-256 is stored. Accepting it creates the account (with the
// password the person chooses) or adds the role to their existing account.
import {
  isRoleAllowedIn,
  normaliseEmail,
  type OrganisationKind,
  type Role,
  roleLabels,
  siretProblem,
} from '@certeval/core';
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import { assertPasswordStrength } from '../accounts/service.ts';
import * as accountStore from '../accounts/store.ts';
import { insertAudit } from '../accounts/store.ts';
import { hashPassword, newToken, tokenHash } from '../platform/auth/secrets.ts';
import type { Context } from '../platform/context.ts';
import { invitations, memberships, organisations, users } from '../platform/db/schema.ts';
import { AppError } from '../platform/errors.ts';
import { isUuid } from '../platform/ids.ts';
import { type Actor, can } from '../platform/policy.ts';

const INVITATION_DAYS = 7;

/** The roles a company's pilot may hand out in their company; the certifier any. */
const PILOT_INVITES: readonly Role[] = ['company_pilot', 'tutor', 'candidate'];

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

async function organisationFor(
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
  const open = await db
    .select({
      id: invitations.id,
      email: invitations.email,
      displayName: invitations.displayName,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .where(
      and(
        eq(invitations.organisationId, organisation.id),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, ctx.now()),
      ),
    );
  return {
    organisation: { id: organisation.id, name: organisation.name, kind: organisation.kind },
    people: [...people.values()],
    invitations: open.map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString() })),
  };
}

export async function invite(
  ctx: Context,
  actor: Actor,
  id: string,
  input: { email: string; displayName: string; role: Role },
) {
  const organisation = await organisationFor(ctx, actor, id, 'person.invite');
  const certifier = actor.memberships.some((m) => m.role === 'certifier_admin');
  if (!isRoleAllowedIn(input.role, organisation.kind))
    throw new AppError(
      'validation_failed',
      {
        fr: `Le rôle « ${roleLabels[input.role].fr} » ne se tient pas dans cette organisation.`,
        en: `The role "${roleLabels[input.role].en}" is not held in this organisation.`,
      },
      'body/role',
    );
  if (!certifier && !PILOT_INVITES.includes(input.role)) throw new AppError('forbidden');
  const token = newToken();
  const expiresAt = new Date(ctx.now().getTime() + INVITATION_DAYS * 86_400_000);
  await ctx.database.db.transaction(async (tx) => {
    await tx.insert(invitations).values({
      organisationId: organisation.id,
      email: normaliseEmail(input.email),
      displayName: input.displayName.trim(),
      role: input.role,
      tokenHash: tokenHash(token),
      invitedBy: actor.userId,
      expiresAt,
    });
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'person.invite',
      subjectType: 'organisation',
      subjectId: organisation.id,
      data: { email: input.email, role: input.role },
    });
  });
  return {
    url: `${ctx.config.publicUrl}/invitation?token=${encodeURIComponent(token)}`,
    expiresAt: expiresAt.toISOString(),
  };
}

async function openInvitation(ctx: Context, token: string) {
  const [row] = await ctx.database.db
    .select({ invitation: invitations, organisationName: organisations.name })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(
      and(
        eq(invitations.tokenHash, tokenHash(token)),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, ctx.now()),
      ),
    );
  if (!row)
    throw new AppError('not_found', {
      fr: 'Cette invitation est invalide, expirée ou déjà acceptée.',
      en: 'This invitation is invalid, expired or already accepted.',
    });
  return row;
}

export async function readInvitation(ctx: Context, token: string) {
  const { invitation, organisationName } = await openInvitation(ctx, token);
  const existing = await accountStore.findUserByEmail(ctx.database.db, invitation.email);
  return {
    email: invitation.email,
    displayName: invitation.displayName,
    role: invitation.role,
    organisationName,
    accountExists: Boolean(existing?.passwordHash),
  };
}

/** Accepts an invitation: the account is created (password required) or given the role. */
export async function acceptInvitation(ctx: Context, token: string, password?: string) {
  const { invitation } = await openInvitation(ctx, token);
  const existing = await accountStore.findUserByEmail(ctx.database.db, invitation.email);
  const needsPassword = !existing?.passwordHash;
  if (needsPassword) {
    if (!password)
      throw new AppError(
        'validation_failed',
        { fr: 'Choisissez un mot de passe.', en: 'Choose a password.' },
        'body/password',
      );
    assertPasswordStrength(password);
  }
  const passwordHash = needsPassword && password ? await hashPassword(password) : undefined;
  return ctx.database.db.transaction(async (tx) => {
    const used = await tx
      .update(invitations)
      .set({ acceptedAt: ctx.now() })
      .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)))
      .returning({ id: invitations.id });
    if (used.length === 0) throw new AppError('conflict');
    let userId = existing?.id;
    if (!userId)
      userId = (
        await accountStore.insertUser(tx, {
          email: invitation.email,
          displayName: invitation.displayName,
          passwordHash: passwordHash ?? null,
        })
      ).id;
    else if (passwordHash)
      await tx
        .update(users)
        .set({
          passwordHash,
          displayName: sql`coalesce(nullif(${users.displayName}, ${users.email}), ${invitation.displayName})`,
        })
        .where(eq(users.id, userId));
    await tx
      .insert(memberships)
      .values({ userId, organisationId: invitation.organisationId, role: invitation.role })
      .onConflictDoNothing();
    await insertAudit(tx, {
      actorId: userId,
      action: 'invitation.accept',
      subjectType: 'organisation',
      subjectId: invitation.organisationId,
      data: { role: invitation.role },
    });
    return { email: invitation.email };
  });
}
