// The vocabulary of the record of processing (GDPR article 30, issue 19 item 5): the kinds of
// personal data the product holds, what an erasure does to each (article 17), and the durations
// the rules name. The rules themselves are data, in retentionRules.ts.
import { RETENTION_RULES } from './retentionRules.ts';

export type Bilingual = { fr: string; en: string };

export const PERSONAL_DATA_KINDS = [
  'account',
  'sign_in',
  'invitations',
  'candidate_identity',
  'candidate_contact',
  'accommodations',
  'evaluations',
  'follow_up',
  'vae_booklet',
  'jury_decision',
  'minutes',
  'certificates',
  'jury_seats',
  'mentions',
  'mail',
  'audit_trail',
] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/** What an erasure does to a kind of data: removes it, keeps it without identity, keeps it. */
export type ErasureOutcome = 'erased' | 'pseudonymised' | 'kept';

export interface RetentionRule {
  kind: PersonalDataKind;
  label: Bilingual;
  /** What is stored. */
  data: Bilingual;
  /** Why it is stored. */
  purpose: Bilingual;
  /** GDPR article 6 (and 9 for health data). */
  legalBasis: Bilingual;
  /** Who reads it. */
  recipients: Bilingual;
  /** How long; `{{delay}}` is the configured delay for files that never reached a jury. */
  retention: Bilingual;
  /** On erasure of a person whose files reached no signed decision. */
  onErasure: ErasureOutcome;
  /** On erasure of a person under a signed jury decision. */
  underSignedDecision: ErasureOutcome;
  /** Why it is kept or pseudonymised rather than erased, when it is. */
  because?: Bilingual;
}

/** The durations a rule's text names: the configured delay and the platform's settings. */
export interface RetentionSettings {
  /** Days after its last activity a file that never reached a jury is erased. */
  noJuryDelayDays: number;
  sessionDays: number;
  resetHours: number;
}

const fill = (text: string, settings: RetentionSettings) =>
  text
    .replaceAll('{{delay}}', String(settings.noJuryDelayDays))
    .replaceAll('{{sessionDays}}', String(settings.sessionDays))
    .replaceAll('{{resetHours}}', String(settings.resetHours));

/** The rules as the certifier reads them, their durations filled in. */
export function retentionRulesWith(settings: RetentionSettings): RetentionRule[] {
  return RETENTION_RULES.map((rule) => ({
    ...rule,
    retention: { fr: fill(rule.retention.fr, settings), en: fill(rule.retention.en, settings) },
  }));
}

export function retentionRuleOf(kind: PersonalDataKind): RetentionRule {
  const rule = RETENTION_RULES.find((r) => r.kind === kind);
  if (!rule) throw new Error(`no retention rule for ${kind}`);
  return rule;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Files of no jury whose last activity is before this moment are past their retention. */
export function noJuryCutoff(now: Date, delayDays: number): Date {
  return new Date(now.getTime() - delayDays * DAY_MS);
}
