// Opens the procès-verbal with an independent reader (pdf.js) and checks what a certifier
// would read: the session, the jury and its seats, per candidate the members' appreciations,
// the synthesis grid, the decision explained (with the blocs acquired on the VAE route), the
// comment and the signature, then the lock and the fingerprint of the content.
import { canonicalJson } from '@certeval/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type PdfText, readPdfText } from '../../platform/pdf/pdfText.ts';
import { minutes, vaeMinutes } from './juryPaperTestData.testing.ts';
import { minutesHash } from './minutesHash.ts';
import { renderMinutesPdf } from './renderJuryPdf.ts';

describe('the procès-verbal of a signed session', () => {
  let pdf: PdfText;
  let hash: string;
  beforeAll(async () => {
    const rendered = await renderMinutesPdf(minutes());
    hash = rendered.hash;
    pdf = await readPdfText(rendered.pdf);
  }, 30_000);

  it('has a first page, one page per candidate, the signatures, each numbered and fingerprinted', () => {
    // Each candidate's explanation lists the items that measured each savoir-faire: the first
    // candidate's signature line runs onto a page of its own, and the signatures take another.
    expect(pdf.pages).toHaveLength(5);
    pdf.pages.forEach((page, i) => {
      expect(page).toContain(`page ${i + 1} / 5`);
      expect(page).toContain(`SHA-256 ${hash}`);
    });
    for (const size of pdf.sizes) expect(size).toEqual([595.28, 841.89]);
  });

  it('states the session, the jury with each seat, and the candidates with their decision', () => {
    const first = pdf.pages[0] ?? '';
    expect(first).toContain('Procès-verbal de délibération du jury');
    expect(first).toContain('Commission paritaire démo de l’alimentaire');
    expect(first).toContain('jeudi 12 mars 2026');
    expect(first).toContain('Sur site : Biscuiterie des Trois Vallées, salle « Garonne », Épinal');
    expect(first).toContain('cqp-agc-rules, version 1 (référentiel version 1)');
    expect(first).toContain(
      'Claire Dubreuil représentant(e) du collège employeurs, président(e) du jury Fédération des biscuitiers',
    );
    expect(first).toContain("Nadia Ferrand représentant(e) de l'OPCA OPCA démo");
    expect(first).toContain(
      '09:00-09:45 Hélène Lefèvre-Nguyễn Biscuiterie Dupré & Fils CQP attribué',
    );
    expect(first).toContain('09:45-10:30 Lucas Moreau Conserverie du Lac CQP non attribué');
  });

  it("prints each member's appreciation, the spread, and flags the divergence", () => {
    const page = pdf.pages[3] ?? '';
    expect(page).toContain('Grille de report des appréciations individuelles');
    expect(page).toContain('Claire Dubreuil 80 % 70 % 36,67 %');
    expect(page).toContain('Écart (max − min) 0 % 0 % 33,33 % *');
    expect(page).toContain('* écart supérieur à 20 points : divergence signalée au président');
    expect(pdf.pages[1]).not.toContain('divergence signalée');
  });

  it('prints the synthesis grid with tutor, trainer and jury per domain, and the decision explained', () => {
    const page = pdf.pages[3] ?? '';
    expect(page).toContain('Grille de synthèse');
    expect(page).toContain('tuteur 82 % 76 % 71 %');
    expect(page).toContain('formateur 74 % 80 % 68 %');
    expect(page).toContain('jury 75 % 70 % 45 %');
    expect(page).toContain('Moyenne 77 % 75,33 % 61,33 %');
    expect(page).toContain(
      'Résultat Relation client / Argumentation (R) validé Produits / Offres commerciales (PO) validé Outil / Organisation du travail (OT) non validé',
    );
    expect(page).toContain(
      'Décision : CQP non attribué Jeu de règles : cqp-agc-rules, version 1 (référentiel version 1)',
    );
    expect(page).toContain(
      'Outil / Organisation du travail (OT) non validé : jury 45 % < 50 % minimum',
    );
    expect(page).toContain(
      'Outil / Organisation du travail (OT) non validé : moyenne (tuteur, formateur, jury) 61,33 % ≤ 70 % (doit dépasser 70 %)',
    );
    // The training rule set validates no bloc on its own: no blocs on these pages.
    expect(pdf.pages.join(' ')).not.toContain('Blocs de compétences acquis');
  });

  it('prints the synthesis comment and the signature with its time', () => {
    const page = pdf.pages[3] ?? '';
    expect(page).toContain("Relation client solide. L'organisation du travail reste insuffisante");
    expect(pdf.pages[4]).toContain(
      'Signé par Claire Dubreuil, président(e) du jury, le 12/03/2026 à 17:20 · Version 1',
    );
    expect(pdf.pages[1]).toContain('l’organisation du poste est exemplaire');
  });

  it('ends with the president’s signature, the lock and the full fingerprint', () => {
    const last = pdf.pages.at(-1) ?? '';
    expect(last).toContain(
      'Le président du jury : Claire Dubreuil, signé électroniquement le 12/03/2026 à 17:20, après ré-authentification',
    );
    expect(last).toContain('Verrouillé : procès-verbal signé.');
    expect(last).toContain(`Empreinte SHA-256 du contenu : ${hash}`);
  });

  it('fingerprints the content: the same minutes give the same hash, any change another', () => {
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(minutesHash(JSON.parse(canonicalJson(minutes())))).toBe(hash);
    const changed = minutes();
    const first = changed.candidates[0];
    if (first) first.comment = `${first.comment} `;
    expect(minutesHash(changed)).not.toBe(hash);
  });
});

