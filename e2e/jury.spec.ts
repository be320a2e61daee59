// A jury session end to end (issue 6): a candidate's file is prepared through the API
// (enrolment, positioning, the tutor's and trainer's final evaluations, put before the jury);
// the certifier convenes a CQP AGC jury of three members, one presiding, and places the
// candidate; each member fills their own grid on the jury guide; the president sees the
// members' percentages side by side with a divergence flag, tries percentages, records the
// agreement and signs with their password; the procès-verbal is downloaded and read back;
// an edit after signing is refused.
import { readFile } from 'node:fs/promises';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { widerThanScreen } from './fits.ts';
import { pdfText, readyCandidate } from './journeyApi.ts';
import { DEMO_PASSWORD, signIn } from './signIn.ts';

const CERTIFIER = 'certificateur@demo.certeval.example';
const MEMBERS = [
  { email: 'jury@demo.certeval.example', name: 'Isabelle Fournier', grades: [70, 70, 30] },
  { email: 'jury.salaries@demo.certeval.example', name: 'Antoine Lebrun', grades: [70, 70, 50] },
  { email: 'jury.opca@demo.certeval.example', name: 'Nadège Collin', grades: [100, 70, 70] },
] as const;
const CQP_AGC = 'Certificat de qualification professionnelle Assistant(e) de gestion client';
const COMMENT = 'Relation client solide ; l’organisation du poste reste à consolider.';

/** A fictional candidate, named apart from the other journeys' on the same server. */
const CANDIDATE = {
  birthName: 'Rivière',
  firstNames: ['Anaïs'],
  birthDate: '1997-02-11',
  birthPlace: 'Montbrison-sur-Lize (Loire)',
  accessRoute: 'professionalisation_contract',
  name: 'Anaïs Rivière',
};

async function newPage(browser: Browser, email: string, role: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await expect(page.getByTestId(`home-${role}`)).toBeVisible();
  return page;
}

/** The certifier convenes the jury on screen and places the candidate; returns the session URL. */
async function convene(page: Page): Promise<string> {
  await page.getByTestId('nav-jury-sessions').click();
  await expect(page.getByTestId('jury-session-list')).toBeVisible();
  await page.getByTestId('new-session-link').click();
  const form = page.getByTestId('new-session-page');
  // Certification and version are chosen by name among the published ones.
  await page.getByTestId('session-certification').selectOption({ label: CQP_AGC });
  await page.getByTestId('session-referentialVersion').selectOption({ label: 'Version 1' });
  await page.getByTestId('session-date').fill(new Date().toISOString().slice(0, 10));
  await form.getByLabel('Lieu (sur site)').fill('Commission paritaire, salle Loire (démo)');
  // A jury of two is refused, each problem shown.
  await page.getByTestId('member-row-2').getByRole('button', { name: 'Retirer ce membre' }).click();
  for (const [k, member] of MEMBERS.slice(0, 2).entries())
    await page.getByTestId(`member-person-${k}`).selectOption({ label: member.name });
  await page.getByTestId('session-submit').click();
  await expect(page.getByTestId('jury-problems')).toContainText(
    "Il manque : représentant(e) de l'OPCA",
  );
  await page.getByTestId('add-member').click();
  await page.getByTestId('member-person-2').selectOption({ label: MEMBERS[2].name });
  await page.getByTestId('member-role-2').selectOption({ label: 'Représentant(e) de l’OPCA' });
  await page
    .getByTestId('member-affiliation-0')
    .fill('Fédération régionale de la biscuiterie (démo)');
  await page.getByTestId('session-submit').click();
  await expect(page.getByTestId('session-page')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('session-members')).toContainText(
    'Isabelle Fournier — Représentant(e) du collège employeurs, préside',
  );
  // The files ready for this jury, found by the server's name search (no accents typed).
  await page.getByTestId('add-candidate-name').fill('zzqx');
  await expect(page.getByTestId('add-candidate-none')).toBeVisible();
  await page.getByTestId('add-candidate-name').fill('anais riviere');
  await expect(page.getByTestId('add-candidate-select').locator('option')).toHaveCount(1);
  await page
    .getByTestId('add-candidate-select')
    .selectOption({ label: `${CANDIDATE.name} — Biscuiterie des Trois Vallées` });
  await page.getByTestId('add-candidate').click();
  const seat = page
    .getByTestId('session-candidates')
    .getByRole('row', { name: new RegExp(CANDIDATE.name) });
  await expect(seat.getByTestId('seat-slot')).toHaveText('09:00–09:45');
  const convocation = page.waitForEvent('download');
  await seat.getByTestId('seat-convocation').click();
  expect(await pdfText(await readFile(await (await convocation).path()))).toContain(CANDIDATE.name);
  return page.url();
}

