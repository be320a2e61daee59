// What must have been evaluated before anything is decided: every counting instrument, every
// cell of the synthesis grid a condition reads, every competence of every unit (seed 000,
// slide 19: "chaque savoir-faire est maîtrisé au minimum à 30" presumes each was evaluated),
// every overall result the final rule reads. Units carried over need nothing new.
import type { Accumulated } from './accumulate.ts';
import type { CompiledRules } from './compile.ts';
import { namesOf } from './names.ts';
import { details, type Reason, reason } from './reasons.ts';

/** Every counting instrument while some unit is still open; the final rule's instruments always. */
function requiredInstruments(rules: CompiledRules, carried: ReadonlySet<number>): Set<number> {
  const required = new Set<number>(rules.outcomeInstruments);
  const someOpen = rules.units.some((_, u) => !carried.has(u));
  rules.instruments.forEach((instrument, i) => {
    if (instrument.counts && someOpen) required.add(i);
  });
  return required;
}

export function missingEvidence(
  rules: CompiledRules,
  acc: Accumulated,
  carried: ReadonlySet<number>,
): Reason[] {
  const reasons: Reason[] = [];
  const names = namesOf(rules);
  const required = requiredInstruments(rules, carried);
  for (const i of required) {
    const instrument = rules.instruments[i]?.id ?? '';
    if (!acc.present.has(i))
      reasons.push(
        reason('missing_instrument', { instrument }, details.missingInstrument(), names),
      );
  }
  const perInstrument = rules.instruments.length;
  rules.neededCells.forEach((needed, cell) => {
    const u = Math.floor(cell / perInstrument);
    const i = cell % perInstrument;
    if (!needed || carried.has(u) || !acc.present.has(i)) return;
    if (!Number.isNaN(acc.scores.cells[cell] ?? Number.NaN)) return;
    const at = { instrument: rules.instruments[i]?.id ?? '', unit: rules.units[u]?.code ?? '' };
    reasons.push(reason('unit_without_items', at, details.unitWithoutItems(), names));
  });
  rules.competences.forEach((code, c) => {
    const u = rules.competenceUnit[c] ?? -1;
    if (carried.has(u) || !Number.isNaN(acc.scores.competences[c] ?? Number.NaN)) return;
    const at = { unit: rules.units[u]?.code ?? '', competence: code };
    reasons.push(
      reason(
        'competence_not_evaluated',
        at,
        details.competenceNotEvaluated(rules.ruleSet.units.competenceNoun),
        names,
      ),
    );
  });
  for (const i of rules.outcomeInstruments) {
    if (!acc.present.has(i) || !Number.isNaN(acc.scores.outcomes[i] ?? Number.NaN)) continue;
    reasons.push(
      reason(
        'missing_outcome',
        { instrument: rules.instruments[i]?.id ?? '' },
        details.missingOutcome(),
        names,
      ),
    );
  }
  return reasons;
}
