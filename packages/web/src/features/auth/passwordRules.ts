import type { Dictionary } from '../../i18n/fr.ts';

/** The server's rule for new passwords (POST /api/auth/password-reset). */
export const PASSWORD_MIN_LENGTH = 12;

export type PasswordProblem = keyof Pick<Dictionary['reset'], 'tooShort' | 'mismatch'>;

/** What is wrong with a new password and its confirmation, checked before asking the server. */
export function passwordProblem(password: string, confirmation: string): PasswordProblem | null {
  // Counted in characters as JSON Schema's minLength does, not in UTF-16 units.
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (password !== confirmation) return 'mismatch';
  return null;
}