/** A member opens the candidate's deliberation from their sessions. */
async function openDeliberation(page: Page) {
  await page.getByTestId('nav-my-jury-sessions').click();
  await page.getByTestId('jury-session-list').getByRole('link').first().click();
  const seat = page
    .getByTestId('session-candidates')
    .getByRole('row', { name: new RegExp(CANDIDATE.name) });
  await seat.getByTestId('seat-deliberation').click();
  await expect(page.getByTestId('deliberation-title')).toContainText(CANDIDATE.name);
}

/** A member fills their own grid on the jury guide and submits it. */
async function grade(page: Page, [r, po, ot]: readonly number[]) {
  await openDeliberation(page);
  await page.getByTestId('open-grid').click();
  await expect(page.getByTestId('evaluation-editor')).toBeVisible({ timeout: 15_000 });
  const values: Array<[string, number]> = [
    ['R.1', r ?? 0],
    ['R.2', r ?? 0],
    ['R.3', r ?? 0],
    ['PO.1', po ?? 0],
    ['OT.1', ot ?? 0],
    ['OT.2', ot ?? 0],
    ['OT.3', ot ?? 0],
  ];
  for (const [item, value] of values)
    await page
      .getByRole('radiogroup', { name: `Appréciation de ${item}` })
      .getByRole('radio', { name: new RegExp(`^${value}\\s?%`) })
      .check();
  await expect(page.getByTestId('unrated-count')).toHaveText('Tous les items sont renseignés.');
  await expect(page.getByTestId('save-status-text')).toContainText('Enregistré à', {
    timeout: 15_000,
  });
  await page.getByTestId('submit-evaluation').click();
  await page.getByTestId('submit-confirm').click();
  await expect(page.getByTestId('evaluation-status')).toHaveText('Soumise', { timeout: 15_000 });
}

