// Mutations of real files for the importers' fuzz tests (issue 18, Bad input): a file cut
// short, a slice removed or repeated, bytes or markup inserted, a character replaced — one to
// three at once, where fast-check chooses, so that every importer meets what damaged uploads
// look like. Test support only.
import fc from 'fast-check';

type Mutation = (text: string) => string;

const at = (text: string, fraction: number) => Math.floor(fraction * text.length);
/** Where in the file, uniformly: fast-check's own bias would keep every mutation at its start. */
const fraction = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);

/** Noise an upload may carry: markup, quotes, separators, control bytes, non-ASCII. */
const noise = fc.oneof(
  fc.constantFrom(
    '<',
    '>',
    '</',
    '/>',
    '&',
    '&amp;',
    '"',
    "'",
    ';',
    '\n',
    '\r\n',
    '\u0000',
    'é',
    '\ufffd',
  ),
  fc.constantFrom('<FICHE>', '</FICHE>', '<![CDATA[', ']]>', '<!--', '<?xml?>', '<x y="1">'),
  fc.string({ maxLength: 8 }),
);

/** Text a field may hold: no markup, so that the file stays readable and its values odd. */
const value = fc.oneof(
  fc.constantFrom('', ' ', '-', '0', 'Non', '31/02/2024', '\t12345', 'RNCP', 'é\u00a0ü', '1e999'),
  fc.string({ maxLength: 12 }).map((v) => v.replace(/[<>&"';\r\n]/g, '')),
);

/** The value between two tags (or CSV quotes) that follows the position, replaced. */
function replaceValue(f: number, v: string): Mutation {
  return (t) => {
    const open = t.indexOf('>', at(t, f));
    const close = open < 0 ? -1 : t.indexOf('<', open);
    if (close < 0) return t;
    return t.slice(0, open + 1) + v + t.slice(close);
  };
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.tuple(fraction, value).map(([f, v]) => replaceValue(f, v)), weight: 6 },
  fraction.map(
    (f): Mutation =>
      (t) =>
        t.slice(0, at(t, f)),
  ),
  fc.tuple(fraction, fc.integer({ min: 1, max: 200 })).map(
    ([f, n]): Mutation =>
      (t) =>
        t.slice(0, at(t, f)) + t.slice(at(t, f) + n),
  ),
  fc.tuple(fraction, noise).map(
    ([f, s]): Mutation =>
      (t) =>
        t.slice(0, at(t, f)) + s + t.slice(at(t, f)),
  ),
  fc.tuple(fraction, noise).map(
    ([f, s]): Mutation =>
      (t) =>
        t.slice(0, at(t, f)) + s + t.slice(at(t, f) + 1),
  ),
  fc.tuple(fraction, fc.integer({ min: 1, max: 300 })).map(
    ([f, n]): Mutation =>
      (t) =>
        t.slice(0, at(t, f) + n) + t.slice(at(t, f)),
  ),
);

/** One to three mutations, as one function to apply to any text. */
export const damage: fc.Arbitrary<Mutation> = fc
  .array(mutation, { minLength: 1, maxLength: 3 })
  .map((list) => (text: string) => list.reduce((t, m) => m(t), text));

/** The text, damaged one to three times. */
export const mutatedText = (text: string): fc.Arbitrary<string> => damage.map((m) => m(text));

/** Bytes damaged as latin1 text, so that every byte value can be cut, moved or replaced. */
export const damagedBytes = (bytes: Uint8Array, m: Mutation): Buffer =>
  Buffer.from(m(Buffer.from(bytes).toString('latin1')), 'latin1');

export const mutatedBytes = (bytes: Uint8Array): fc.Arbitrary<Buffer> =>
  damage.map((m) => damagedBytes(bytes, m));
