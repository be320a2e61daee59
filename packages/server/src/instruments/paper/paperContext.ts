// Who and what a printed instrument is for: the fields at the top of every page (seed 002:
// "Date de l'évaluation", "Nom et fonction du membre du jury ou du professionnel", "Nom et
// prénom du candidat", "Entreprise du candidat"). A field the context leaves out prints blank,
// to be filled by hand.
import type { Instrument } from '@certeval/core';

export interface PaperContext {
  certificationTitle: string;
  companyName?: string;
  candidateName?: string;
  evaluatorName?: string;
  evaluatorRole?: string;
  /** An ISO date (2026-03-12), printed 12/03/2026; any other text is printed as given. */
  date?: string;
  /** Domain code → label (R → "Relation client / Argumentation"), for grids whose sections
   * are not domains, such as the generated tutor grid. */
  domainLabels?: Record<string, string>;
}

export type HeaderField = 'date' | 'evaluator' | 'candidate' | 'company';

export interface HeaderEntry {
  label: string;
  value: string | undefined;
}

const EVALUATOR_LABEL: Partial<Record<Instrument['kind'], string>> = {
  observation_grid: 'Nom et fonction du tuteur',
  questionnaire: 'Nom et fonction du formateur',
};

function defaultLabels(kind: Instrument['kind']): string[] {
  return [
    "Date de l'évaluation",
    EVALUATOR_LABEL[kind] ?? "Nom et fonction de l'évaluateur",
    'Nom et prénom du candidat',
    'Entreprise du candidat',
  ];
}

/** Which context field a header label of the instrument asks for; undefined: left blank. */
export function headerFieldOf(label: string): HeaderField | undefined {
  const text = label.toLocaleLowerCase('fr');
  if (text.includes('entreprise')) return 'company';
  if (text.includes('date')) return 'date';
  if (text.includes('candidat')) return 'candidate';
  if (/fonction|jury|évaluat|tuteur|formateur|professionnel/.test(text)) return 'evaluator';
  return undefined;
}

export function formatDate(date: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : date;
}

function fieldValue(field: HeaderField | undefined, context: PaperContext): string | undefined {
  switch (field) {
    case 'date':
      return context.date === undefined ? undefined : formatDate(context.date);
    case 'evaluator': {
      const parts = [context.evaluatorName, context.evaluatorRole].filter(Boolean);
      return parts.length > 0 ? parts.join(', ') : undefined;
    }
    case 'candidate':
      return context.candidateName;
    case 'company':
      return context.companyName;
    default:
      return undefined;
  }
}

/** The instrument's own header labels (or ours when it has none), with the context's values. */
export function headerEntries(instrument: Instrument, context: PaperContext): HeaderEntry[] {
  const labels = instrument.header ?? defaultLabels(instrument.kind);
  return labels.map((label) => ({ label, value: fieldValue(headerFieldOf(label), context) }));
}