test('a jury convenes, grades, agrees, signs; the procès-verbal is read back and locked', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const { name: _name, ...identity } = CANDIDATE;
  await readyCandidate(browser, identity, { tutor: 80, trainer: 75 });

  const certifier = await newPage(browser, CERTIFIER, 'certifier_admin');
  await convene(certifier);

  const [president, ...others] = await Promise.all(
    MEMBERS.map((m) => newPage(browser, m.email, 'jury_member')),
  );
  if (!president) throw new Error('no president');
  for (const [k, page] of [president, ...others].entries())
    await grade(page, MEMBERS[k]?.grades ?? []);

  // The president sees every member's percentages side by side: OT spreads by 40 points.
  await openDeliberation(president);
  const comparison = president.getByTestId('comparison-table');
  await expect(comparison).toContainText('Nadège Collin');
  await expect(president.getByTestId('divergence-OT')).toHaveText('Divergence');
  // A spread is written in points, never as a percentage (issue 16, item 5).
  await expect(president.getByTestId('spread-OT')).toContainText('40 points');
  await expect(president.getByTestId('divergence-PO')).toHaveCount(0);
  await president.getByTestId('step-close_grading').click();

  // What-if: OT agreed at 45 % fails the CQP; at 60 % it is awarded.
  const ot = president.getByTestId('agreed-OT');
  await expect(ot).toHaveValue('50');
  await ot.fill('45');
  const whatIf = president.getByTestId('what-if');
  await expect(whatIf.getByTestId('what-if-decision-summary')).toHaveText('CQP non attribué');
  await expect(whatIf.getByTestId('what-if-decision-explanation')).toContainText(
    'Outil / Organisation du travail (OT) non validé : jury 45 % < 50 % minimum',
  );
  await ot.fill('60');
  await expect(whatIf.getByTestId('what-if-decision-summary')).toHaveText('CQP attribué');
  await president.getByTestId('synthesis-comment').fill(COMMENT);
  await president.getByTestId('record-agreement').click();
  await expect(president.getByTestId('deliberation-status')).toHaveText('Décidé, à signer');
  await expect(president.getByTestId('decision-panel-summary')).toHaveText('CQP attribué');
  // The panel leads with one line per domain, then the final verdict (issue 16, item 6); each
  // domain's savoir-faire lines wait, folded, until opened.
  const verdicts = president.getByTestId('decision-panel-verdicts').getByRole('listitem');
  await expect(verdicts).toHaveText([
    /^✓\s*.+ \(R\) validé$/,
    /^✓\s*.+ \(PO\) validé$/,
    /^✓\s*Outil \/ Organisation du travail \(OT\) validé$/,
    /^✓\s*CQP attribué$/,
  ]);
  const explanation = president.getByTestId('decision-panel').locator('details', {
    has: president.getByText('Explication', { exact: true }),
  });
  await explanation.locator('summary').first().click();
  await president.getByTestId('decision-panel-explanation-R').locator('> summary').click();
  const rKnowHow = president.getByTestId('decision-panel-explanation-R-know-how');
  await expect(rKnowHow.locator('li').first()).toBeHidden();
  await rKnowHow.locator('summary').click();
  await expect(rKnowHow.locator('li').first()).toBeVisible();
  await expect(rKnowHow).toContainText('RSF8');
  // The grid in the jury's words; how each savoir-faire was measured, RSF8 by the R lines of M3
  // and the delivery-delay role play, never by M3A5, an OT line (issue 17).
  const panel = president.getByTestId('decision-panel');
  await expect(
    panel.getByRole('columnheader', { name: /Outil \/ Organisation du travail/ }),
  ).toBeVisible();
  await expect(panel.getByRole('rowheader', { name: 'formateur' })).toBeVisible();
  const rsf8 = president.getByTestId('decision-panel-know-how-RSF8');
  await expect(rsf8).toContainText('tuteur : M3A1');
  await expect(rsf8).not.toContainText('M3A5');

  // Signing asks for the password again; a wrong one is refused.
  await president.getByTestId('sign-open').click();
  const dialog = president.getByTestId('sign-dialog');
  await dialog.locator('input[type="password"]').fill('pas-le-bon-mot-de-passe');
  await dialog.getByTestId('sign-confirm').click();
  await expect(dialog).toContainText('Mot de passe incorrect');
  await dialog.locator('input[type="password"]').fill(DEMO_PASSWORD);
  await dialog.getByTestId('sign-confirm').click();
  const locked = president.getByTestId('deliberation-locked');
  await expect(locked).toContainText('Signé par Isabelle Fournier');
  await expect(president.getByTestId('deliberation-status')).toHaveText('Signé, verrouillé');
  await expect(president.getByTestId('sign-open')).toHaveCount(0);

  // The procès-verbal, read back: the jury, the candidate, the decision, the comment, the hash.
  const download = president.waitForEvent('download');
  await locked.getByTestId('download-minutes').click();
  const text = await pdfText(await readFile(await (await download).path()));
  expect(text).toContain('Procès-verbal de délibération du jury');
  expect(text).toContain(
    'Isabelle Fournier représentant(e) du collège employeurs, président(e) du jury',
  );
  expect(text).toContain(
    `09:00-09:45 ${CANDIDATE.name} Biscuiterie des Trois Vallées CQP attribué`,
  );
  expect(text).toContain('Écart (max − min)');
  expect(text).toContain(COMMENT);
  const shown = (await locked.textContent()) ?? '';
  const fingerprint = /SHA-256 ([0-9a-f]{64})/.exec(shown)?.[1];
  expect(fingerprint).toBeDefined();
  expect(text).toContain(`SHA-256 ${fingerprint}`);

  // Issue 16, item 8: on a phone the signed banner keeps within the screen, its fingerprint
  // wrapping instead of being cut.
  await president.setViewportSize({ width: 360, height: 780 });
  await expect(locked).toBeVisible();
  const box = await locked.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
  const fit = await widerThanScreen(president);
  expect(fit.width, fit.culprits.join('; ')).toBeLessThanOrEqual(360);
  const clipped = await locked.evaluate((banner) =>
    [...banner.querySelectorAll('*')].some((e) => e.scrollWidth > e.clientWidth + 1),
  );
  expect(clipped).toBe(false);
  await president.screenshot({
    path: 'test-results/phone/deliberation-signed-360.png',
    fullPage: true,
  });
  await president.setViewportSize({ width: 1280, height: 720 });

  // After signing, an edit is refused by the server (409) and the file is decided.
  const view = await (
    await president.request.get(
      president.url().replace(/.*\/jury\/candidates\//, '/api/jury/candidates/'),
    )
  ).json();
  const edit = await president.request.post(`/api/jury/candidates/${view.id}/agreement`, {
    data: {
      percentages: { R: 100, PO: 100, OT: 100 },
      comment: 'Modification',
      revision: view.revision,
    },
  });
  expect(edit.status()).toBe(409);
  expect((await edit.json()).message.fr).toContain('verrouillée');
  await certifier.reload();
  const seat = certifier
    .getByTestId('session-candidates')
    .getByRole('row', { name: new RegExp(CANDIDATE.name) });
  await expect(seat.getByTestId('deliberation-status')).toHaveText('Signé, verrouillé');
  await expect(seat.getByTestId('seat-decision')).toHaveText('CQP attribué');
  await expect(certifier.getByTestId('session-locked')).toBeVisible();

  // Only the certifier reopens, with a written reason; the signed version is kept.
  await seat.getByTestId('seat-deliberation').click();
  await certifier.getByTestId('reopen-open').click();
  const reason = 'Pourcentage OT mal reporté (e2e).';
  await certifier.getByTestId('reopen-reason').fill(reason);
  await certifier.getByTestId('reopen-confirm').click();
  await expect(certifier.getByTestId('deliberation-status')).toHaveText(
    'Rouvert par le certificateur',
  );
  const history = certifier.getByTestId('deliberation-history');
  await expect(history).toContainText('Version 1 : CQP attribué, signée par Isabelle Fournier');
  await expect(history).toContainText(reason);
});
