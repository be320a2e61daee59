// The jury screens' pure parts: percentages as the president types them, the starting point
// of the agreement (what was agreed, or the members' mean), the members' list being edited
// (one presides), the candidates the certifier may place, and where a problem belongs.
import type { JuryCandidate, JuryRole, MemberInput, Problem } from './juryApi.ts';

/**
 * "71.67" → "71,67 %" in French, "71.67%" in English: the engine rounds every percentage as
 * the rule set says (two decimals unless `decimals`), so the grid, the explanation and this
 * screen write the same number.
 */
export function formatPercent(
  value: number | null | undefined,
  locale: 'fr' | 'en',
  decimals = 2,
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const n = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    maximumFractionDigits: decimals,
  }).format(value);
  return locale === 'fr' ? `${n} %` : `${n}%`;
}

/** What the agreement form starts from: the agreement recorded, else the members' mean. */
export function initialAgreement(view: JuryCandidate): Record<string, string> {
  const from = view.agreement?.percentages ?? view.suggestion ?? {};
  return Object.fromEntries(
    view.guide.domains.map(({ domain }) => {
      const value = from[domain];
      return [domain, value === undefined ? '' : String(Math.round(value * 100) / 100)];
    }),
  );
}

export type ParsedPercentages =
  | { ok: true; values: Record<string, number> }
  | { ok: false; invalid: string[] };

/** The typed percentages, each 0–100 (a decimal comma accepted), or the domains at fault. */
export function parsePercentages(draft: Record<string, string>): ParsedPercentages {
  const values: Record<string, number> = {};
  const invalid: string[] = [];
  for (const [domain, text] of Object.entries(draft)) {
    const trimmed = text.trim().replace(',', '.');
    const value = Number(trimmed);
    if (trimmed === '' || !Number.isFinite(value) || value < 0 || value > 100) invalid.push(domain);
    else values[domain] = value;
  }
  return invalid.length > 0 ? { ok: false, invalid } : { ok: true, values };
}

/** A member being edited; `key` keeps React rows stable while people change. */
export type MemberDraft = MemberInput & { key: string };

let nextKey = 0;
export function newMemberDraft(role: JuryRole): MemberDraft {
  nextKey += 1;
  return { key: `m${nextKey}`, userId: '', role, affiliation: '', presides: false };
}

/** The CQP AGC jury to fill (seed 001): one seat per college, the first presiding. */
export function defaultMembers(): MemberDraft[] {
  const seats: JuryRole[] = [
    'employers_representative',
    'employees_representative',
    'opca_representative',
  ];
  return seats.map((role, k) => ({ ...newMemberDraft(role), presides: k === 0 }));
}

/** Only one member presides: choosing one unsets the others. */
export function presideOnly(members: readonly MemberDraft[], key: string): MemberDraft[] {
  return members.map((m) => ({ ...m, presides: m.key === key }));
}

export function toMemberInputs(members: readonly MemberDraft[]): MemberInput[] {
  return members.map(({ key: _key, affiliation, ...m }) => ({
    ...m,
    affiliation: affiliation?.trim() ? affiliation.trim() : null,
  }));
}

/** The problems of one member row ("body/members/2"), or of the jury as a whole. */
export function problemsAt<P extends Pick<Problem, 'path'>>(
  problems: readonly P[],
  index?: number,
): P[] {
  return problems.filter((p) =>
    index === undefined
      ? p.path === 'body/members' || p.path === 'body'
      : p.path === `body/members/${index}`,
  );
}

type CandidateLine = { id: string; certification: string; status: string };

/** Files the certifier may place in the session: ready for the jury, same certification. */
export function placeable<T extends CandidateLine>(
  candidates: readonly T[],
  certification: string,
  seated: readonly string[],
): T[] {
  return candidates.filter(
    (c) =>
      c.status === 'ready_for_jury' && c.certification === certification && !seated.includes(c.id),
  );
}

/** Whether every grid of the jury sitting for the candidate is submitted. */
export const allGridsIn = (view: JuryCandidate) =>
  view.graders.length > 0 && view.graders.every((g) => g.grid?.status === 'submitted');

/** A spread between percentages is a number of points: "écart de 70 points", never "70 %". */
export function formatPoints(value: number | null | undefined, locale: 'fr' | 'en'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const n = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    maximumFractionDigits: 2,
  }).format(value);
  // French puts 0 and 1 in the singular ("0 point", "1 point"), English 1 only.
  const singular = locale === 'fr' ? Math.abs(value) < 2 : Math.abs(value) === 1;
  return `${n} ${singular ? 'point' : 'points'}`;
}
