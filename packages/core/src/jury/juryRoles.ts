// The seats of a jury in the words of the seeds: the three colleges of a CQP jury (seed 001:
// "un représentant de l'organisation patronale, ... des organisations syndicales de salariés,
// ... de l'OPCA"), the president (seed 002), the assessors of seed 003, and the professional
// who may evaluate alone (seed 002, "Jury ou Professionnel").
import type { LocalText } from '../deliberation/index.ts';
import type { JuryRole } from './juryRuleSchema.ts';

export interface JuryMember {
  /** The person's id (a user id): compared with the candidate's tutor and trainer. */
  personId: string;
  name: string;
  role: JuryRole;
  /** Named president of the jury (seed 002); a member seated as president always presides. */
  presides?: boolean;
  /** The organisation the member works for: compared with the candidate's company and with
   * the certifier. */
  organisationId?: string;
  organisationName?: string;
  /** Declared independent of the certifier (seed 003); an independent assessor always is. */
  independent?: boolean;
}

export const juryRoleLabels: Record<JuryRole, LocalText> = {
  president: { fr: 'président(e) du jury', en: 'jury president' },
  employers_representative: {
    fr: 'représentant(e) du collège employeurs',
    en: "employers' representative",
  },
  employees_representative: {
    fr: 'représentant(e) du collège salariés',
    en: "employees' union representative",
  },
  opca_representative: { fr: "représentant(e) de l'OPCA", en: 'OPCA representative' },
  assessor: { fr: 'juré(e) évaluateur(trice)', en: 'assessor' },
  independent_assessor: {
    fr: 'juré(e) évaluateur(trice) indépendant(e)',
    en: 'independent assessor',
  },
  professional: { fr: 'professionnel(le)', en: 'professional' },
};

export const presides = (member: JuryMember): boolean =>
  member.role === 'president' || member.presides === true;

export const isIndependent = (member: JuryMember): boolean =>
  member.role === 'independent_assessor' || member.independent === true;

/** "représentant(e) du collège employeurs, président(e) du jury". */
export function memberQuality(member: JuryMember): LocalText {
  const seat = juryRoleLabels[member.role];
  if (member.role === 'president' || !member.presides) return seat;
  const president = juryRoleLabels.president;
  return { fr: `${seat.fr}, ${president.fr}`, en: `${seat.en}, ${president.en}` };
}

/** The president of a jury, when exactly one member presides. */
export function presidentOf(members: readonly JuryMember[]): JuryMember | undefined {
  const presiding = members.filter(presides);
  return presiding.length === 1 ? presiding[0] : undefined;
}
