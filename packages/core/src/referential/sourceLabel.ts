// Where a transcribed text comes from, in the reader's words (issue 16, item 5). The shipped
// files cite their documents by our working names ("seed 000, slides 5 and 7"), which stay in
// the files as the record; a page names the document itself ("présentation du CQP,
// diapositives 5 et 7") and, in French, the few English words of the citations.
import type { Message } from './problems.ts';

/** The documents the shipped files were transcribed from, by their working number. */
export const SOURCE_DOCUMENTS: Readonly<Record<string, Message>> = {
  '000': { fr: 'présentation du CQP', en: 'CQP presentation' },
  '001': { fr: 'fiche RNCP 28795', en: 'RNCP record 28795' },
  '002': { fr: 'guide du jury', en: 'jury guide' },
  '003': { fr: 'dossier RNCP du titre', en: 'RNCP application of the title' },
  '004': {
    fr: 'référentiel de certification de l’accueil',
    en: 'reception certification referential',
  },
};

// The English words of the citations, in French; longer phrases first.
const FRENCH: Array<[RegExp, string]> = [
  [/\ball slides\b/g, 'toutes les diapositives'],
  [/\bslides\b/g, 'diapositives'],
  [/\bslide\b/g, 'diapositive'],
  [/\bfirst row of the table\b/g, 'première ligne du tableau'],
  [/\bsecond row of the table\b/g, 'deuxième ligne du tableau'],
  [/\brow (\d+) of the table\b/g, 'ligne $1 du tableau'],
  [/\bfirst row\b/g, 'première ligne'],
  [/\blast page\b/g, 'dernière page'],
  [/\bbloc heading missing\b/g, 'titre du bloc manquant'],
  [/\bSAVOIRS sections of\b/g, 'sections SAVOIRS de'],
  [/\bSAVOIRS headings\b/g, 'titres des SAVOIRS'],
  [/\bitem (\d+)\b/g, 'élément $1'],
  [/\(continued\)/g, '(suite)'],
  [/ and /g, ' et '],
];

const named = (text: string, lang: 'fr' | 'en') =>
  text.replace(
    /\b[Ss]eed (\d{3})\b/g,
    (word, number: string) => SOURCE_DOCUMENTS[number]?.[lang] ?? word,
  );

/**
 * An English note of the files as a reader reads it: its documents named, "the seed" said
 * "the source" (the note in the file stays as recorded).
 */
export function englishNote(note: string): string {
  return named(note, 'en')
    .replace(/\bthe seed\b/g, 'the source')
    .replace(/\bThe seed\b/g, 'The source')
    .replace(/\bseed's\b/g, "source's");
}

/** The citation `source` with its documents named, in `lang`. */
export function sourceLabel(source: string, lang: 'fr' | 'en'): string {
  if (lang === 'en') return named(source, 'en');
  return FRENCH.reduce(
    (text, [pattern, french]) => text.replace(pattern, french),
    named(source, 'fr'),
  );
}
