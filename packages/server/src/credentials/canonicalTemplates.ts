// Fast RDF canonicalization of documents that share a shape. JSON-LD expansion is ~90 % of the
// cost of signing (about 20 ms for a certificate), while the credentials of a session differ
// only in their values: names, numbers, dates, URLs. So the first document of each shape is
// expanded with a placeholder in every value; later documents of that shape reuse the RDF
// dataset with their values put back, and only the canonicalization proper runs (~2 ms).
//
// Safe by construction and by check: a placeholder is kept only where JSON-LD copies a value
// unchanged (a literal, or an http(s) IRI in an IRI position); keys, types, contexts and enum
// values are part of the shape; and the first document of a shape must canonicalize exactly as
// the plain path does, otherwise the shape always takes the plain path.
import { randomBytes } from 'node:crypto';
import type { Cryptosuite } from '@digitalbazaar/data-integrity';
import * as rdfCanonize from 'rdf-canonize';

type Canonize = Cryptosuite['canonize'];
type Term = { termType: string; value: string; datatype?: Term; language?: string };
type Quad = { subject: Term; predicate: Term; object: Term; graph: Term };

// Values that select a meaning (types, vocabulary terms, enumerations) stay in the shape.
const VERBATIM_KEYS = new Set([
  '@context',
  '@type',
  'type',
  'proofPurpose',
  'cryptosuite',
  'statusPurpose',
  'achievementType',
  'resultType',
  'status',
  'identityType',
  'identifierType',
  'targetType',
]);

// An absolute http(s) IRI: JSON-LD copies it unchanged wherever it stands.
const HTTP_IRI = /^https?:\/\/\S*$/;
const NONCE = randomBytes(6).toString('hex');
const MAX_SHAPES = 256;

interface Shape {
  key: string;
  values: string[];
}

/** The shape of a document (all but its free values) and those values, in walk order. */
function shapeOf(document: unknown): Shape {
  const values: string[] = [];
  const walk = (value: unknown, verbatim: boolean): unknown => {
    if (Array.isArray(value)) return value.map((item) => walk(item, verbatim));
    if (value !== null && typeof value === 'object') {
      return Object.entries(value).map(([key, item]) => [
        key,
        walk(item, verbatim || VERBATIM_KEYS.has(key)),
      ]);
    }
    if (typeof value !== 'string' || verbatim) return value;
    values.push(value);
    return { v: HTTP_IRI.test(value) ? 'iri' : 'text' };
  };
  const key = JSON.stringify(walk(document, false));
  return { key, values };
}

const placeholder = (index: number, iri: boolean): string =>
  iri ? `https://placeholder.invalid/${NONCE}/${index}` : `p${NONCE}v${index}`;

/** The document with each free value replaced by its placeholder. */
function withPlaceholders(document: unknown, values: readonly string[]): unknown {
  let index = 0;
  const walk = (value: unknown, verbatim: boolean): unknown => {
    if (Array.isArray(value)) return value.map((item) => walk(item, verbatim));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [
          key,
          walk(item, verbatim || VERBATIM_KEYS.has(key)),
        ]),
      );
    }
    if (typeof value !== 'string' || verbatim) return value;
    const at = index++;
    return placeholder(at, HTTP_IRI.test(values[at] ?? ''));
  };
  return walk(document, false);
}

/** For each term of the template: which value it takes, or undefined when it is fixed. */
interface Template {
  quads: Quad[];
  slots: Map<string, number>;
}

const PLACEHOLDER = new RegExp(`(https://placeholder\\.invalid/${NONCE}/|p${NONCE}v)(\\d+)`);

/** Builds the template of a shape, or undefined when a placeholder was transformed. */
function template(nquads: string): Template | undefined {
  const quads = rdfCanonize.NQuads.parse(nquads) as Quad[];
  const slots = new Map<string, number>();
  for (const quad of quads) {
    for (const term of [quad.subject, quad.predicate, quad.object, quad.graph]) {
      // Input labels named like the canonical ones (c14nN) get mixed up with those issued.
      if (term.termType === 'BlankNode') term.value = `t${term.value}`;
      const match = PLACEHOLDER.exec(term.value);
      if (!match) continue;
      // Kept only when the value is the whole term, and is a literal (copied as it is) or an
      // http(s) IRI in an IRI position; a text resolved into an IRI depends on its value.
      const whole = match[0] === term.value;
      const iri = match[1]?.startsWith('https') ?? false;
      const copied = term.termType === 'Literal' || (term.termType === 'NamedNode' && iri);
      if (!whole || !copied) return undefined;
      slots.set(term.value, Number(match[2]));
    }
  }
  return { quads, slots };
}

function instantiate(found: Template, values: readonly string[]): Quad[] {
  const put = (term: Term): Term => {
    const slot = found.slots.get(term.value);
    return slot === undefined ? term : { ...term, value: values[slot] ?? '' };
  };
  return found.quads.map((quad) => ({
    subject: put(quad.subject),
    predicate: quad.predicate,
    object: put(quad.object),
    graph: quad.graph,
  }));
}

const termKey = (term: Term): string =>
  `${term.termType} ${term.value} ${term.datatype?.value ?? ''} ${term.language ?? ''}`;

// JSON-LD merges two nodes with the same IRI and drops the statements they share: when two
// values put back are the same IRI, the same must happen here.
function distinct(dataset: Quad[]): Quad[] {
  const seen = new Set<string>();
  return dataset.filter((quad) => {
    const key = [quad.subject, quad.predicate, quad.object, quad.graph].map(termKey).join('\n');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const canonical = (dataset: Quad[]): Promise<string> =>
  rdfCanonize.canonize(distinct(dataset), { algorithm: 'RDFC-1.0', format: 'application/n-quads' });

/**
 * A canonize function with the same results as `plain`, faster for repeated shapes.
 * Values that are not http(s) IRIs but sit where an IRI is expected (a did:key, a urn:uuid)
 * make their shape take the plain path.
 */
export function templatedCanonize(plain: Canonize): Canonize {
  const shapes = new Map<string, Template | 'plain'>();
  return async (input, options) => {
    const shape = shapeOf(input);
    const found = shapes.get(shape.key);
    if (found === 'plain') return plain(input, options);
    if (found === undefined) {
      const expected = await plain(input, options);
      const templated = await plain(withPlaceholders(input, shape.values), options).catch(() => '');
      const built = templated ? template(templated) : undefined;
      const agrees = built && (await canonical(instantiate(built, shape.values))) === expected;
      if (shapes.size >= MAX_SHAPES) shapes.clear();
      shapes.set(shape.key, agrees && built ? built : 'plain');
      return expected;
    }
    return canonical(instantiate(found, shape.values));
  };
}
