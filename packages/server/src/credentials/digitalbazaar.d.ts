// Types for the Digital Bazaar libraries we use, which ship none: only the calls this folder
// makes, as their JSDoc documents them.

declare module '@digitalbazaar/vc' {
  export interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }
  export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

  export interface ProofResult {
    proof: Record<string, unknown>;
    verified: boolean;
    error?: Error & { errors?: Error[] };
    purposeResult?: { valid: boolean; error?: Error };
  }

  export interface VerifyCredentialResult {
    verified: boolean;
    results?: ProofResult[];
    error?: Error & { errors?: Error[] };
  }

  export const defaultDocumentLoader: DocumentLoader;

  export class CredentialIssuancePurpose {
    constructor(options?: { controller?: Record<string, unknown>; date?: string | Date });
  }

  export function issue(options: {
    credential: Record<string, unknown>;
    suite: unknown;
    documentLoader?: DocumentLoader;
    now?: string | Date;
  }): Promise<Record<string, unknown>>;

  export function verifyCredential(options: {
    credential: Record<string, unknown>;
    suite: unknown | unknown[];
    documentLoader?: DocumentLoader;
    purpose?: CredentialIssuancePurpose;
    controller?: Record<string, unknown>;
    checkStatus?: (options: unknown) => Promise<{ verified: boolean }>;
    now?: string | Date;
    maxClockSkew?: number;
  }): Promise<VerifyCredentialResult>;
}

declare module '@digitalbazaar/data-integrity' {
  export interface Signer {
    id: string;
    algorithm: string;
    sign(options: { data: Uint8Array }): Promise<Uint8Array>;
  }
  export interface Verifier {
    algorithm: string;
    verify(options: { data: Uint8Array; signature: Uint8Array }): Promise<boolean>;
  }
  export interface Cryptosuite {
    name: string;
    requiredAlgorithm: string | string[];
    canonize(input: unknown, options: Record<string, unknown>): Promise<string>;
    createVerifier(options: { verificationMethod: Record<string, unknown> }): Promise<Verifier>;
  }
  export class DataIntegrityProof {
    constructor(options: {
      signer?: Signer;
      date?: string | Date | null;
      cryptosuite: Cryptosuite;
      legacyContext?: boolean;
    });
    type: string;
    contextUrl: string;
    verificationMethod?: string;
    matchProof(options: { proof: Record<string, unknown> }): Promise<boolean>;
  }
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  import type { Cryptosuite } from '@digitalbazaar/data-integrity';
  export const cryptosuite: Cryptosuite;
}

declare module '@digitalbazaar/ed25519-multikey' {
  export interface Ed25519KeyPair {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
    publicKey: Uint8Array;
    secretKey?: Uint8Array;
    export(options?: {
      publicKey?: boolean;
      secretKey?: boolean;
      includeContext?: boolean;
    }): Promise<Record<string, unknown>>;
  }
  export function generate(options?: {
    id?: string;
    controller?: string;
    seed?: Uint8Array;
  }): Promise<Ed25519KeyPair>;
  export function from(key: Record<string, unknown>): Promise<Ed25519KeyPair>;
}

declare module 'rdf-canonize' {
  export const NQuads: { parse(input: string): unknown[] };
  export function canonize(
    dataset: unknown[],
    options: { algorithm: 'RDFC-1.0'; format: 'application/n-quads' },
  ): Promise<string>;
}
