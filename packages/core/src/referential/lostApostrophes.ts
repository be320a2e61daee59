// The typographic apostrophes (’) the text extraction of seed 000's slides dropped
// ("dassurer lapprovisionnement", "Grille dévaluation"), restored in the shipped files (issue
// 16, item 5). The list is the corrections made, word by word, not a rule: French has many
// words that begin like an elided article ("dans", "lors", "son"), so no pattern can tell
// them apart. Each restored text is recorded with the seed's text (a discrepancy variant of
// the referential, or the citation's note of a rule set): `asExtracted` gives that text back.
export const RESTORED_APOSTROPHES: Readonly<Record<string, string>> = {
  dadaptation: 'd’adaptation',
  dallier: 'd’allier',
  dappels: 'd’appels',
  dassurer: 'd’assurer',
  datteinte: 'd’atteinte',
  dobjectif: 'd’objectif',
  dobservation: 'd’observation',
  doptimiser: 'd’optimiser',
  dun: 'd’un',
  DUN: 'D’UN',
  déquipe: 'd’équipe',
  dévaluation: 'd’évaluation',
  laccord: 'l’accord',
  lactivité: 'l’activité',
  lactualité: 'l’actualité',
  lapprovisionnement: 'l’approvisionnement',
  lattribution: 'l’attribution',
  lenseigne: 'l’enseigne',
  lentreprise: 'l’entreprise',
  létat: 'l’état',
  lexpédition: 'l’expédition',
  linformation: 'l’information',
  lissue: 'l’issue',
  sentretient: 's’entretient',
  Sadapter: 'S’adapter',
  Sapproprier: 'S’approprier',
  Sinformer: 'S’informer',
};

const words = (list: string[]) =>
  new RegExp(`(?<![\\p{L}’'])(${list.join('|')})(?![\\p{L}’'])`, 'gu');
const LOST = words(Object.keys(RESTORED_APOSTROPHES));
const RESTORED = Object.fromEntries(
  Object.entries(RESTORED_APOSTROPHES).map(([lost, restored]) => [restored, lost]),
);
const RESTORED_WORDS = words(Object.keys(RESTORED));

/** The words of `text` that lost their apostrophe, as the seed's extraction left them. */
export function lostApostrophes(text: string): string[] {
  return [...text.matchAll(LOST)].map((m) => m[1] as string);
}

/** The text as the seed's extraction gives it: each restored apostrophe dropped again. */
export function asExtracted(text: string): string {
  return text.replace(RESTORED_WORDS, (word) => RESTORED[word] ?? word);
}
