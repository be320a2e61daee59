// A final evaluation is complete or says why not (issue 17, item 2): every item gets a result
// or is marked « non évalué » with a reason; what is missing is told per section of the
// instrument — a mission of the tutor grid (M3 « Intervenir auprès du client… »), a domain of
// the jury guide — with the savoir-faire left without a measure when they are known.
import type { Instrument, Item, Section } from '../instruments/index.ts';
import type { Message } from '../referential/index.ts';
import { type RecordProblem, recordProblem } from './problems.ts';
import type { RecordItemResult } from './recordSchema.ts';

export interface SectionGap {
  section: Section;
  /** The section's items with neither a result nor « non évalué », in instrument order. */
  missing: Item[];
  /** Every item of the section is missing. */
  whole: boolean;
}

/** The items without a result, by section; `counted` limits the check to some items. */
export function missingResults(
  instrument: Instrument,
  results: readonly RecordItemResult[],
  counted: (item: Item, section: Section) => boolean = () => true,
): SectionGap[] {
  const given = new Set(results.map((result) => result.item));
  return instrument.sections.flatMap((section) => {
    const items = section.items.filter((item) => counted(item, section));
    const missing = items.filter((item) => !given.has(item.id));
    if (missing.length === 0) return [];
    return [{ section, missing, whole: missing.length === items.length }];
  });
}

function sectionName(section: Section): { fr: string; en: string } {
  if (!section.title) return { fr: section.id, en: section.id };
  return { fr: `${section.id} « ${section.title} »`, en: `${section.id} “${section.title}”` };
}

/**
 * "M3 « Intervenir auprès du client… » : aucun de ses 7 éléments n'a de résultat (M3A1, …) ;
 * notez-les ou marquez-les « non évalué » avec la raison."
 */
export function gapMessage(gap: SectionGap, knowHow: readonly string[] = []): Message {
  const name = sectionName(gap.section);
  const list = gap.missing.map((item) => item.id).join(', ');
  const count = gap.missing.length;
  const what = gap.whole
    ? {
        fr: `aucun de ses ${count} éléments n’a de résultat (${list})`,
        en: `none of its ${count} items has a result (${list})`,
      }
    : { fr: `sans résultat : ${list}`, en: `no result for ${list}` };
  const sf =
    knowHow.length === 0
      ? { fr: '', en: '' }
      : {
          fr: ` Savoir-faire alors sans mesure dans cette évaluation : ${knowHow.join(', ')}.`,
          en: ` Know-how then left unmeasured by this evaluation: ${knowHow.join(', ')}.`,
        };
  return {
    fr: `${name.fr} : ${what.fr} ; notez-les ou marquez-les « non évalué » avec la raison.${sf.fr}`,
    en: `${name.en}: ${what.en}; score them or mark them “not evaluated” with the reason.${sf.en}`,
  };
}

/** One problem per section with items missing, at `path` (the evaluation's items). */
export function incompleteProblems(
  gaps: readonly SectionGap[],
  path: string,
  knowHowOf: (gap: SectionGap) => readonly string[] = () => [],
): RecordProblem[] {
  return gaps.map((gap) =>
    recordProblem('incomplete_evaluation', path, gapMessage(gap, knowHowOf(gap))),
  );
}
