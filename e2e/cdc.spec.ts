// The declaration of holders to the Caisse des Dépôts end to end (issue 18, item 6): a fictional
// candidate enrolled without sex nor INSEE code is graded and signed through the API and their
// certificate issued; on the Certificats page the certifier gives the CDC identifiers, prepares
// the declaration and finds the holder named as incomplete, completes the record on the
// enrolment form (an impossible INSEE code refused under its field), then downloads the file,
// which holds the certificate and is valid against the CDC schema.
import { readFile } from 'node:fs/promises';
import { cdcSchemaErrors } from '@certeval/core/cdc/cdcSchema.testing';
import { type Browser, expect, test } from '@playwright/test';
import { agreedDeliberation, apiAs, json, readyCandidate, seatedSession } from './journeyApi.ts';
import { DEMO_PASSWORD, signIn } from './signIn.ts';

const CERTIFIER = 'certificateur@demo.certeval.example';
const CANDIDATE = {
  birthName: 'Lefranc',
  firstNames: ['Yanis'],
  birthDate: '1997-02-11',
  birthPlace: 'Dijon (Côte-d’Or)',
  accessRoute: 'continuing_education',
};
const NAME = 'Yanis Lefranc';

/** The candidate signed by a jury and their certificate issued: the candidate's id. */
async function issuedCertificate(browser: Browser): Promise<string> {
  const candidateId = await readyCandidate(browser, CANDIDATE, { tutor: 85, trainer: 80 });
  const seat = await seatedSession(browser, candidateId, {
    startTime: '16:00',
    place: 'Salle de la déclaration, Dijon (démo)',
  });
  const { president, revision } = await agreedDeliberation(
    browser,
    seat.seatId,
    { president: [70, 70, 70], employees: [70, 70, 70], opca: [100, 70, 70] },
    { percentages: { R: 80, PO: 75, OT: 72 }, comment: 'Solide sur les trois domaines.' },
  );
  await json(
    await president.post(`/api/jury/candidates/${seat.seatId}/sign`, {
      data: { password: DEMO_PASSWORD, revision },
    }),
  );
  const certifier = await apiAs(browser, CERTIFIER);
  let batch = await json<{ id: string; status: string }>(
    await certifier.post('/api/certificates/batches', { data: { sessionId: seat.sessionId } }),
  );
  while (batch.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 200));
    batch = await json(await certifier.get(`/api/certificates/batches/${batch.id}`));
  }
  expect(batch.status).toBe('done');
  return candidateId;
}

/** Holders of the other journeys on the same server, completed through the API as the form does. */
async function completeOthers(browser: Browser, organisationId: string, skip: string) {
  const certifier = await apiAs(browser, CERTIFIER);
  const today = new Date().toISOString().slice(0, 10);
  const preview = await json<{ missing: Array<{ candidateId: string }> }>(
    await certifier.get(
      `/api/cdc/declaration?organisationId=${organisationId}&from=2000-01-01&to=${today}`,
    ),
  );
  for (const { candidateId } of preview.missing.filter((m) => m.candidateId !== skip)) {
    const file = await json<{ candidate: object; revision: number }>(
      await certifier.get(`/api/candidates/${candidateId}`),
    );
    await json(
      await certifier.put(`/api/candidates/${candidateId}`, {
        data: {
          candidate: { ...file.candidate, sex: 'female', birthInseeCode: '75056' },
          revision: file.revision,
        },
      }),
    );
  }
}

test('a certifier completes a holder’s record and downloads the declaration to the Caisse des Dépôts', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const candidateId = await issuedCertificate(browser);
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signIn(page, CERTIFIER);
  await page.getByTestId('nav-certificates').click();
  const panel = page.getByTestId('cdc-panel');
  await expect(panel).toBeVisible();
  const organisationId = new URL(page.url()).pathname.split('/')[2] ?? '';
  await completeOthers(browser, organisationId, candidateId);

  // The identifiers the Caisse des Dépôts gave the certifier (fictional).
  await panel.getByTestId('cdc-idClient').fill('DEMO0001');
  await panel.getByTestId('cdc-idContrat').fill('MCFCERDEMO01');
  await panel.getByTestId('cdc-save').click();
  await expect(panel).toContainText('Identifiants enregistrés.');

  // The holder is named as incomplete; no download is offered.
  await panel.getByTestId('cdc-check').click();
  const missing = panel.getByTestId('cdc-missing-holder').filter({ hasText: NAME });
  await expect(missing).toContainText('sexe non renseigné');
  await expect(panel.getByTestId('cdc-download')).toHaveCount(0);

  // The enrolment form takes the sex and the INSEE code; an impossible code is refused in place.
  await missing.getByRole('link', { name: 'Compléter le dossier' }).click();
  const form = page.getByTestId('candidate-form');
  await form.getByTestId('candidate-sex').selectOption('male');
  await form.getByTestId('candidate-birthInseeCode').fill('20004');
  await form.getByTestId('candidate-submit').click();
  await expect(form).toContainText('Les communes de Corse ont un code commençant par 2A ou 2B.');
  await form.getByTestId('candidate-birthInseeCode').fill('21231');
  await form.getByTestId('candidate-submit').click();
  await expect(page).not.toHaveURL(/\/edit$/);

  // Back on the Certificats page, the declaration downloads.
  await page.getByTestId('nav-certificates').click();
  await panel.getByTestId('cdc-check').click();
  await expect(panel.getByTestId('cdc-missing')).toHaveCount(0);
  const download = page.waitForEvent('download');
  await panel.getByTestId('cdc-download').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^declaration-titulaires-.+\.xml$/);
  const xml = await readFile(await file.path(), 'utf8');
  expect(await cdcSchemaErrors(xml)).toEqual([]);
  expect(xml).toContain('<cpf:nomNaissance>Lefranc</cpf:nomNaissance>');
  expect(xml).toContain('<cpf:codeInsee>21231</cpf:codeInsee>');
  expect(xml).toContain('<cpf:idClient>DEMO0001</cpf:idClient>');
  await expect(panel.getByTestId('cdc-download-message')).toContainText('Déclaration téléchargée');
});
