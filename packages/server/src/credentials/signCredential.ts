// Signs a credential with a DataIntegrityProof (eddsa-rdfc-2022) of the issuer's Ed25519 key.
// The contexts come from the bundled loader (contexts.ts): signing never fetches anything.
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsa } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { issue } from '@digitalbazaar/vc';
import { templatedCanonize } from './canonicalTemplates.ts';
import { loadContext } from './contexts.ts';
import type { SigningKey } from './issuerKeys.ts';

// Certificates of a session share their shape: their canonicalization reuses it (see
// canonicalTemplates.ts), which makes signing about ten times faster.
const cryptosuite = { ...eddsa, canonize: templatedCanonize(eddsa.canonize) };

// `proof` is always an array, as the 1EdTech Open Badges 3.0 JSON schema requires (a VC 2.0
// verifier reads one proof or a set alike; verifyProofs.ts accepts both from other issuers).
export type SignedCredential = Record<string, unknown> & { proof: Record<string, unknown>[] };

/**
 * Adds the proof of `key` to a copy of `credential`. `created` defaults to now; give it to
 * reproduce a test vector.
 */
export async function signCredential(
  credential: Record<string, unknown>,
  key: SigningKey,
  options: { created?: Date | string } = {},
): Promise<SignedCredential> {
  const suite = new DataIntegrityProof({
    signer: key.signer,
    cryptosuite,
    date: options.created ?? new Date(),
  });
  const signed = await issue({
    credential: structuredClone(credential),
    suite,
    documentLoader: loadContext,
  });
  const { proof } = signed as { proof: Record<string, unknown> | Record<string, unknown>[] };
  return { ...signed, proof: Array.isArray(proof) ? proof : [proof] };
}
