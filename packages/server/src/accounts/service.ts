// Use cases of accounts: sign in and out, sessions, people and their roles, password reset.
import { isRoleAllowedIn, normaliseEmail, type Role } from '@certeval/core';
import {
  hashPassword,
  MIN_PASSWORD_LENGTH,
  newToken,
  tokenHash,
  verifyPassword,
} from '../platform/auth/secrets.ts';
import type { Context } from '../platform/context.ts';
import type { Db } from '../platform/db/open.ts';
import { AppError } from '../platform/errors.ts';
import { sendMessage } from '../platform/mail/sendMessage.ts';
import type { Actor, Membership } from '../platform/policy.ts';
import * as store from './store.ts';

const DAY_MS = 86_400_000;
/** How long the link of an "account created" message lets its owner choose a password. */
export const SET_PASSWORD_HOURS = 7 * 24;

export async function signIn(ctx: Context, email: string, password: string) {
  const { db } = ctx.database;
  const user = await store.findUserByEmail(db, email);
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok) throw new AppError('invalid_credentials');
  const token = newToken();
  const expiresAt = new Date(ctx.now().getTime() + ctx.config.sessionDays * DAY_MS);
  await db.transaction(async (tx) => {
    await store.insertSession(tx, tokenHash(token), user.id, expiresAt);
    await store.insertAudit(tx, {
      actorId: user.id,
      action: 'session.open',
      subjectType: 'user',
      subjectId: user.id,
    });
  });
  return { token, expiresAt, actor: await actorFor(ctx, user.id) };
}

export async function signOut(ctx: Context, token: string): Promise<void> {
  await store.deleteSession(ctx.database.db, tokenHash(token));
}

/** The signed-in person behind a session token, or null when it is unknown or expired. */
export async function actorForSession(ctx: Context, token: string): Promise<Actor | null> {
  const found = await store.findSessionUser(ctx.database.db, tokenHash(token), ctx.now());
  return found ? actorOf(found.user, found.memberships) : null;
}

async function actorFor(ctx: Context, userId: string): Promise<Actor> {
  const user = await store.findUserById(ctx.database.db, userId);
  if (!user) throw new AppError('unauthenticated');
  return actorOf(user, await store.listMemberships(ctx.database.db, user.id));
}

function actorOf(user: store.UserRow, memberships: Membership[]): Actor {
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale === 'en' ? 'en' : 'fr',
    memberships,
  };
}

export interface NewUser {
  email: string;
  displayName: string;
  password?: string;
  roles: { organisationName: string; role: Role }[];
}

/**
 * Creates a person with their roles; every organisation named must exist. Without a password,
 * the person is sent the "account created" message with the link to choose it.
 */
export async function createUser(ctx: Context, input: NewUser, actorId: string | null = null) {
  if (input.password !== undefined) assertPasswordStrength(input.password);
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return ctx.database.db.transaction(async (tx) => {
    const email = normaliseEmail(input.email);
    if (await store.findUserByEmail(tx, email)) {
      throw new AppError(
        'conflict',
        {
          fr: `Un compte existe déjà pour ${email}.`,
          en: `An account already exists for ${email}.`,
        },
        'email',
      );
    }
    const user = await store.insertUser(tx, {
      email,
      displayName: input.displayName,
      passwordHash,
    });
    for (const { organisationName, role } of input.roles) {
      const organisation = await store.findOrganisationByName(tx, organisationName);
      if (!organisation) {
        throw new AppError(
          'not_found',
          {
            fr: `Organisation inconnue : « ${organisationName} ».`,
            en: `Unknown organisation: "${organisationName}".`,
          },
          'organisation',
        );
      }
      if (!isRoleAllowedIn(role, organisation.kind)) {
        throw new AppError(
          'validation_failed',
          {
            fr: `Le rôle ${role} ne peut pas être tenu dans « ${organisationName} » (${organisation.kind}).`,
            en: `Role ${role} cannot be held in "${organisationName}" (${organisation.kind}).`,
          },
          'role',
        );
      }
      await store.insertMembership(tx, { userId: user.id, organisationId: organisation.id, role });
    }
    await store.insertAudit(tx, {
      actorId,
      action: 'user.create',
      subjectType: 'user',
      subjectId: user.id,
      data: { email: user.email, roles: input.roles },
    });
    if (!passwordHash) {
      await sendSetPasswordLink(ctx, tx, user, {
        organisationName: input.roles[0]?.organisationName ?? null,
        requestedBy: actorId,
      });
    }
    return user;
  });
}

