// How the explanations name things for people (issue 17, item 5): an instrument by its label
// in the rule set (tuteur / tutor), a domain or bloc by its label in the referential with its
// code (« Outil / Organisation du travail (OT) »), a competence by its code and label
// (« RSF8 « Comprendre la logique du client… » »). Never an id of the rule set's own making.
import type { CompiledRules } from './compile.ts';
import type { LocalText } from './ruleSetSchema.ts';

export interface Names {
  instrument(id: string): LocalText;
  unit(code: string): LocalText;
  competence(code: string): LocalText;
}

const same = (text: string): LocalText => ({ fr: text, en: text });

/** "Outil / Organisation du travail (OT)"; the code alone when the referential gives no label. */
export function labelled(code: string, label: string | undefined): LocalText {
  return label && label !== code ? same(`${label} (${code})`) : same(code);
}

/** "RSF8 « Comprendre … »" / "RSF8 “Comprendre …”": the referential's words, quoted. */
export function quoted(code: string, label: string | undefined): LocalText {
  if (!label || label === code) return same(code);
  return { fr: `${code} « ${label} »`, en: `${code} “${label}”` };
}

const cache = new WeakMap<CompiledRules, Names>();

export function namesOf(rules: CompiledRules): Names {
  const known = cache.get(rules);
  if (known) return known;
  const units = new Map(rules.units.map((unit) => [unit.code, unit.label]));
  const labels = rules.facts.competenceLabels ?? {};
  const names: Names = {
    instrument: (id) => rules.instruments[rules.instrumentIndex.get(id) ?? -1]?.label ?? same(id),
    unit: (code) => labelled(code, units.get(code)),
    competence: (code) => quoted(code, labels[code]),
  };
  cache.set(rules, names);
  return names;
}
