// The JSON-LD contexts a credential may name, bundled so that nothing is ever fetched: a
// context is a format, and a signature covers what it says. Sources and licences: contexts/README.md.
import { defaultDocumentLoader } from '@digitalbazaar/vc';
import dataIntegrityV1 from './contexts/data-integrity-v1.json' with { type: 'json' };
import dataIntegrityV2 from './contexts/data-integrity-v2.json' with { type: 'json' };
import didV1 from './contexts/did-v1.json' with { type: 'json' };
import ed25519Signature2020V1 from './contexts/ed25519-signature-2020-v1.json' with {
  type: 'json',
};
import multikeyV1 from './contexts/multikey-v1.json' with { type: 'json' };
import ob300 from './contexts/ob-v3p0-3.0.0.json' with { type: 'json' };
import ob301 from './contexts/ob-v3p0-3.0.1.json' with { type: 'json' };
import ob302 from './contexts/ob-v3p0-3.0.2.json' with { type: 'json' };
import ob303 from './contexts/ob-v3p0-3.0.3.json' with { type: 'json' };
import obExtensions from './contexts/ob-v3p0-extensions.json' with { type: 'json' };

export const VC_V1_CONTEXT = 'https://www.w3.org/2018/credentials/v1';
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1';
export const DID_CONTEXT = 'https://www.w3.org/ns/did/v1';

const bundled = new Map<string, unknown>([
  ['https://purl.imsglobal.org/spec/ob/v3p0/context.json', ob300],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json', ob301],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json', ob302],
  [OB_CONTEXT, ob303],
  ['https://purl.imsglobal.org/spec/ob/v3p0/extensions.json', obExtensions],
  ['https://w3id.org/security/data-integrity/v1', dataIntegrityV1],
  ['https://w3id.org/security/data-integrity/v2', dataIntegrityV2],
  ['https://w3id.org/security/suites/ed25519-2020/v1', ed25519Signature2020V1],
  [MULTIKEY_CONTEXT, multikeyV1],
  [DID_CONTEXT, didV1],
]);

// The W3C credentials contexts (v1, v2) and the security contexts come with @digitalbazaar/vc.
const FROM_VC = [
  VC_V1_CONTEXT,
  VC_V2_CONTEXT,
  'https://w3id.org/security/v1',
  'https://w3id.org/security/v2',
];

/** Every context URL a credential may use; any other is reported as unknown. */
export const KNOWN_CONTEXTS: ReadonlySet<string> = new Set([...bundled.keys(), ...FROM_VC]);

export interface LoadedDocument {
  contextUrl: null;
  documentUrl: string;
  document: unknown;
}

/** Thrown by the document loaders for a URL that is neither a bundled context nor a known key. */
export class UnknownDocumentError extends Error {
  readonly url: string;
  constructor(url: string) {
    super(`Unknown context or document (nothing is fetched): ${url}`);
    this.name = 'UnknownDocumentError';
    this.url = url;
  }
}

/** Loads a bundled context, or throws UnknownDocumentError: never touches the network. */
export async function loadContext(url: string): Promise<LoadedDocument> {
  const own = bundled.get(url);
  if (own !== undefined) return { contextUrl: null, documentUrl: url, document: own };
  if (FROM_VC.includes(url)) {
    const { document } = await defaultDocumentLoader(url);
    return { contextUrl: null, documentUrl: url, document };
  }
  throw new UnknownDocumentError(url);
}

/**
 * A loader for the contexts plus a few documents of its own (a key, its controller), as the
 * signature libraries ask for them by URL.
 */
export function documentLoaderWith(
  documents: ReadonlyMap<string, unknown>,
): (url: string) => Promise<LoadedDocument> {
  return async (url) => {
    const document = documents.get(url);
    if (document !== undefined) return { contextUrl: null, documentUrl: url, document };
    return loadContext(url);
  };
}

/** Every context URL named in a document, at any depth (embedded credentials have their own). */
export function contextUrls(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) contextUrls(item, found);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === '@context') collectContext(item, found);
      else contextUrls(item, found);
    }
  }
  return found;
}

// A context is a URL, an inline definition (whose terms may have scoped contexts or an
// @import), or a list of those.
function collectContext(context: unknown, found: Set<string>): void {
  const entries = Array.isArray(context) ? context : [context];
  for (const entry of entries) {
    if (typeof entry === 'string') found.add(entry);
    else if (entry !== null && typeof entry === 'object') {
      const { '@import': imported, ...terms } = entry as Record<string, unknown>;
      if (typeof imported === 'string') found.add(imported);
      contextUrls(terms, found);
    }
  }
}
