// The VAE candidate's descriptive activity booklet (issue 6, item 5; seed 001, "accès par la
// VAE : un livret descriptif d'activité rempli par le candidat, éventuellement accompagné de
// documents techniques"): written and saved on a revision, documents attached and refused,
// read only by its candidate, its company's pilot, the certifier and the jury of its session;
// once submitted it no longer changes and the file goes before the jury.
import { bookletEvidence, evaluatingItems } from '@certeval/core/evaluation/bookletEvidence';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cqpJury, type Journey, journey, today } from '../jury/juryJourney.testing.ts';
import { readPdfText } from '../platform/pdf/pdfText.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { signInCookie } from '../test/sessions.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let j: Journey;
let camille: string;
let url: string;

beforeAll(async () => {
  t = await createDemoTestApp();
  j = await journey(t);
  j.cookies.vae = await signInCookie(t.app, 'candidat.vae@demo.certeval.example');
  j.cookies.lucas = await signInCookie(t.app, 'candidat@demo.certeval.example');
  const files = (await j.call('GET', '/api/candidates', 'pilot')).json().items as Array<{
    id: string;
    birthName: string;
  }>;
  camille = files.find((f) => f.birthName === 'Vasseur')?.id as string;
  url = `/api/candidates/${camille}/vae-booklet`;
}, 120_000);
afterAll(() => t.close());

const PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n'),
  Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255]),
  Buffer.from('\n%%EOF\n'),
]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const EXE = Buffer.from('MZ\x90\x00 This program cannot be run in DOS mode.');

const upload = (who: string, fileName: string, body: Buffer, section?: string) =>
  j.call(
    'POST',
    `${url}/documents?fileName=${encodeURIComponent(fileName)}${section ? `&section=${section}` : ''}`,
    who,
    body,
    'application/octet-stream',
  );

const text = (value: string) => ({ kind: 'text', text: value });
let questions: string[];
let revision: number;
let pdfId: string;
let sessionId: string;
let seatId: string;

