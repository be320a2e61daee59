// HTTP of accounts: thin routes that validate, check the policy (declared in config) and
// call one use case.
import { checkResetPassword, checkSignIn, ResetPasswordSchema, SignInSchema } from '@certeval/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../platform/context.ts';
import { requireActor, SESSION_COOKIE } from '../platform/http/authorization.ts';
import { formBody } from '../platform/http/formValidation.ts';
import { errors, OrganisationKindSchema, RoleSchema } from '../platform/http/schemas.ts';
import type { Actor } from '../platform/policy.ts';
import { enforceLimits, type LimitRule, signInAddressKey } from '../platform/rateLimit.ts';
import { selfServiceRoutes } from './selfServiceRoutes.ts';
import * as accounts from './service.ts';

const Me = Type.Object({
  id: Type.String(),
  email: Type.String(),
  displayName: Type.String(),
  locale: Type.Union([Type.Literal('fr'), Type.Literal('en')]),
  memberships: Type.Array(
    Type.Object({
      organisationId: Type.String(),
      organisationName: Type.String(),
      organisationKind: OrganisationKindSchema,
      role: RoleSchema,
    }),
  ),
});

const presentMe = (actor: Actor) => ({
  id: actor.userId,
  email: actor.email,
  displayName: actor.displayName,
  locale: actor.locale,
  memberships: actor.memberships,
});

export function accountRoutes(ctx: Context) {
  // Two counts on sign-in, kept in the database: one per person (however the address is
  // spelled), so that guessing a password is slow from everywhere at once; a higher one per
  // network address, so that one machine cannot try many people.
  const signInLimits = (email: string, ip: string): LimitRule[] => [
    {
      key: signInAddressKey(email),
      limit: ctx.config.loginAttemptsPerMinute,
      windowSeconds: 60,
    },
    { key: `login-ip:${ip}`, limit: ctx.config.loginAttemptsPerIpPerMinute, windowSeconds: 60 },
  ];

  return async (app: FastifyInstance) => {
    selfServiceRoutes(ctx, app);

    app.post('/api/auth/login', {
      config: { policy: 'public' },
      schema: {
        tags: ['accounts'],
        summary: 'Sign in with e-mail and password; sets the session cookie.',
        body: SignInSchema,
        response: { 200: Me, ...errors(400, 401, 429) },
      },
      // Every problem of the form at once, in people's words (issue 16, item 3).
      ...formBody(checkSignIn),
      handler: async (
        request: FastifyRequest<{ Body: { email: string; password: string } }>,
        reply,
      ) => {
        await enforceLimits(ctx, signInLimits(request.body.email, request.ip));
        const { token, expiresAt, actor } = await accounts.signIn(
          ctx,
          request.body.email,
          request.body.password,
        );
        setSessionCookie(request, reply, token, expiresAt);
        return presentMe(actor);
      },
    });

    app.post('/api/auth/logout', {
      config: { policy: 'public' },
      schema: {
        tags: ['accounts'],
        summary: 'Sign out: closes the session.',
        response: { 204: Type.Null() },
      },
      handler: async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        if (token) await accounts.signOut(ctx, token);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send();
      },
    });

    app.post('/api/auth/password-reset', {
      config: { policy: 'public' },
      schema: {
        tags: ['accounts'],
        summary:
          'Set a new password from a one-time reset token (sent by e-mail, or printed by `certeval user reset-password`); ends every session of the person.',
        body: ResetPasswordSchema,
        response: { 204: Type.Null(), ...errors(400, 429) },
      },
      ...formBody(checkResetPassword),
      handler: async (
        request: FastifyRequest<{ Body: { token: string; password: string } }>,
        reply,
      ) => {
        await enforceLimits(ctx, [
          {
            key: `password-reset-ip:${request.ip}`,
            limit: ctx.config.loginAttemptsPerMinute,
            windowSeconds: 60,
          },
        ]);
        await accounts.resetPassword(ctx, request.body.token, request.body.password);
        return reply.status(204).send();
      },
    });

    app.get('/api/me', {
      config: { policy: 'session.read' },
      schema: {
        tags: ['accounts'],
        summary: 'The signed-in person and their roles.',
        response: { 200: Me, ...errors(401) },
      },
      handler: async (request) => presentMe(requireActor(request)),
    });

    // Issue 16, item 9: the web app asks on every load whether someone is signed in. "Nobody"
    // is an answer, not a failure: a 401 there made every sign-in page log a console error.
    // /api/me keeps answering 401 to a call that needs the person.
    app.get('/api/session', {
      config: { policy: 'public' },
      schema: {
        tags: ['accounts'],
        summary: 'Who is signed in on this browser: the person, or null.',
        response: { 200: Type.Object({ me: Type.Union([Me, Type.Null()]) }) },
      },
      handler: async (request, reply) => {
        reply.header('cache-control', 'no-store');
        return { me: request.actor ? presentMe(request.actor) : null };
      },
    });

    app.put('/api/me/locale', {
      config: { policy: 'account.update_own' },
      schema: {
        tags: ['accounts'],
        summary: 'Remember the language of the signed-in person.',
        body: Type.Object({ locale: Type.Union([Type.Literal('fr'), Type.Literal('en')]) }),
        response: { 204: Type.Null(), ...errors(400, 401) },
      },
      handler: async (request: FastifyRequest<{ Body: { locale: 'fr' | 'en' } }>, reply) => {
        await accounts.setLocale(ctx, requireActor(request).userId, request.body.locale);
        return reply.status(204).send();
      },
    });

    app.get('/api/organisations', {
      config: { policy: 'organisation.list' },
      schema: {
        tags: ['accounts'],
        summary: 'Every organisation: certifiers, companies, training organisations.',
        response: {
          200: Type.Array(
            Type.Object({
              id: Type.String(),
              kind: OrganisationKindSchema,
              name: Type.String(),
              siret: Type.Union([Type.String(), Type.Null()]),
            }),
          ),
          ...errors(401, 403),
        },
      },
      handler: async () => accounts.listOrganisations(ctx),
    });

    app.get('/api/users', {
      config: { policy: 'user.list' },
      schema: {
        tags: ['accounts'],
        summary: 'Every account.',
        response: {
          200: Type.Array(
            Type.Object({ id: Type.String(), email: Type.String(), displayName: Type.String() }),
          ),
          ...errors(401, 403),
        },
      },
      handler: async () => accounts.listUsers(ctx),
    });
  };
}

function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    expires: expiresAt,
  });
}
