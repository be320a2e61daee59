// Every condition in French and English, in the words of the synthesis grid and the jury:
// "Outil / Organisation du travail (OT) non validé : jury 45 % < 50 % minimum" / "… (OT) not
// validated: jury 45% < 50% minimum". Numbers are written as the grid shows them, and a
// competence's line lists the items that measured it, with their values (issue 17).
import type { Measure } from './accumulate.ts';
import type { Check, CompiledRules } from './compile.ts';
import { roundTo } from './evaluate.ts';
import { namesOf } from './names.ts';
import type { LocalText } from './ruleSetSchema.ts';

/** One item that measured a competence, with every value it gave (one per evaluator). */
export interface MeasuredBy {
  /** Rule-set instrument id. */
  instrument: string;
  instrumentLabel: LocalText;
  /** The item's id in its instrument. */
  item: string;
  /** How people name it: its code (M3A1) or its words. */
  name: string;
  values: number[];
}

export interface ConditionResult {
  /** Stable within a rule set and facts: unit:condition:subject, e.g. "OT:1:jury". */
  id: string;
  unit: string;
  kind: Check['kind'] | 'all_units' | 'instrument_acquired';
  /** Instrument id, competence code, or "mean". */
  subject: string;
  value: number;
  passed: boolean;
  message: LocalText;
  /** Where the rule comes from, e.g. "seed 000, slide 19". */
  source: string;
  /** On a competence's condition: the items that produced its score. */
  measuredBy?: MeasuredBy[];
}

/** 45 → "45", 71.666… → "71,67" / "71.67": the value as the synthesis grid shows it. */
export function formatNumber(value: number, decimals = 2): { fr: string; en: string } {
  const text = String(roundTo(value, decimals));
  return { fr: text.replace('.', ','), en: text };
}

const percent = (value: number, decimals?: number) => {
  const n = formatNumber(value, decimals);
  return { fr: `${n.fr} %`, en: `${n.en}%` };
};

function subjectOf(rules: CompiledRules, check: Check): { id: string; text: LocalText } {
  const names = (indexes: number[], lang: 'fr' | 'en') =>
    indexes.map((i) => rules.instruments[i]?.label[lang] ?? '').join(', ');
  switch (check.kind) {
    case 'instrument': {
      const instrument = rules.instruments[check.instrument];
      return { id: instrument?.id ?? '', text: instrument?.label ?? { fr: '', en: '' } };
    }
    case 'mean':
      return {
        id: 'mean',
        text: {
          fr: `moyenne (${names(check.instruments, 'fr')})`,
          en: `mean (${names(check.instruments, 'en')})`,
        },
      };
    default: {
      const code = rules.competences[check.competence] ?? '';
      const noun = rules.ruleSet.units.competenceNoun;
      const name = namesOf(rules).competence(code);
      return { id: code, text: { fr: `${noun.fr} ${name.fr}`, en: `${noun.en} ${name.en}` } };
    }
  }
}

function comparisonText(check: Check, value: number, passed: boolean, decimals: number): LocalText {
  if (check.kind === 'acquired') {
    return passed
      ? { fr: 'Acquis', en: 'acquired (Acquis)' }
      : { fr: 'Non acquis', en: 'not acquired (Non acquis)' };
  }
  const v = percent(value, decimals);
  const t = percent(check.threshold, 6);
  if (check.comparison === 'gte') {
    const op = passed ? '≥' : '<';
    return { fr: `${v.fr} ${op} ${t.fr} minimum`, en: `${v.en} ${op} ${t.en} minimum` };
  }
  if (passed) return { fr: `${v.fr} > ${t.fr}`, en: `${v.en} > ${t.en}` };
  return {
    fr: `${v.fr} ≤ ${t.fr} (doit dépasser ${t.fr})`,
    en: `${v.en} ≤ ${t.en} (must be above ${t.en})`,
  };
}