describe('minutes not yet signed, and in English', () => {
  it('say DRAFT, not locked, and that the signature is pending', async () => {
    const pdf = await readPdfText((await renderMinutesPdf(minutes(false))).pdf);
    const text = pdf.pages.join(' ');
    expect(text).toContain('PROJET, non verrouillé');
    expect(text).toContain('Le président du jury : Claire Dubreuil, signature en attente');
    expect(text).toContain('Non signé · Version 1');
    expect(text).not.toContain('Verrouillé :');
  }, 30_000);

  it('print the English words and percentages', async () => {
    const pdf = await readPdfText((await renderMinutesPdf(minutes(), { lang: 'en' })).pdf);
    const text = pdf.pages.join(' ');
    expect(text).toContain("Minutes of the jury's deliberation");
    expect(text).toContain('Thursday, 12 March 2026');
    expect(text).toContain(
      'Outil / Organisation du travail (OT) not validated: jury 45% < 50% minimum',
    );
    expect(text).toContain('Signed by Claire Dubreuil, jury president, on 12/03/2026 at 17:20');
    expect(text).toContain('Locked: signed minutes.');
  }, 30_000);
});

describe('the procès-verbal of a VAE candidate, blocs validated on their own', () => {
  it('lists the blocs acquired under the decision, CQP not awarded, and explains each bloc', async () => {
    const pdf = await readPdfText((await renderMinutesPdf(vaeMinutes())).pdf);
    const text = pdf.pages.join(' ');
    expect(text).toContain(
      'Décision : CQP non attribué Jeu de règles : cqp-agc-vae-rules, version 1 (référentiel version 1) ' +
        'Blocs de compétences acquis : RNCP28795BC03 · Proposer des solutions adaptées aux besoins ' +
        'du client au regard de l’offre et de la politique commerciale de l’entreprise Explication',
    );
    expect(text).toContain(
      'Bloc de compétences RNCP28795BC02 non acquis : OTSF5 relève du domaine Outil / Organisation du travail (OT), non validé',
    );
  }, 30_000);

  it('says so in English', async () => {
    const pdf = await readPdfText((await renderMinutesPdf(vaeMinutes(), { lang: 'en' })).pdf);
    const text = pdf.pages.join(' ');
    expect(text).toContain('Skills blocs acquired: RNCP28795BC03 · Proposer des solutions');
    expect(text).toContain(
      'Skills bloc RNCP28795BC01 not acquired: OTSF1, OTSF2, OTSF3, OTSF4, OTSF5, OTSF6, OTSF7, ' +
        'OTSF8, OTSF9 belong to domain Outil / Organisation du travail (OT), not validated',
    );
  }, 30_000);
});
