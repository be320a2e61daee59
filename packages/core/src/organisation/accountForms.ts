// The forms of the pages reached without a session (issue 15; issue 16, item 3): signing in,
// asking for a reset link (or finding a person by address), choosing a new password. Their schemas are the API routes' own; the
// browser runs the same check, and lists the password's rules at once.
import { Type } from 'typebox';
import { EMAIL_WORDS, EmailAddress } from '../forms/fields.ts';
import { type FormMessage, formCheck } from '../forms/formProblems.ts';

/** The rule for new passwords: 12 characters at least (counted as JSON Schema counts them). */
export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 1024;

export const PASSWORD_RULE_WORDS: FormMessage = {
  fr: `Le mot de passe doit contenir au moins ${MIN_PASSWORD_LENGTH} caractères.`,
  en: `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`,
};

export const PASSWORD_MISMATCH_WORDS: FormMessage = {
  fr: 'Les deux mots de passe ne sont pas identiques.',
  en: 'The two passwords are not the same.',
};

const NewPassword = Type.String({
  minLength: MIN_PASSWORD_LENGTH,
  maxLength: MAX_PASSWORD_LENGTH,
});

export const SignInSchema = Type.Object({
  email: Type.String({ minLength: 3, maxLength: 320 }),
  password: Type.String({ minLength: 1, maxLength: MAX_PASSWORD_LENGTH }),
});

export const checkSignIn = formCheck(SignInSchema);

/** One address, as the forgotten password and the personal data search ask it. */
export const EmailFormSchema = Type.Object({ email: EmailAddress(320) });

export const checkEmailForm = formCheck(EmailFormSchema, { '/email': EMAIL_WORDS });

export const ResetPasswordSchema = Type.Object({
  token: Type.String({ minLength: 10, maxLength: 200 }),
  password: NewPassword,
});

const LINK_WORDS: FormMessage = {
  fr: 'Ce lien n’est pas valide : demandez-en un autre.',
  en: 'This link is not valid: ask for another one.',
};

export const checkResetPassword = formCheck(ResetPasswordSchema, {
  '/token': LINK_WORDS,
  '/password': PASSWORD_RULE_WORDS,
});

/** The browser's form: the password and its confirmation, every broken rule at once. */
export const NewPasswordFormSchema = Type.Object({
  password: NewPassword,
  confirmation: Type.String(),
});

export const checkNewPassword = formCheck(
  NewPasswordFormSchema,
  { '/password': PASSWORD_RULE_WORDS },
  (input) =>
    typeof input.confirmation === 'string' && input.confirmation !== input.password
      ? [{ code: 'mismatch', path: '/confirmation', message: PASSWORD_MISMATCH_WORDS }]
      : [],
);