describe('the VAE booklet', () => {
  it('shows the candidate the booklet’s questions, without any scoring, to write from revision 0', async () => {
    const view = await j.call('GET', url, 'vae');
    expect(view.statusCode, view.body).toBe(200);
    const booklet = view.json();
    expect(booklet).toMatchObject({ status: 'draft', revision: 0, canWrite: true, documents: [] });
    expect(booklet.instrument).toEqual({ key: 'cqp-agc-vae-booklet', version: '1' });
    expect(booklet.booklet.sections.map((s: { id: string }) => s.id)).toEqual([
      'M1',
      'M2',
      'M3',
      'M4',
      'M5',
    ]);
    expect(view.body).not.toMatch(/"scoring"|"scale_percentage"/);
    questions = booklet.booklet.sections.flatMap((s: { items: Array<{ id: string }> }) =>
      s.items.map((i) => i.id),
    );
    expect(questions.length).toBe(10);
  });

  it('is refused to a tutor and a trainer, hidden from another candidate, read-only for the pilot', async () => {
    // Tutors and trainers have no part in a VAE booklet: refused at the route (403); another
    // candidate may read a booklet, but not this one, which they do not even see (404).
    for (const who of ['tutor', 'trainer'])
      expect((await j.call('GET', url, who)).statusCode, who).toBe(403);
    expect((await j.call('GET', url, 'lucas')).statusCode).toBe(404);
    const pilot = await j.call('GET', url, 'pilot');
    expect(pilot.statusCode).toBe(200);
    expect(pilot.json().canWrite).toBe(false);
    const write = await j.call('PUT', `${url}/responses`, 'pilot', { responses: {}, revision: 0 });
    expect(write.statusCode).toBe(403);
  });

  it('saves the answers on a revision and refuses a stale save without overwriting', async () => {
    const first = await j.call('PUT', `${url}/responses`, 'vae', {
      responses: { [questions[0] as string]: text('Chaque lundi je relis les promotions.') },
      revision: 0,
    });
    expect(first.statusCode, first.body).toBe(200);
    revision = first.json().revision;
    const stale = await j.call('PUT', `${url}/responses`, 'vae', {
      responses: { [questions[0] as string]: text('Écrit depuis un autre onglet.') },
      revision: 0,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('conflict');
    const view = (await j.call('GET', url, 'vae')).json();
    expect(view.revision).toBe(revision);
    expect(view.responses[questions[0] as string].text).toBe(
      'Chaque lundi je relis les promotions.',
    );
    const unknown = await j.call('PUT', `${url}/responses`, 'vae', {
      responses: { ailleurs: text('?') },
      revision,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().problems[0].path).toBe('body/responses/ailleurs');
  });

  it('attaches a PDF to a section, refuses a program naming it, removes a document', async () => {
    const pdf = await upload('vae', 'Procédure EDI.pdf', PDF, 'M2');
    expect(pdf.statusCode, pdf.body).toBe(201);
    expect(pdf.json()).toMatchObject({
      fileName: 'Procédure EDI.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      sectionId: 'M2',
    });
    pdfId = pdf.json().id;
    const exe = await upload('vae', 'outil.exe', EXE);
    expect(exe.statusCode).toBe(400);
    expect(exe.json().code).toBe('document_refused');
    expect(exe.json().message.fr).toContain('« outil.exe »');
    expect(exe.json().message.en).toContain('"outil.exe"');
    expect((await upload('vae', 'photo.png', PNG, 'M9')).statusCode).toBe(400);
    expect((await upload('pilot', 'photo.png', PNG)).statusCode).toBe(403);
    const png = await upload('vae', 'photo.png', PNG);
    expect(png.statusCode).toBe(201);
    const removed = await j.call('DELETE', `${url}/documents/${png.json().id}`, 'vae');
    expect(removed.statusCode).toBe(204);
    const names = (await j.call('GET', url, 'vae'))
      .json()
      .documents.map((d: { fileName: string }) => d.fileName);
    expect(names).toEqual(['Procédure EDI.pdf']);
  });

  it('is submitted only once every question is answered, then no longer changes', async () => {
    const early = await j.call('POST', `${url}/submit`, 'vae', { revision });
    expect(early.statusCode).toBe(400);
    expect(early.json().message.en).toContain('9 unanswered');
    const all = Object.fromEntries(questions.map((q) => [q, text(`Ma pratique pour ${q}.`)]));
    const saved = await j.call('PUT', `${url}/responses`, 'vae', { responses: all, revision });
    revision = saved.json().revision;
    const submitted = await j.call('POST', `${url}/submit`, 'vae', { revision });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', fileStatus: 'ready_for_jury' });
    const view = (await j.call('GET', url, 'vae')).json();
    expect(view).toMatchObject({ status: 'submitted', canWrite: false });
    const again = await j.call('PUT', `${url}/responses`, 'vae', {
      responses: all,
      revision: view.revision,
    });
    expect(again.json().code).toBe('booklet_submitted');
    expect((await upload('vae', 'photo.png', PNG)).statusCode).toBe(409);
    expect((await j.call('DELETE', `${url}/documents/${pdfId}`, 'vae')).statusCode).toBe(409);
  });

  it('puts the VAE file before the jury', async () => {
    const file = (await j.call('GET', `/api/candidates/${camille}`, 'pilot')).json();
    expect(file.status).toBe('ready_for_jury');
    expect(file.next).not.toContain('in_training');
  });

  it('is read by the jury members of the candidate’s session, who download the documents as attached', async () => {
    expect((await j.call('GET', url, 'opca')).statusCode).toBe(404);
    const session = await j.call('POST', '/api/jury/sessions', 'certifier', {
      certification: 'cqp-agc',
      referentialVersion: '1',
      date: today(),
      startTime: '14:00',
      place: 'Commission paritaire, salle Loire (démo)',
      members: cqpJury(j),
    });
    expect(session.statusCode, session.body).toBe(201);
    const seat = await j.call(
      'POST',
      `/api/jury/sessions/${session.json().id}/candidates`,
      'certifier',
      {
        candidateId: camille,
        revision: session.json().revision,
      },
    );
    expect(seat.statusCode, seat.body).toBe(201);
    const read = await j.call('GET', url, 'opca');
    expect(read.statusCode).toBe(200);
    expect(read.json().responses[questions[0] as string].text).toContain('Ma pratique');
    expect(read.json().canWrite).toBe(false);
    const download = await j.call('GET', `${url}/documents/${pdfId}`, 'opca');
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      'attachment; filename="Proc-dure-EDI.pdf"',
    );
    expect(Buffer.compare(download.rawPayload, PDF)).toBe(0);
    const certifier = await j.call('GET', `${url}/documents/${pdfId}`, 'certifier');
    expect(certifier.statusCode).toBe(200);
    expect((await j.call('GET', `${url}/documents/${pdfId}`, 'tutor')).statusCode).toBe(403);
    expect((await j.call('GET', `${url}/documents/${pdfId}`, 'lucas')).statusCode).toBe(404);
    sessionId = session.json().id;
    seatId = seat.json().id;
  });

  it('convenes the VAE candidate to present their experience and be interviewed on their booklet (seed 001), not to the workstation', async () => {
    const pdf = await j.call(
      'GET',
      `/api/jury/sessions/${sessionId}/candidates/${seatId}/convocation.pdf`,
      'certifier',
    );
    expect(pdf.statusCode).toBe(200);
    const text = (await readPdfText(pdf.rawPayload)).pages.join(' ');
    expect(text).toContain('Camille Vasseur');
    expect(text).toContain('de 14:00 à 14:45');
    expect(text).toContain('Lieu Commission paritaire, salle Loire (démo)');
    expect(text).toContain('Présentation orale de votre expérience');
    expect(text).toContain('Entretien avec les membres du jury');
    expect(text).not.toContain('poste de travail');
  });

  it('opens the member’s grid of a VAE candidate as on the VAE route, its lines linked to the booklet’s answers (issue 16, item 4)', async () => {
    const grid = await j.call('POST', `/api/jury/candidates/${seatId}/grid`, 'opca');
    expect(grid.statusCode, grid.body).toBeLessThan(300);
    const evaluation = (
      await j.call('GET', `/api/evaluations/${grid.json().evaluationId}`, 'opca')
    ).json();
    expect(evaluation).toMatchObject({ pathway: 'vae', instrument: { kind: 'jury_guide' } });
    // What the jury member's page links, from what the API gives them.
    const booklet = (await j.call('GET', url, 'opca')).json();
    const bookletInstrument = (
      await j.call('GET', `/api/instruments/${booklet.instrument.key}/versions/1`, 'opca')
    ).json().instrument;
    const { version } = (
      await j.call('GET', '/api/certifications/cqp-agc/versions/1', 'opca')
    ).json();
    const { answersOfLine } = bookletEvidence(
      evaluatingItems(bookletInstrument),
      evaluatingItems(evaluation.instrument),
      version.nodes,
    );
    const answered = (line: string) =>
      (answersOfLine[line] ?? []).map((id) => booklet.responses[id]?.text).filter(Boolean);
    expect(answered('OT.1')).toHaveLength(1);
    expect(answered('R.1').length).toBeGreaterThan(0);
  });
});
