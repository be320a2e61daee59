// HTTP of what a person does for themself (issue 15): ask for a reset link from the sign-in
// page, and read or change their preferences (language, messages switched off).
import { checkEmailForm, EmailFormSchema, formCheck, normaliseEmail } from '@certeval/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Context } from '../platform/context.ts';
import { requireActor } from '../platform/http/authorization.ts';
import { formBody } from '../platform/http/formValidation.ts';
import { errors } from '../platform/http/schemas.ts';
import { OPTIONAL_TEMPLATES } from '../platform/mail/templates.ts';
import { enforceLimits, passwordForgotAddressKey } from '../platform/rateLimit.ts';
import { requestPasswordReset } from './forgotPassword.ts';
import { preferencesOf, savePreferences } from './preferences.ts';

/** Links asked for one address, and from one network address, per hour. */
export const FORGOT_PER_ADDRESS_PER_HOUR = 5;
export const FORGOT_PER_IP_PER_HOUR = 20;

const PreferencesBody = Type.Object({
  locale: Type.Union([Type.Literal('fr'), Type.Literal('en')]),
  off: Type.Array(Type.String({ maxLength: 60 }), { maxItems: OPTIONAL_TEMPLATES.length + 10 }),
});
const Locale = Type.Union([Type.Literal('fr'), Type.Literal('en')]);
const Preferences = Type.Object({
  locale: Locale,
  notifications: Type.Array(
    Type.Object({ template: Type.String(), optional: Type.Boolean(), on: Type.Boolean() }),
  ),
});

export function selfServiceRoutes(ctx: Context, app: FastifyInstance) {
  app.post('/api/auth/password-forgot', {
    config: { policy: 'public' },
    schema: {
      tags: ['accounts'],
      summary:
        'Ask for a one-time link (1 hour) to choose a new password, sent to the address if an account has it. The answer is the same whether it has or not.',
      // Spaces around are allowed (normaliseEmail trims them), none inside.
      body: EmailFormSchema,
      response: { 202: Type.Null(), ...errors(400, 429) },
    },
    ...formBody(checkEmailForm),
    handler: async (request: FastifyRequest<{ Body: { email: string } }>, reply) => {
      const address = normaliseEmail(request.body.email);
      await enforceLimits(ctx, [
        {
          key: passwordForgotAddressKey(address),
          limit: FORGOT_PER_ADDRESS_PER_HOUR,
          windowSeconds: 3600,
        },
        {
          key: `password-forgot-ip:${request.ip}`,
          limit: FORGOT_PER_IP_PER_HOUR,
          windowSeconds: 3600,
        },
      ]);
      await requestPasswordReset(ctx, address);
      return reply.status(202).send();
    },
  });

  app.get('/api/me/preferences', {
    config: { policy: 'account.update_own' },
    schema: {
      tags: ['accounts'],
      summary:
        'The language of the signed-in person and the messages they receive (those the procedure requires cannot be switched off).',
      response: { 200: Preferences, ...errors(401) },
    },
    handler: async (request) => preferencesOf(ctx, requireActor(request).userId),
  });

  app.put('/api/me/preferences', {
    config: { policy: 'account.update_own' },
    schema: {
      tags: ['accounts'],
      summary: 'Save the language and the messages switched off (optional ones only).',
      body: PreferencesBody,
      response: { 200: Preferences, ...errors(400, 401) },
    },
    // Every problem at once, in people's words (issue 16, item 3).
    ...formBody(formCheck(PreferencesBody)),
    handler: async (request: FastifyRequest<{ Body: { locale: 'fr' | 'en'; off: string[] } }>) =>
      savePreferences(ctx, requireActor(request).userId, request.body),
  });
}
