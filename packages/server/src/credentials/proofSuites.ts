// The proofs we verify, all Ed25519 over RDF-canonicalized data: DataIntegrityProof with the
// eddsa-rdfc-2022 cryptosuite (what we sign), the same algorithm under its draft name
// eddsa-2022, and the older Ed25519Signature2020 suite, whose verify data is built the same
// way (hash of the canonical proof options, then of the canonical document).
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';

const DATA_INTEGRITY_V1 = 'https://w3id.org/security/data-integrity/v1';
const ED25519_2020_CONTEXT = 'https://w3id.org/security/suites/ed25519-2020/v1';

export type ProofKind = 'eddsa-rdfc-2022' | 'eddsa-2022' | 'Ed25519Signature2020';

class Ed25519Signature2020 extends DataIntegrityProof {
  constructor() {
    super({ cryptosuite: { ...cryptosuite, name: 'Ed25519Signature2020' } });
    this.type = 'Ed25519Signature2020';
    this.contextUrl = ED25519_2020_CONTEXT;
  }

  override async matchProof({ proof }: { proof: Record<string, unknown> }): Promise<boolean> {
    return proof.type === 'Ed25519Signature2020';
  }
}

/** Which of our suites verifies `proof`, if any. */
export function proofKind(proof: unknown): ProofKind | undefined {
  if (proof === null || typeof proof !== 'object') return undefined;
  const { type, cryptosuite: suite } = proof as Record<string, unknown>;
  if (type === 'Ed25519Signature2020') return 'Ed25519Signature2020';
  if (type !== 'DataIntegrityProof') return undefined;
  if (suite === 'eddsa-rdfc-2022' || suite === 'eddsa-2022') return suite;
  return undefined;
}

const includes = (context: unknown, url: string): boolean =>
  context === url || (Array.isArray(context) && context.includes(url));

/** A verifying suite for a proof of `kind` on `document`. */
export function verifyingSuite(kind: ProofKind, document: Record<string, unknown>): unknown {
  if (kind === 'Ed25519Signature2020') return new Ed25519Signature2020();
  // A VC 1.1 credential carries the data-integrity v1 context; adding v2 to its proof options
  // would redefine protected terms.
  const legacyContext = includes(document['@context'], DATA_INTEGRITY_V1);
  return new DataIntegrityProof({ cryptosuite: { ...cryptosuite, name: kind }, legacyContext });
}
