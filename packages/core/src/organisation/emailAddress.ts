// One person, one address: the e-mail address is normalised once, the same way wherever it is
// stored, looked up or counted (accounts, invitations, enrolments, sign-in and its limit), so
// that " Formateur@…", "FORMATEUR@…" and a decomposed "é" are all the same person.

/**
 * The address as stored and compared: without surrounding white space (String.trim: spaces,
 * tabs, line breaks, no-break spaces), in lower case, in Unicode composed form (NFC).
 * Idempotent. Whether it is a well-formed address is the schema's business, not this one's.
 */
export function normaliseEmail(address: string): string {
  return address.trim().toLowerCase().normalize('NFC');
}
