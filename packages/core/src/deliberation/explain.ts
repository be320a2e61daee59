// Every condition in French and English, in the words of the synthesis grid:
// "OT non validé : jury 45 % < 50 % minimum" / "OT not validated: jury 45% < 50% minimum".
import type { BlocCompetence } from './blocs.ts';
import type { Check, CompiledRules } from './compile.ts';
import { rounded } from './evaluate.ts';
import type { BlocsRule, LocalText, RuleSet } from './ruleSetSchema.ts';

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

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "RSF1, RSF2 relèvent du domaine R, non validé ; OTSF5 relève du domaine OT, non validé". */
function failedUnitsText(ruleSet: RuleSet, lines: readonly BlocCompetence[]): LocalText {
  const { noun, failed } = ruleSet.units;
  const byUnit = new Map<string, BlocCompetence[]>();
  for (const line of lines.filter((l) => !l.passed))
    byUnit.set(line.unit, [...(byUnit.get(line.unit) ?? []), line]);
  const groups = [...byUnit].map(([unit, failing]) => {
    const codes = failing.map((line) => line.competence).join(', ');
    const many = failing.length > 1;
    return {
      fr: `${codes} ${many ? 'relèvent' : 'relève'} du ${noun.fr} ${unit}, ${failed.fr}`,
      en: `${codes} ${many ? 'belong' : 'belongs'} to ${noun.en} ${unit}, ${failed.en}`,
    };
  });
  return { fr: groups.map((g) => g.fr).join(' ; '), en: groups.map((g) => g.en).join('; ') };
}

function blocReason(
  ruleSet: RuleSet,
  acquired: boolean,
  lines: readonly BlocCompetence[],
): LocalText {
  const { noun, competenceNoun, passed } = ruleSet.units;
  if (lines.length === 0) {
    return {
      fr: `aucun de ses ${competenceNoun.fr} ne relève d'un ${noun.fr} de ce jeu de règles`,
      en: `none of its ${competenceNoun.en} belongs to a ${noun.en} of this rule set`,
    };
  }
  if (!acquired) return failedUnitsText(ruleSet, lines);
  const units = [...new Set(lines.map((line) => line.unit))].join(', ');
  return {
    fr: `chacun de ses ${competenceNoun.fr} relève d'un ${noun.fr} ${passed.fr} (${units})`,
    en: `every ${competenceNoun.en} of the bloc belongs to a ${passed.en} ${noun.en} (${units})`,
  };
}

/**
 * "Bloc de compétences RNCP28795BC02 non acquis : OTSF5 relève du domaine OT, non validé" /
 * "Skills bloc RNCP28795BC02 not acquired: OTSF5 belongs to domain OT, not validated".
 */
export function blocSummary(
  ruleSet: RuleSet,
  words: BlocsRule,
  bloc: {
    bloc: string;
    acquired: boolean;
    competences: readonly BlocCompetence[];
    until: string | undefined;
  },
): LocalText {
  const verdict = bloc.acquired ? words.passed : words.failed;
  const why = blocReason(ruleSet, bloc.acquired, bloc.competences);
  const until = bloc.until
    ? { fr: ` (valable jusqu'au ${bloc.until})`, en: ` (valid until ${bloc.until})` }
    : { fr: '', en: '' };
  return {
    fr: `${capitalised(words.noun.fr)} ${bloc.bloc} ${verdict.fr} : ${why.fr}${until.fr}`,
    en: `${capitalised(words.noun.en)} ${bloc.bloc} ${verdict.en}: ${why.en}${until.en}`,
  };
}
