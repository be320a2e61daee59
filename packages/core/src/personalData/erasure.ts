// What an erasure of a person does (GDPR article 17, issue 19 item 5), decided from the
// retention rules: a candidacy file under a signed decision keeps its legal record, any other is
// deleted; and the structured answer that lists what was erased, pseudonymised and kept, with
// the reason the law keeps each kept kind, in French and English.
import {
  type Bilingual,
  type ErasureOutcome,
  PERSONAL_DATA_KINDS,
  type PersonalDataKind,
  retentionRuleOf,
} from './retention.ts';

export interface CandidacyFacts {
  candidateId: string;
  /** A signed jury decision, signed minutes naming the candidate, or an issued certificate. */
  underSignedDecision: boolean;
}

/** A file under a signed decision keeps its legal record; any other is deleted. */
export type CandidacyAction = 'delete' | 'keep_legal_record';

export const candidacyAction = (facts: CandidacyFacts): CandidacyAction =>
  facts.underSignedDecision ? 'keep_legal_record' : 'delete';

/** What the rules do to a kind of data of a file, under a signed decision or not. */
export function outcomeFor(kind: PersonalDataKind, underSignedDecision: boolean): ErasureOutcome {
  const rule = retentionRuleOf(kind);
  return underSignedDecision ? rule.underSignedDecision : rule.onErasure;
}

/** Records of one kind an erasure touched, and how. */
export interface ErasureCount {
  kind: PersonalDataKind;
  outcome: ErasureOutcome;
  count: number;
}

export interface ErasureLine {
  kind: PersonalDataKind;
  label: Bilingual;
  count: number;
  /** Why the kind is pseudonymised or kept rather than erased. */
  reason?: Bilingual;
}

export interface ErasureReport {
  erased: ErasureLine[];
  pseudonymised: ErasureLine[];
  kept: ErasureLine[];
  /** Nothing was kept: the product holds nothing more that names the person. */
  complete: boolean;
  message: Bilingual;
}

const order = (kind: PersonalDataKind) => PERSONAL_DATA_KINDS.indexOf(kind);

function linesOf(counts: readonly ErasureCount[], outcome: ErasureOutcome): ErasureLine[] {
  const totals = new Map<PersonalDataKind, number>();
  for (const c of counts)
    if (c.outcome === outcome && c.count > 0)
      totals.set(c.kind, (totals.get(c.kind) ?? 0) + c.count);
  return [...totals.entries()]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([kind, count]) => {
      const rule = retentionRuleOf(kind);
      return {
        kind,
        label: rule.label,
        count,
        ...(outcome !== 'erased' && rule.because ? { reason: rule.because } : {}),
      };
    });
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The answer of an erasure, from what it did (records of no outcome are left out). */
export function erasureReport(counts: readonly ErasureCount[]): ErasureReport {
  const kept = linesOf(counts, 'kept');
  const report = {
    erased: linesOf(counts, 'erased'),
    pseudonymised: linesOf(counts, 'pseudonymised'),
    kept,
  };
  if (kept.length === 0)
    return {
      ...report,
      complete: true,
      message: {
        fr: 'La personne est effacée : il ne reste d’elle que des traces sans identité.',
        en: 'The person is erased: only traces without identity remain.',
      },
    };
  const fr = kept.map((line) => lowerFirst(line.label.fr)).join(', ');
  const en = kept.map((line) => lowerFirst(line.label.en)).join(', ');
  return {
    ...report,
    complete: false,
    message: {
      fr: `La personne est effacée, sauf ce que la loi garde : ${fr}. Chaque ligne gardée dit pourquoi.`,
      en: `The person is erased, except what the law keeps: ${en}. Each kept line says why.`,
    },
  };
}
