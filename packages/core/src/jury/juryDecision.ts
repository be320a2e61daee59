// The jury's agreement fed to the decision engine (core/src/deliberation) as the jury's
// evidence: "Le président reporte, dans la grille de synthèse des appréciations du jury …
// les résultats domaine par domaine" (seed 002), and the synthesis grid of seed 000, slide 19
// puts tutor, trainer and jury side by side. Also the same agreement as evaluations of the
// record format (core/src/evaluation), for the file of the candidate and `certeval deliberate`.
import {
  type CompiledRules,
  type Deliberation,
  type DeliberationOptions,
  deliberate,
  type Evidence,
  type InstrumentEvidence,
  type RuleSet,
  reason,
} from '../deliberation/index.ts';
import type { Evaluation, RecordItemResult } from '../evaluation/index.ts';
import type { Instrument } from '../instruments/index.ts';
import type { Agreement } from './comparison.ts';
import type { JuryMember } from './juryRoles.ts';
import type { JuryDeliberationRule } from './juryRuleSchema.ts';
import type { MemberGrid } from './memberReport.ts';

/** The jury's deliberation rule of a rule set, when it has one. */
export const juryDeliberationRule = (ruleSet: RuleSet): JuryDeliberationRule | undefined =>
  ruleSet.jury?.deliberation;

/** The agreed percentages as the evidence of the rule set's jury instrument. */
export function juryEvidence(rule: JuryDeliberationRule, agreement: Agreement): InstrumentEvidence {
  return { instrument: rule.countsAs, unitScores: { ...agreement.percentages } };
}

/**
 * The decision with the jury's agreement beside the other evidence (tutor, trainer): the
 * synthesis grid, every condition explained, the rule-set version. Evidence that already has
 * a jury row is refused by the engine (evidence given twice), never silently replaced.
 */
export function deliberateWithJury(
  rules: CompiledRules,
  evidence: Evidence,
  agreement: Agreement,
  options: DeliberationOptions = {},
): Deliberation {
  const rule = juryDeliberationRule(rules.ruleSet);
  if (!rule) {
    const { id, certification, version } = rules.ruleSet;
    return {
      ruleSet: { id, certification, version },
      referentialVersion: rules.facts.referentialVersion,
      status: 'undecidable',
      reasons: [
        reason(
          'invalid_rule_set',
          {},
          {
            fr: `le jeu de règles ${id} ne décrit pas de délibération du jury en pourcentages`,
            en: `rule set ${id} describes no jury deliberation in percentages`,
          },
        ),
      ],
    };
  }
  const instruments = [...evidence.instruments, juryEvidence(rule, agreement)];
  return deliberate(rules, { ...evidence, instruments }, options);
}

export interface JuryEvaluationsInput {
  guide: Instrument;
  /** YYYY-MM-DD, the day of the jury. */
  date: string;
  members: readonly JuryMember[];
  /** Each member's grid; `items`, when given, are its results as recorded, the lines marked
   * « non évalué » with their reason included (issue 17), instead of the observations alone. */
  grids: ReadonlyArray<MemberGrid & { items?: readonly RecordItemResult[] }>;
  agreement: Agreement;
  presidentId: string;
}

/**
 * The jury's work as final evaluations of the record format: one per member with their
 * observation percentages, and the president's with the agreed percentages and the synthesis
 * comment, which replace the members' items in the decision (evaluation/evidenceFromRecord).
 */
export function juryEvaluations(input: JuryEvaluationsInput): Evaluation[] {
  const nameOf = (id: string) => input.members.find((m) => m.personId === id)?.name ?? id;
  const instrument = { id: input.guide.id, version: input.guide.version };
  const graded: Evaluation[] = input.grids.map((grid) => ({
    instrument,
    kind: 'final',
    date: input.date,
    evaluator: { name: nameOf(grid.memberId), role: 'jury_member' },
    items: grid.items
      ? [...grid.items]
      : Object.entries(grid.observations).map(([item, percentage]) => ({ item, percentage })),
    ...(grid.comment?.trim() ? { comment: grid.comment.trim() } : {}),
  }));
  const agreed: Evaluation = {
    instrument,
    kind: 'final',
    date: input.date,
    evaluator: { name: nameOf(input.presidentId), role: 'jury_president' },
    items: [],
    agreed: { ...input.agreement.percentages },
    comment: input.agreement.comment,
  };
  return [...graded, agreed];
}
