import { describe, expect, it } from 'vitest';
import type { CandidateQuestionnaire } from './onlineQuestionnaire.ts';
import {
  bookletAnswerProblems,
  bookletReopeningRefusal,
  checkDocument,
  reopeningReasonProblem,
  submissionProblem,
  unansweredQuestions,
  VAE_DOCUMENT_MAX_BYTES,
} from './vaeBooklet.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const PDF_HEAD = bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37);
const ZIP_HEAD = bytes(0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0);
const EXE_HEAD = bytes(0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0);

const booklet: CandidateQuestionnaire = {
  id: 'booklet',
  version: '1',
  title: 'Livret',
  sections: [
    { id: 'M1', items: [{ id: 'q1', type: 'open', stem: 'Décrivez…' }] },
    { id: 'M2', items: [{ id: 'q2', type: 'open', stem: 'Racontez…' }] },
  ],
};

describe('technical documents of a VAE booklet', () => {
  it('accepts a PDF, an image, an office document by their extension and first bytes', () => {
    expect(checkDocument({ fileName: 'Procédure EDI.pdf', size: 1200, head: PDF_HEAD })).toEqual({
      ok: true,
      fileName: 'Procédure EDI.pdf',
      contentType: 'application/pdf',
    });
    const jpeg = checkDocument({ fileName: 'photo.JPG', size: 10, head: bytes(0xff, 0xd8, 0xff) });
    expect(jpeg.ok && jpeg.contentType).toBe('image/jpeg');
    const docx = checkDocument({ fileName: 'bon.docx', size: 10, head: ZIP_HEAD });
    expect(docx.ok && docx.contentType).toMatch(/wordprocessingml/);
  });

  it('refuses a program, even renamed, naming the file in both languages', () => {
    const exe = checkDocument({ fileName: 'outil.exe', size: 10, head: EXE_HEAD });
    expect(exe).toMatchObject({ ok: false, code: 'document_type' });
    if (!exe.ok) {
      expect(exe.message.fr).toContain('« outil.exe »');
      expect(exe.message.en).toContain('"outil.exe"');
    }
    const renamed = checkDocument({ fileName: 'outil.pdf', size: 10, head: EXE_HEAD });
    expect(renamed).toMatchObject({ ok: false, code: 'document_type' });
  });

  it('refuses an empty file and one above 10 MB, and keeps only the name of a path', () => {
    expect(checkDocument({ fileName: 'a.pdf', size: 0, head: PDF_HEAD })).toMatchObject({
      code: 'document_empty',
    });
    const big = checkDocument({
      fileName: 'a.pdf',
      size: VAE_DOCUMENT_MAX_BYTES + 1,
      head: PDF_HEAD,
    });
    expect(big).toMatchObject({ ok: false, code: 'document_size' });
    if (!big.ok) expect(big.message.en).toContain('10 MB');
    expect(
      checkDocument({ fileName: 'a.pdf', size: VAE_DOCUMENT_MAX_BYTES, head: PDF_HEAD }).ok,
    ).toBe(true);
    const path = checkDocument({ fileName: 'C:\\docs\\bon.pdf', size: 3, head: PDF_HEAD });
    expect(path.ok && path.fileName).toBe('bon.pdf');
  });
});

describe('the answers of a VAE booklet', () => {
  it('takes texts for the booklet’s questions only', () => {
    expect(bookletAnswerProblems(booklet, { q1: { kind: 'text', text: 'Chaque matin…' } })).toEqual(
      [],
    );
    const problems = bookletAnswerProblems(booklet, {
      q9: { kind: 'text', text: 'x' },
      q2: { kind: 'choices', ids: ['a'] },
    });
    expect(problems.map((p) => [p.item, p.code])).toEqual([
      ['q9', 'unknown_item'],
      ['q2', 'response_shape'],
    ]);
  });

  it('is submitted only once every question has a non-blank answer', () => {
    const partial = {
      q1: { kind: 'text' as const, text: 'Chaque matin…' },
      q2: { kind: 'text' as const, text: '  ' },
    };
    expect(unansweredQuestions(booklet, partial)).toEqual(['q2']);
    expect(submissionProblem(booklet, partial)?.en).toContain('1 unanswered: q2');
    expect(
      submissionProblem(booklet, { ...partial, q2: { kind: 'text', text: 'Un client…' } }),
    ).toBeUndefined();
  });
});

describe('re-opening a submitted VAE booklet', () => {
  const submitted = { booklet: 'submitted' as const, file: 'ready_for_jury' as const };

  it('re-opens a submitted booklet before the jury has begun, from either state of the file', () => {
    expect(bookletReopeningRefusal({ ...submitted, juryBegun: false })).toBeUndefined();
    expect(
      bookletReopeningRefusal({ ...submitted, file: 'enrolled', juryBegun: false }),
    ).toBeUndefined();
  });

  it('refuses a draft, a decided or withdrawn file, and a jury that has begun, saying why', () => {
    const refusals = [
      { booklet: 'draft' as const, file: 'enrolled' as const, juryBegun: false },
      { booklet: undefined, file: 'enrolled' as const, juryBegun: false },
      { ...submitted, file: 'decided' as const, juryBegun: true },
      { ...submitted, file: 'withdrawn' as const, juryBegun: false },
      { ...submitted, juryBegun: true },
    ].map(bookletReopeningRefusal);
    expect(refusals.map((r) => r?.code)).toEqual([
      'not_submitted',
      'not_submitted',
      'file_decided',
      'file_withdrawn',
      'jury_begun',
    ]);
    expect(refusals[2]?.message.fr).toContain('Le jury a rendu sa décision');
    expect(refusals[2]?.message.en).toContain('The jury has decided on this file');
  });

  it('asks for a written reason: blank is none', () => {
    expect(reopeningReasonProblem(' \n ')?.fr).toContain('motif');
    expect(reopeningReasonProblem('Il manque la mission M3.')).toBeUndefined();
  });
});
