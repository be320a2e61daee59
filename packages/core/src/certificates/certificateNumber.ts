// Unique numbers of certificates and attestations: the certification's code, the year of the
// decision and a sequence, e.g. CQP-AGC-2025-000042 — readable aloud on the phone, typed on the
// verification page, and sorted in issue order.

/** The part every number of a certification and year shares: "CQP-AGC-2025-". */
export function numberPrefix(certificationId: string, decisionDate: string): string {
  const code = certificationId.toUpperCase().replace(/[^A-Z0-9]+/g, '-');
  return `${code}-${decisionDate.slice(0, 4)}-`;
}

export function formatNumber(prefix: string, sequence: number): string {
  return `${prefix}${String(sequence).padStart(6, '0')}`;
}

/** The sequence of a number of `prefix`, or undefined when it is not one. */
export function sequenceOf(prefix: string, number: string): number | undefined {
  if (!number.startsWith(prefix)) return undefined;
  const rest = number.slice(prefix.length);
  return /^[0-9]+$/.test(rest) ? Number(rest) : undefined;
}

/** What a person may type as a number: letters, digits and dashes, any case. */
export const NUMBER_PATTERN = '^[A-Za-z0-9][A-Za-z0-9-]{2,79}$';

/** The number as stored (upper case, no surrounding spaces). */
export const normaliseNumber = (typed: string): string => typed.trim().toUpperCase();
