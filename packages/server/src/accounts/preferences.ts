// A person's preferences (issue 15, item 4): the language of the product and of their
// messages, and the messages they switched off — only those the procedure does not require
// (platform/mail/templates.ts, `optional`); the others are always sent.
import { eq } from 'drizzle-orm';
import type { Context } from '../platform/context.ts';
import { users } from '../platform/db/schema.ts';
import { AppError } from '../platform/errors.ts';
import {
  OPTIONAL_TEMPLATES,
  type OptionalTemplate,
  type TemplateName,
  templates,
} from '../platform/mail/templates.ts';

export interface Preferences {
  locale: 'fr' | 'en';
  /** Every message the product may send the person, and whether it reaches them. */
  notifications: Array<{ template: TemplateName; optional: boolean; on: boolean }>;
}

export async function preferencesOf(ctx: Context, userId: string): Promise<Preferences> {
  const [row] = await ctx.database.db
    .select({ locale: users.locale, muted: users.mutedNotifications })
    .from(users)
    .where(eq(users.id, userId));
  if (!row) throw new AppError('not_found');
  const muted = new Set(row.muted);
  return {
    locale: row.locale === 'en' ? 'en' : 'fr',
    notifications: (Object.keys(templates) as TemplateName[]).map((template) => ({
      template,
      optional: templates[template].optional,
      on: !(templates[template].optional && muted.has(template)),
    })),
  };
}

const isOptional = (name: string): name is OptionalTemplate =>
  (OPTIONAL_TEMPLATES as readonly string[]).includes(name);

export async function savePreferences(
  ctx: Context,
  userId: string,
  input: { locale: 'fr' | 'en'; off: string[] },
): Promise<Preferences> {
  const required = input.off.find((name) => !isOptional(name));
  if (required !== undefined)
    throw new AppError(
      'validation_failed',
      {
        fr: 'Ce message est requis par la procédure de certification : il ne peut pas être désactivé.',
        en: 'This message is required by the certification procedure: it cannot be switched off.',
      },
      'body/off',
    );
  await ctx.database.db
    .update(users)
    .set({ locale: input.locale, mutedNotifications: [...new Set(input.off)].sort() })
    .where(eq(users.id, userId));
  return preferencesOf(ctx, userId);
}
