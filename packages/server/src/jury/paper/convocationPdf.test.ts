// Opens the convocation letter (pdf.js) and checks what the candidate reads: when, where, how
// long, how the test runs and what to bring (seed 002: the candidate presents their tools; seed
// 001: a VAE candidate presents their experience and is interviewed on their booklet).
import { describe, expect, it } from 'vitest';
import { readPdfText } from '../../platform/pdf/pdfText.ts';
import { convocation } from './juryPaperTestData.testing.ts';
import { renderConvocationPdf } from './renderJuryPdf.ts';

describe('the convocation letter', () => {
  it('convenes the candidate on site for 45 minutes, with their work tools and accommodations', async () => {
    const pdf = await readPdfText(await renderConvocationPdf(convocation()));
    expect(pdf.pages).toHaveLength(1);
    const [page = ''] = pdf.pages;
    expect(page).toContain('Hélène Lefèvre-Nguyễn 3, allée des Œillets 88000 Épinal');
    expect(page).toContain('Le vendredi 20 février 2026');
    expect(page).toContain(
      "Objet : convocation à l'épreuve devant le jury, CQP Assistant(e) de Gestion Client",
    );
    expect(page).toContain(
      "Vous êtes convoqué(e) à l'épreuve devant le jury du CQP Assistant(e) de Gestion Client le jeudi 12 mars 2026, de 09:00 à 09:45 (45 minutes).",
    );
    expect(page).toContain('Durée 45 minutes');
    expect(page).toContain('Lieu Biscuiterie des Trois Vallées, salle « Garonne », Épinal');
    expect(page).toContain("Déroulement de l'épreuve Présentation de votre outil de travail");
    expect(page).toContain(
      "À apporter Votre outil de travail : tableau de bord, liste d'appels, documents d'enregistrement utilisés au niveau du poste",
    );
    expect(page).toContain('Aménagements prévus Tiers temps (référent handicap)');
    expect(page).toContain(
      'Pour le certificateur, Commission paritaire démo de l’alimentaire Hélène Marchetti Chargée de certification',
    );
  }, 30_000);

  it('gives the link of a remote test, and in English says how to ask for an accommodation', async () => {
    const pdf = await readPdfText(await renderConvocationPdf(convocation(true), { lang: 'en' }));
    const [page = ''] = pdf.pages;
    expect(page).toContain('Link to join https://visio.demo.certeval.example/jury-2026-03-12');
    expect(page).toContain('The test is held remotely');
    expect(page).toContain('on Thursday, 12 March 2026, from 09:00 to 09:45 (45 minutes)');
    expect(page).toContain('You present your work tools');
    expect(page).toContain(
      'If your situation (a disability, in particular) calls for an accommodation',
    );
    expect(page).not.toContain('Accommodations agreed');
  }, 30_000);

  it('tells a VAE candidate of the oral presentation and the interview on their booklet, in French and English, not of the workstation', async () => {
    const [fr = ''] = (await readPdfText(await renderConvocationPdf(convocation(false, 'vae'))))
      .pages;
    expect(fr).toContain(
      "Vous êtes convoqué(e) à l'épreuve devant le jury du CQP Assistant(e) de Gestion Client le jeudi 12 mars 2026, de 09:00 à 09:45 (45 minutes).",
    );
    expect(fr).toContain('Lieu Biscuiterie des Trois Vallées, salle « Garonne », Épinal');
    expect(fr).toContain(
      "Déroulement de l'épreuve Présentation orale de votre expérience, sur la base de votre livret descriptif d’activité et des documents techniques qui l’accompagnent Entretien avec les membres du jury, qui ont lu votre livret",
    );
    expect(fr).toContain("À apporter Une pièce d'identité");
    expect(fr).not.toContain('poste de travail');
    expect(fr).not.toContain('outil de travail');
    const [en = ''] = (
      await readPdfText(await renderConvocationPdf(convocation(true, 'vae'), { lang: 'en' }))
    ).pages;
    expect(en).toContain('on Thursday, 12 March 2026, from 09:00 to 09:45 (45 minutes)');
    expect(en).toContain(
      'An oral presentation of your experience, based on your descriptive activity booklet',
    );
    expect(en).toContain('An interview with the jury members, who have read your booklet');
    expect(en).not.toContain('workstation');
    expect(en).not.toContain('work tools');
  }, 30_000);
});
