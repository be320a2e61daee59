// Test support for issuers other than ours: a real local HTTP server (node:http) that publishes
// documents at paths (a did:web document, an issuer profile, a status list), and signing keys
// for a did:key or a did:web issuer. Verifiers reach the server only when the configuration
// allows private addresses (CERTEVAL_FETCH_ALLOW_PRIVATE=1, tests only).
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { DID_CONTEXT, MULTIKEY_CONTEXT } from './contexts.ts';
import { generateIssuerKey, type SigningKey, unsealSigningKey } from './issuerKeys.ts';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface DocumentServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  /** Publishes `document` (JSON) at `path`. */
  serve(path: string, document: unknown): void;
  /** Answers requests to `path` with `handler`. */
  handle(path: string, handler: Handler): void;
  /** How many requests `path` received. */
  hits(path: string): number;
  close(): Promise<void>;
}

export async function startDocumentServer(): Promise<DocumentServer> {
  const routes = new Map<string, Handler>();
  const counts = new Map<string, number>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://local').pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const handler = routes.get(path);
    if (handler) return handler(request, response);
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    serve(path, document) {
      routes.set(path, (_request, response) =>
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify(document)),
      );
    },
    handle(path, handler) {
      routes.set(path, handler);
    },
    hits: (path) => counts.get(path) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A TCP port where nothing listens (it was free a moment ago). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const SECRET = 'issuers.testing master secret, 32+ characters long';

/** A signing key of `controller`, its verification method `<controller>#<multibase>`. */
export async function signingKeyUnder(
  controller: string,
  seed = randomBytes(32),
): Promise<SigningKey> {
  const key = await generateIssuerKey({
    issuerId: controller,
    masterSecret: SECRET,
    now: new Date('2025-01-01T00:00:00Z'),
    seed,
  });
  return unsealSigningKey(key, SECRET);
}

/** A did:key of one's own: the DID is the public key, its signing key `did:key:z…#z…`. */
export async function didKeyIssuer(): Promise<{ did: string; key: SigningKey }> {
  const seed = randomBytes(32);
  const pair = await Ed25519Multikey.generate({ seed });
  const did = `did:key:${pair.publicKeyMultibase}`;
  return { did, key: await signingKeyUnder(did, seed) };
}

/** The did:web DID of the document server (port percent-encoded, as did:web writes it). */
export const didWebOf = (server: DocumentServer) => `did:web:127.0.0.1%3A${server.port}`;

/** A DID document (or an issuer profile) publishing `keys` as assertion methods of `id`. */
export function keysDocument(id: string, keys: readonly SigningKey[]): Record<string, unknown> {
  return {
    '@context': [DID_CONTEXT, MULTIKEY_CONTEXT],
    id,
    verificationMethod: keys.map((key) => ({
      id: key.id,
      type: 'Multikey',
      controller: key.controller,
      publicKeyMultibase: key.publicKeyMultibase,
    })),
    assertionMethod: keys.map((key) => key.id),
  };
}

/** A did:web issuer published by `server` at /.well-known/did.json, with its signing key. */
export async function didWebIssuer(
  server: DocumentServer,
): Promise<{ did: string; key: SigningKey }> {
  const did = didWebOf(server);
  const key = await signingKeyUnder(did);
  server.serve('/.well-known/did.json', keysDocument(did, [key]));
  return { did, key };
}