export function assertPasswordStrength(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError(
      'validation_failed',
      {
        fr: `Le mot de passe doit compter au moins ${MIN_PASSWORD_LENGTH} caractères.`,
        en: `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`,
      },
      'password',
    );
  }
}

/** A one-time reset token for a person, valid `hours`; only its SHA-256 is stored. */
export async function issueResetToken(tx: Db, now: Date, userId: string, hours: number) {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + hours * 3_600_000);
  await store.insertPasswordReset(tx, tokenHash(token), userId, expiresAt);
  return { token, expiresAt };
}

/**
 * Tells the owner of an account without a password, at its own address, that it exists and
 * how to choose the password: a reset-type link ("account created" message), in the
 * transaction that made the account.
 */
export async function sendSetPasswordLink(
  ctx: Context,
  tx: Db,
  user: { id: string; displayName: string },
  by: { organisationName: string | null; requestedBy?: string | null },
) {
  const { token, expiresAt } = await issueResetToken(tx, ctx.now(), user.id, SET_PASSWORD_HOURS);
  return sendMessage(ctx, tx, {
    template: 'account-created',
    to: { userId: user.id },
    data: {
      displayName: user.displayName,
      organisationName: by.organisationName,
      token,
      expiresAt,
    },
    key: user.id,
    // The platform's own message (no organisation): the certifiers read it in the outbox.
    ...(by.requestedBy && { requestedBy: by.requestedBy }),
  });
}

/** Issues a one-time reset token for a person (printed by the CLI to the administrator). */
export async function createPasswordReset(ctx: Context, email: string) {
  const { db } = ctx.database;
  const user = await store.findUserByEmail(db, email);
  if (!user) {
    throw new AppError(
      'not_found',
      {
        fr: `Aucun compte pour ${email}.`,
        en: `No account for ${email}.`,
      },
      'email',
    );
  }
  const { token, expiresAt } = await issueResetToken(
    db,
    ctx.now(),
    user.id,
    ctx.config.resetTokenHours,
  );
  const url = `${ctx.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
  return { token, url, expiresAt };
}

/** Sets a new password from a reset token and closes every open session of that person. */
export async function resetPassword(ctx: Context, token: string, password: string) {
  assertPasswordStrength(password);
  const passwordHash = await hashPassword(password);
  await ctx.database.db.transaction(async (tx) => {
    const userId = await store.consumePasswordReset(tx, tokenHash(token), ctx.now());
    if (!userId) throw new AppError('reset_token_invalid');
    await store.updateUser(tx, userId, { passwordHash });
    await store.deleteUserSessions(tx, userId);
    await store.insertAudit(tx, {
      actorId: userId,
      action: 'user.password_reset',
      subjectType: 'user',
      subjectId: userId,
    });
  });
}

export async function setLocale(ctx: Context, userId: string, locale: 'fr' | 'en') {
  await store.updateUser(ctx.database.db, userId, { locale });
}

export async function ensureOrganisation(
  ctx: Context,
  kind: 'certifier' | 'company' | 'training_organisation',
  name: string,
) {
  const { db } = ctx.database;
  return (
    (await store.findOrganisationByName(db, name)) ?? store.insertOrganisation(db, { kind, name })
  );
}

export const listOrganisations = (ctx: Context) => store.listOrganisations(ctx.database.db);
export const listUsers = (ctx: Context) => store.listUsers(ctx.database.db);
export const countUsers = (ctx: Context) => store.countUsers(ctx.database.db);
