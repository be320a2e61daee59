// Every condition in French and English, in the words of the synthesis grid:
// "OT non validé : jury 45 % < 50 % minimum" / "OT not validated: jury 45% < 50% minimum".
import type { Check, CompiledRules } from './compile.ts';
import { rounded } from './evaluate.ts';
import type { LocalText } from './ruleSetSchema.ts';

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
}

/** 45 → "45", 71.666… → "71,67" / "71.67"; more decimals only where two decimals would lie. */
export function formatNumber(value: number, threshold?: number): { fr: string; en: string } {
  const v = rounded(value);
  let text = String(Math.round(v * 100) / 100);
  if (threshold !== undefined && Number(text) === threshold && v !== threshold) text = String(v);
  return { fr: text.replace('.', ','), en: text };
}

const percent = (value: number, threshold?: number) => {
  const n = formatNumber(value, threshold);
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
      return { id: code, text: { fr: `${noun.fr} ${code}`, en: `${noun.en} ${code}` } };
    }
  }
}

function comparisonText(check: Check, value: number, passed: boolean): LocalText {
  if (check.kind === 'acquired') {
    return passed
      ? { fr: 'Acquis', en: 'acquired (Acquis)' }
      : { fr: 'Non acquis', en: 'not acquired (Non acquis)' };
  }
  const v = percent(value, check.threshold);
  const t = percent(check.threshold);
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

export function explainCheck(
  rules: CompiledRules,
  check: Check,
  value: number,
  passed: boolean,
): ConditionResult {
  const unit = rules.units[check.unit]?.code ?? '';
  const subject = subjectOf(rules, check);
  const head = passed
    ? { fr: `${unit} :`, en: `${unit}:` }
    : {
        fr: `${unit} ${rules.ruleSet.units.failed.fr} :`,
        en: `${unit} ${rules.ruleSet.units.failed.en}:`,
      };
  const comparison = comparisonText(check, value, passed);
  const message = {
    fr: `${head.fr} ${subject.text.fr} ${comparison.fr}`,
    en: `${head.en} ${subject.text.en} ${comparison.en}`,
  };
  const source = rules.ruleSet.unitConditions[check.condition]?.citation.source ?? '';
  const id = `${unit}:${check.condition}:${subject.id}`;
  return { id, unit, kind: check.kind, subject: subject.id, value, passed, message, source };
}

/** "OT validé" / "OT not validated". */
export function unitVerdict(rules: CompiledRules, unit: string, passed: boolean): LocalText {
  const word = passed ? rules.ruleSet.units.passed : rules.ruleSet.units.failed;
  return { fr: `${unit} ${word.fr}`, en: `${unit} ${word.en}` };
}
