// Test support for the credential machinery: the fixture folders and a ready issuer keyring
// for the demo company.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CREDENTIAL_FIXTURES } from '@certeval/core/credentials/sampleCredential.testing';
import { createIssuerKeyring, type IssuerKeyring } from './issuerKeys.ts';

export { CREDENTIAL_FIXTURES };
export const VALIDATOR_FIXTURES = path.join(CREDENTIAL_FIXTURES, 'ob30-validator');
export const TEST_VECTORS = path.join(CREDENTIAL_FIXTURES, 'ob30-test-vectors');

export const readValidatorFixture = (name: string): string =>
  readFileSync(path.join(VALIDATOR_FIXTURES, name), 'utf8');

export const MASTER_SECRET = 'test master secret of at least 32 characters!';
export const ISSUER_ID = 'https://certeval.example/issuers/fromagerie-des-trois-vallees';

export function demoKeyring(now = new Date('2025-01-01T00:00:00Z')): Promise<IssuerKeyring> {
  return createIssuerKeyring({ issuerId: ISSUER_ID, masterSecret: MASTER_SECRET, now });
}
