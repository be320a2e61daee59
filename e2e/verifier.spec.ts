// The public verifier against a forgery (issue 14): a credential that names the demo certifier
// as its issuer but is signed with a did:key of the forger's own, uploaded at /verifier without
// an account, reads "non vérifié" with its reason — in French, then in English — and never
// "valide"; the check of the issuer's key is marked not verified, the signature as passed.
import { expect, test } from '@playwright/test';
import { openBadgeCredential } from '../packages/core/src/credentials/openBadgeCredential.ts';
import {
  SAMPLE_SECRETS,
  sampleOpenBadgeInput,
} from '../packages/core/src/credentials/sampleCredential.testing.ts';
import { didKeyIssuer } from '../packages/server/src/credentials/issuers.testing.ts';
import { signCredential } from '../packages/server/src/credentials/signCredential.ts';
import { apiAs, json } from './journeyApi.ts';

const CERTIFIER = 'certificateur@demo.certeval.example';

type Me = { memberships: Array<{ organisationId: string; role: string }> };

/** The demo certifier's issuer id, as its credentials carry it. */
async function certifierIssuerId(browser: Parameters<typeof apiAs>[0]): Promise<string> {
  const api = await apiAs(browser, CERTIFIER);
  const me = await json<Me>(await api.get('/api/me'));
  const certifier = me.memberships.find((m) => m.role === 'certifier_admin');
  const keys = await json<{ issuerId: string }>(
    await api.get(`/api/certificates/keys?organisationId=${certifier?.organisationId}`),
  );
  return keys.issuerId;
}

test('a forged credential uploaded to /verifier says non vérifié with its reason, in French and English', async ({
  browser,
  page,
}) => {
  const forger = await didKeyIssuer();
  const input = sampleOpenBadgeInput({
    issuer: {
      id: await certifierIssuerId(browser),
      name: 'Commission paritaire démo de l’alimentaire',
    },
    holder: { name: 'Mallory Faussaire', birthDate: '1990-01-01' },
    status: undefined,
  });
  const forged = await signCredential(openBadgeCredential(input, SAMPLE_SECRETS), forger.key);

  await page.goto('/verifier');
  await expect(page.getByTestId('verify-page')).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles({
    name: 'credential.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(forged)),
  });
  await page.getByTestId('verify-file-submit').click();

  const verdict = page.getByTestId('upload-verdict');
  await expect(verdict).toHaveAttribute('data-outcome', 'unverified');
  await expect(verdict).toContainText('Credential non vérifié : l’émetteur n’est pas prouvé.');
  await expect(verdict).toContainText('n’est pas une clé que');
  await expect(verdict).not.toContainText('Credential valide');
  await expect(page.getByTestId('check-issuer_key')).toHaveAttribute('data-outcome', 'unverified');
  await expect(page.getByTestId('check-issuer_key')).toContainText('non vérifié');
  await expect(page.getByTestId('check-signature')).toHaveAttribute('data-ok', 'true');
  // The birth date is not in the file, only its hash: a verifier who knows it compares.
  await page.getByTestId('birth-date').fill('1990-01-01');
  await page.getByTestId('birth-date-check').getByRole('button').click();
  await expect(page.getByTestId('birth-date-result')).toContainText('correspond à celle');

  await page.getByTestId('language-en').click();
  await expect(verdict).toContainText('Credential not verified: the issuer is not proven.');
  await expect(verdict).toContainText('is not one');
  await expect(verdict).not.toContainText('Valid credential');
  await expect(page.getByTestId('check-issuer_key')).toContainText('not verified');
});
