// A bloc's line of explanation, in French and English: "Bloc de compétences RNCP28795BC02 non
// acquis : OTSF5 relève du domaine Outil / Organisation du travail (OT), non validé".
import type { BlocCompetence } from './blocs.ts';
import type { BlocsRule, LocalText, RuleSet } from './ruleSetSchema.ts';

type UnitName = (code: string) => LocalText;

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "RSF1, RSF2 relèvent du domaine … (R), non validé ; OTSF5 relève du domaine … (OT), non validé". */
function failedUnitsText(
  ruleSet: RuleSet,
  lines: readonly BlocCompetence[],
  unitName: UnitName,
): LocalText {
  const { noun, failed } = ruleSet.units;
  const byUnit = new Map<string, BlocCompetence[]>();
  for (const line of lines.filter((l) => !l.passed))
    byUnit.set(line.unit, [...(byUnit.get(line.unit) ?? []), line]);
  const groups = [...byUnit].map(([unit, failing]) => {
    const codes = failing.map((line) => line.competence).join(', ');
    const many = failing.length > 1;
    const name = unitName(unit);
    return {
      fr: `${codes} ${many ? 'relèvent' : 'relève'} du ${noun.fr} ${name.fr}, ${failed.fr}`,
      en: `${codes} ${many ? 'belong' : 'belongs'} to ${noun.en} ${name.en}, ${failed.en}`,
    };
  });
  return { fr: groups.map((g) => g.fr).join(' ; '), en: groups.map((g) => g.en).join('; ') };
}

function blocReason(
  ruleSet: RuleSet,
  acquired: boolean,
  lines: readonly BlocCompetence[],
  unitName: UnitName,
): LocalText {
  const { noun, competenceNoun, passed } = ruleSet.units;
  if (lines.length === 0) {
    return {
      fr: `aucun de ses ${competenceNoun.fr} ne relève d'un ${noun.fr} de ce jeu de règles`,
      en: `none of its ${competenceNoun.en} belongs to a ${noun.en} of this rule set`,
    };
  }
  if (!acquired) return failedUnitsText(ruleSet, lines, unitName);
  const units = [...new Set(lines.map((line) => line.unit))].map(unitName);
  return {
    fr: `chacun de ses ${competenceNoun.fr} relève d'un ${noun.fr} ${passed.fr} : ${units.map((u) => u.fr).join(', ')}`,
    en: `every ${competenceNoun.en} of the bloc belongs to a ${passed.en} ${noun.en}: ${units.map((u) => u.en).join(', ')}`,
  };
}

/**
 * "Bloc de compétences RNCP28795BC02 non acquis : OTSF5 relève du domaine … (OT), non validé" /
 * "Skills bloc RNCP28795BC02 not acquired: OTSF5 belongs to domain … (OT), not validated".
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
  unitName: UnitName,
): LocalText {
  const verdict = bloc.acquired ? words.passed : words.failed;
  const why = blocReason(ruleSet, bloc.acquired, bloc.competences, unitName);
  const until = bloc.until
    ? { fr: ` (valable jusqu'au ${bloc.until})`, en: ` (valid until ${bloc.until})` }
    : { fr: '', en: '' };
  return {
    fr: `${capitalised(words.noun.fr)} ${bloc.bloc} ${verdict.fr} : ${why.fr}${until.fr}`,
    en: `${capitalised(words.noun.en)} ${bloc.bloc} ${verdict.en}: ${why.en}${until.en}`,
  };
}
