// What a page must not show the people who read it (issue 16, item 5): the words of our own
// workshop (seed, semence, slug), the keys of certifications and instruments (`cqp-agc`,
// `cqp-agc-tutor-grid`), ISO dates and instants ("2026-12-07T00:00:00Z"), the addresses of
// signing keys and their public keys, a decimal point in a French number ("66.67"), and texts known to be English
// (the recorded notes of the transcription) on a French page. The browser suite runs it on the
// text of every page it walks; it is pure so that its rules are tested on their own.

export type ReaderWordRule =
  | 'internal_word'
  | 'key'
  | 'iso_date'
  | 'key_url'
  | 'decimal_point'
  | 'english_text';

export interface ReaderWordProblem {
  rule: ReaderWordRule;
  /** The text found, as the page shows it. */
  found: string;
}

export interface ReaderWordOptions {
  /** The page's language: a decimal point and English texts are problems on French pages. */
  lang: 'fr' | 'en';
  /** Texts known to be English only (checked on French pages). */
  englishTexts?: readonly string[];
}

const INTERNAL_WORD = /(?<![\p{L}\p{N}_-])(seeds?|semences?|slugs?)(?![\p{L}\p{N}_])/giu;
// The demo's certification keys and every key built on them (instruments, rule sets): the
// certificate numbers are written in capitals (CQP-AGC-2026-000001), so case counts.
const KEY = /(?<![\p{L}\p{N}_-])(cqp-agc|titre-relation-client|referentiel-accueil)(-[a-z0-9]+)*/gu;
const ISO_DATE =
  /(?<![\p{N}-])\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?(?![\p{N}-])/gu;
// A key's address is also `<issuer address>#<public key>`, and a public key alone (multibase,
// z6Mk… for Ed25519) is no word either: the key panel shows its short form (keyFingerprint.ts).
const MULTIBASE = '[1-9A-HJ-NP-Za-km-z]';
const KEY_URL = new RegExp(
  [
    String.raw`https?:\/\/\S*\/keys?\b\S*`,
    String.raw`\S*#key-\S*`,
    String.raw`did:(key|web):\S+`,
    String.raw`\S*#z${MULTIBASE}{16,}\S*`,
    String.raw`(?<![\p{L}\p{N}])z6Mk${MULTIBASE}{20,}`,
  ].join('|'),
  'giu',
);
// A number written with a decimal point: not a code (T11.1, A1.1, R.1), nor a version (1.2.3),
// nor a quotation of a source as printed (« CP 421.1 »), nor a standard's name (Open Badges 3.0).
const DECIMAL_POINT = /(?<![\p{L}\p{N}_.-])\d+\.\d+(?![\p{L}\p{N}_]|\.\p{N})/gu;
const QUOTED = /«[^»]{0,300}»|“[^”]{0,300}”|"[^"]{0,300}"/gu;
const STANDARDS = /Open Badges \d+(\.\d+)?|JSON-LD \d+(\.\d+)?|QTI \d+(\.\d+)?/gu;
const unquoted = (text: string) => text.replace(QUOTED, ' ').replace(STANDARDS, ' ');

function all(rule: ReaderWordRule, pattern: RegExp, text: string): ReaderWordProblem[] {
  return [...text.matchAll(pattern)].map((m) => ({ rule, found: m[0] }));
}

/** Every place `text` shows a word its reader should not have to read. */
export function readerWordProblems(text: string, options: ReaderWordOptions): ReaderWordProblem[] {
  const french = options.lang === 'fr';
  const flat = text.replace(/\s+/g, ' ');
  return [
    ...all('internal_word', INTERNAL_WORD, flat),
    ...all('key', KEY, flat),
    ...all('iso_date', ISO_DATE, flat),
    ...all('key_url', KEY_URL, flat),
    ...(french ? all('decimal_point', DECIMAL_POINT, unquoted(flat)) : []),
    ...(french
      ? (options.englishTexts ?? [])
          .map((english) => english.replace(/\s+/g, ' ').trim())
          .filter((english) => english.length > 0 && flat.includes(english))
          .map((found) => ({ rule: 'english_text' as const, found }))
      : []),
  ];
}
