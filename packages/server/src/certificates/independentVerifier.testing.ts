// The independent verifier of @digitalbazaar/vc, fed the bundled contexts and what our public
// routes publish (the issuer's profile and its keys), read through the app under test.
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import type { FastifyInstance } from 'fastify';
import { loadContext } from '../credentials/contexts.ts';

const PUBLIC_URL = 'http://localhost:3000';

/** Whether @digitalbazaar/vc verifies `credential`, its issuer's keys read from `app`. */
export async function independentlyVerified(
  app: FastifyInstance,
  credential: unknown,
): Promise<boolean> {
  const result = await vc.verifyCredential({
    credential: credential as Record<string, unknown>,
    suite: new DataIntegrityProof({ cryptosuite }),
    documentLoader: async (url: string) => {
      const [base, fragment] = url.split('#');
      if (base?.startsWith(`${PUBLIC_URL}/api/public/issuers/`)) {
        const response = await app.inject({ method: 'GET', url: base.slice(PUBLIC_URL.length) });
        const controller = JSON.parse(response.body);
        const document = fragment
          ? {
              '@context': 'https://w3id.org/security/multikey/v1',
              ...controller.verificationMethod.find((m: { id: string }) => m.id === url),
            }
          : controller;
        return { contextUrl: null, documentUrl: url, document };
      }
      return loadContext(url);
    },
    checkStatus: async () => ({ verified: true }),
  });
  return result.verified;
}