/** The items of one competence grouped per instrument and item, in evidence order. */
export function measuredBy(rules: CompiledRules, measures: readonly Measure[]): MeasuredBy[] {
  const grouped = new Map<string, MeasuredBy>();
  for (const m of measures) {
    const instrument = rules.instruments[m.instrument];
    const key = `${m.instrument}\u0000${m.item}`;
    const entry = grouped.get(key) ?? {
      instrument: instrument?.id ?? '',
      instrumentLabel: instrument?.label ?? { fr: '', en: '' },
      item: m.item,
      name: m.name,
      values: [],
    };
    entry.values.push(m.value);
    grouped.set(key, entry);
  }
  return [...grouped.values()];
}

const outcome = (value: number): LocalText =>
  value === 1 ? { fr: 'Acquis', en: 'Acquis' } : { fr: 'Non acquis', en: 'Non acquis' };

/** "mesuré par : tuteur M3A1 80 %, M3A2 70 % ; jury « Gestion … » (70 %, 100 %)". */
function measuredText(lines: readonly MeasuredBy[], check: Check, decimals: number): LocalText {
  const shownValue = (v: number) => (check.kind === 'acquired' ? outcome(v) : percent(v, decimals));
  const text = (lang: 'fr' | 'en') => {
    const byInstrument = new Map<string, string[]>();
    for (const line of lines) {
      const name =
        line.name === line.item ? line.name : lang === 'fr' ? `« ${line.name} »` : `“${line.name}”`;
      const values = line.values.map((v) => shownValue(v)[lang]);
      const shown = values.length === 1 ? values[0] : `(${values.join(', ')})`;
      const label = line.instrumentLabel[lang];
      byInstrument.set(label, [...(byInstrument.get(label) ?? []), `${name} ${shown}`]);
    }
    const groups = [...byInstrument].map(([label, items]) => `${label} ${items.join(', ')}`);
    return groups.join(lang === 'fr' ? ' ; ' : '; ');
  };
  return { fr: `mesuré par : ${text('fr')}`, en: `measured by: ${text('en')}` };
}

export function explainCheck(
  rules: CompiledRules,
  check: Check,
  value: number,
  passed: boolean,
  measures?: readonly Measure[],
): ConditionResult {
  const unit = rules.units[check.unit]?.code ?? '';
  const name = namesOf(rules).unit(unit);
  const { failed } = rules.ruleSet.units;
  const head = passed
    ? { fr: `${name.fr} :`, en: `${name.en}:` }
    : { fr: `${name.fr} ${failed.fr} :`, en: `${name.en} ${failed.en}:` };
  const subject = subjectOf(rules, check);
  const comparison = comparisonText(check, value, passed, rules.decimals);
  const measured = measures && measures.length > 0 ? measuredBy(rules, measures) : undefined;
  const tail = measured ? measuredText(measured, check, rules.decimals) : undefined;
  const message = {
    fr: `${head.fr} ${subject.text.fr} ${comparison.fr}${tail ? ` — ${tail.fr}` : ''}`,
    en: `${head.en} ${subject.text.en} ${comparison.en}${tail ? ` — ${tail.en}` : ''}`,
  };
  const source = rules.ruleSet.unitConditions[check.condition]?.citation.source ?? '';
  const id = `${unit}:${check.condition}:${subject.id}`;
  return {
    id,
    unit,
    kind: check.kind,
    subject: subject.id,
    value,
    passed,
    message,
    source,
    ...(measured ? { measuredBy: measured } : {}),
  };
}

/** "Outil / Organisation du travail (OT) validé" / "… (OT) not validated". */
export function unitVerdict(rules: CompiledRules, unit: string, passed: boolean): LocalText {
  const word = passed ? rules.ruleSet.units.passed : rules.ruleSet.units.failed;
  const name = namesOf(rules).unit(unit);
  return { fr: `${name.fr} ${word.fr}`, en: `${name.en} ${word.en}` };
}
