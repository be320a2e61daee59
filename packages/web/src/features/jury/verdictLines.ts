// The deliberation panel's reading order (issue 16, item 6): first one line per domain (or
// bloc) and one for the final verdict; then, folded under each domain, the lines that led to
// it, its savoir-faire last — the president needs the three domain verdicts first, not thirty
// lines one per savoir-faire.
import type { WhatIf } from './juryApi.ts';

type Decided = Extract<WhatIf['decision'], { status: 'decided' }>;
type Text = { fr: string; en: string };

export type VerdictLine = { key: string; passed: boolean; text: Text };
export type UnitDetail = VerdictLine & {
  /** The unit's own conditions (its mean, each instrument's minimum). */
  conditions: Text[];
  /** One line per savoir-faire of the unit, shown on demand. */
  knowHow: Text[];
};

export type VerdictLines = {
  /** One line per domain, or per bloc when the rule set validates blocs on their own. */
  lead: VerdictLine[];
  final: VerdictLine;
  units: UnitDetail[];
  /** The final rule's own conditions (every domain validated…), and notes of expired units. */
  finalConditions: Text[];
};

const KNOW_HOW = new Set(['competence', 'acquired']);

export function verdictLines(decision: Decided): VerdictLines {
  const units = decision.units.map((u) => ({
    key: u.unit,
    passed: u.passed,
    text: u.summary,
    conditions: u.conditions.filter((c) => !KNOW_HOW.has(c.kind)).map((c) => c.message),
    knowHow: u.conditions.filter((c) => KNOW_HOW.has(c.kind)).map((c) => c.message),
  }));
  const lead = decision.blocs
    ? decision.blocs.map((b) => ({ key: b.bloc, passed: b.acquired, text: b.summary }))
    : units.map(({ key, passed, text }) => ({ key, passed, text }));
  const inUnits = new Set(
    units.flatMap((u) => [u.text, ...u.conditions, ...u.knowHow]).map((t) => t.en),
  );
  const inLead = new Set([...lead.map((l) => l.text.en), decision.overall.summary.en]);
  return {
    lead,
    final: { key: 'final', passed: decision.overall.passed, text: decision.overall.summary },
    units,
    finalConditions: decision.explanation.filter((l) => !inUnits.has(l.en) && !inLead.has(l.en)),
  };
}
