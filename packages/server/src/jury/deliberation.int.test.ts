// One candidate's deliberation through the API, as seed 002 tells it: each member fills their
// own grid on the jury guide, the president sees the members' percentages side by side with
// a divergence flag, tries percentages (what-if), records the agreement and the synthesis
// comment, signs after typing their password again; the minutes are stored with their hash,
// the file is decided, nothing changes afterwards but a reopening by the certifier with a
// written reason, the signed version kept. Every step is in the audit trail.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../demo/seedDemo.ts';
import { auditEvents } from '../platform/db/schema.ts';
import { readPdfText } from '../platform/pdf/pdfText.ts';
import { createDemoTestApp } from '../test/harness.ts';
import {
  cqpJury,
  fillAndSubmit,
  type Journey,
  journey,
  observations,
  readyDemoCandidate,
  seatedCandidate,
} from './juryJourney.testing.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let j: Journey;
let candidateId: string;
let sessionId: string;
let seat: string;
const grids: Record<string, string> = {};

const view = async (who = 'president') =>
  (await j.call('GET', `/api/jury/candidates/${seat}`, who)).json();

beforeAll(async () => {
  t = await createDemoTestApp();
  j = await journey(t);
  candidateId = await readyDemoCandidate(j);
  ({ sessionId, seatId: seat } = await seatedCandidate(j, candidateId, {
    remoteLink: 'https://visio.demo.certeval.example/jury',
  }));
}, 120_000);
afterAll(() => t.close());

describe('the members’ grids (seed 002, "Dans un premier temps")', () => {
  it('opens each member’s own grid on the jury guide, once', async () => {
    expect(
      (await j.call('POST', `/api/jury/candidates/${seat}/grid`, 'certifier')).statusCode,
    ).toBe(403);
    for (const who of ['president', 'employees', 'opca']) {
      const opened = await j.call('POST', `/api/jury/candidates/${seat}/grid`, who);
      expect(opened.statusCode, opened.body).toBe(200);
      expect(opened.json().created).toBe(true);
      grids[who] = opened.json().evaluationId;
    }
    const again = await j.call('POST', `/api/jury/candidates/${seat}/grid`, 'opca');
    expect(again.json()).toMatchObject({ evaluationId: grids.opca, created: false });
    const evaluation = (await j.call('GET', `/api/evaluations/${grids.opca}`, 'opca')).json();
    expect(evaluation.instrument.id).toBe('cqp-agc-jury-guide');
    expect(evaluation.canEdit).toBe(true);
  });

  it('shows the president where each grid stands, and not the members’ percentages to a member', async () => {
    await fillAndSubmit(j, 'president', grids.president as string, observations(70, 70, 50));
    await fillAndSubmit(j, 'employees', grids.employees as string, observations(70, 70, 30));
    const member = await view('employees');
    expect(member.comparison).toBeNull();
    expect(member.graders.map((g: { grid: { status: string } }) => g.grid.status)).toEqual([
      'submitted',
      'submitted',
      'draft',
    ]);
    const refused = await j.call('POST', `/api/jury/candidates/${seat}/commands`, 'president', {
      command: 'close_grading',
      revision: (await view()).revision,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message.en).toMatch(/Report grids missing/);
  });

  it('puts every member’s percentages side by side and flags a wide spread', async () => {
    await fillAndSubmit(j, 'opca', grids.opca as string, observations(100, 70, 70));
    const president = await view();
    const ot = president.comparison.domains.find((d: { domain: string }) => d.domain === 'OT');
    expect(ot).toMatchObject({ min: 30, max: 70, spread: 40, divergent: true });
    const r = president.comparison.domains.find((d: { domain: string }) => d.domain === 'R');
    expect(r).toMatchObject({ spread: 30, divergent: true });
    const po = president.comparison.domains.find((d: { domain: string }) => d.domain === 'PO');
    expect(po).toMatchObject({ spread: 0, divergent: false, mean: 70 });
    expect(president.commands).toContain('close_grading');
    const closed = await j.call('POST', `/api/jury/candidates/${seat}/commands`, 'president', {
      command: 'close_grading',
      revision: president.revision,
    });
    expect(closed.json()).toMatchObject({ status: 'consensus' });
    const late = await j.call('PUT', `/api/evaluations/${grids.opca}`, 'opca', {
      items: observations(0, 0, 0),
      revision: 3,
    });
    expect(late.statusCode).toBe(409);
  });
});

describe('the president’s agreement (seed 002, "Dans un second temps")', () => {
  it('shows what the decision would be before recording anything (what-if)', async () => {
    const failing = await j.call('POST', `/api/jury/candidates/${seat}/what-if`, 'president', {
      percentages: { R: 75, PO: 70, OT: 45 },
    });
    expect(failing.statusCode, failing.body).toBe(200);
    expect(failing.json().decision.overall.summary.fr).toBe('CQP non attribué');
    expect(failing.json().decision.explanation.map((l: { fr: string }) => l.fr)).toContain(
      'Outil / Organisation du travail (OT) non validé : jury 45 % < 50 % minimum',
    );
    const passing = await j.call('POST', `/api/jury/candidates/${seat}/what-if`, 'president', {
      percentages: { R: 75, PO: 70, OT: 60 },
    });
    expect(passing.json().decision.overall.summary.fr).toBe('CQP attribué');
    const byMember = await j.call('POST', `/api/jury/candidates/${seat}/what-if`, 'opca', {
      percentages: { R: 75, PO: 70, OT: 55 },
    });
    expect(byMember.statusCode).toBe(403);
    expect((await view()).status).toBe('consensus');
  });

  it('refuses an agreement without a synthesis comment or out of range, located', async () => {
    const revision = (await view()).revision;
    const bad = await j.call('POST', `/api/jury/candidates/${seat}/agreement`, 'president', {
      percentages: { R: 75, PO: 120 },
      comment: '  ',
      revision,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().problems.map((p: { path: string }) => p.path)).toEqual([
      'body/percentages/PO',
      'body/percentages/OT',
      'body/comment',
    ]);
  });

  it('records the agreement: the engine decides on the candidate’s record', async () => {
    const before = await view();
    const byMember = await j.call('POST', `/api/jury/candidates/${seat}/agreement`, 'opca', {
      percentages: { R: 80, PO: 70, OT: 60 },
      comment: 'Relation client solide ; organisation du travail à consolider.',
      revision: before.revision,
    });
    expect(byMember.statusCode).toBe(403);
    const recorded = await j.call('POST', `/api/jury/candidates/${seat}/agreement`, 'president', {
      percentages: { R: 80, PO: 70, OT: 60 },
      comment: 'Relation client solide ; organisation du travail à consolider.',
      revision: before.revision,
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const after = await view();
    expect(after.status).toBe('decided');
    // The trainer's questionnaire at 75 %: right-or-wrong questions right (100), the others at
    // 75 % of their points (R: 3 of each; PO: 5 and 2; OT: 5 and 1).
    expect(after.decision.grid.rows).toEqual([
      [80, 80, 80],
      [87.5, 92.86, 95.83],
      [80, 70, 60],
    ]);
    expect(after.decision.overall.summary.en).toBe('CQP awarded');
    expect(after.commands).toEqual(expect.arrayContaining(['revise', 'sign']));
    const record = (
      await j.call('GET', `/api/candidates/${candidateId}/dossier`, 'certifier')
    ).json();
    const president = record.evaluations.filter(
      (e: { evaluator: { role: string } }) => e.evaluator.role === 'jury_president',
    );
    expect(president).toMatchObject([
      { agreed: { R: 80, PO: 70, OT: 60 }, evaluator: { name: 'Isabelle Fournier' } },
    ]);
  });

  it('lets the president revise before signing: the earlier agreement leaves the record', async () => {
    const revised = await j.call('POST', `/api/jury/candidates/${seat}/commands`, 'president', {
      command: 'revise',
      revision: (await view()).revision,
    });
    expect(revised.json().status).toBe('consensus');
    const again = await j.call('POST', `/api/jury/candidates/${seat}/agreement`, 'president', {
      percentages: { R: 80, PO: 70, OT: 65 },
      comment: 'Relation client solide ; organisation du travail à consolider.',
      revision: revised.json().revision,
    });
    expect(again.statusCode, again.body).toBe(200);
    const record = (
      await j.call('GET', `/api/candidates/${candidateId}/dossier`, 'certifier')
    ).json();
    const agreed = record.evaluations.flatMap((e: { agreed?: object }) =>
      e.agreed ? [e.agreed] : [],
    );
    expect(agreed).toEqual([{ R: 80, PO: 70, OT: 65 }]);
  });
});

describe('signature and lock', () => {
  it('refuses a wrong password and signs with the right one: minutes stored, file decided', async () => {
    const revision = (await view()).revision;
    const wrong = await j.call('POST', `/api/jury/candidates/${seat}/sign`, 'president', {
      password: 'pas le bon mot de passe',
      revision,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().path).toBe('body/password');
    const byMember = await j.call('POST', `/api/jury/candidates/${seat}/sign`, 'opca', {
      password: DEMO_PASSWORD,
      revision,
    });
    expect(byMember.statusCode).toBe(403);
    const signed = await j.call('POST', `/api/jury/candidates/${seat}/sign`, 'president', {
      password: DEMO_PASSWORD,
      revision,
    });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().minutes.version).toBe(1);
    expect(signed.json().minutes.hash).toMatch(/^[0-9a-f]{64}$/);
    const file = (await j.call('GET', `/api/candidates/${candidateId}`, 'pilot')).json();
    expect(file.status).toBe('decided');
    const session = (await j.call('GET', `/api/jury/sessions/${sessionId}`, 'certifier')).json();
    expect(session.locked).toBe(true);
    expect(session.status).toBe('signed');
    expect(session.candidates[0].minutesHash).toBe(signed.json().minutes.hash);
    // The session page carries each seat's summary, read in the database (issue 19), not the
    // deliberation's whole state: what its table shows, the decision's one line included.
    const decided = (await view()).decision;
    expect(session.candidates[0]).toMatchObject({
      status: 'signed',
      started: true,
      version: 1,
      grader: false,
      decision: decided.overall.summary,
      signedAt: expect.any(String),
    });
    expect(Object.keys(session.candidates[0])).not.toContain('deliberation');
    expect(JSON.stringify(session.candidates[0])).not.toContain('conditions');
  });

  it('refuses any edit after signing (409)', async () => {
    const current = await view();
    const agreement = await j.call('POST', `/api/jury/candidates/${seat}/agreement`, 'president', {
      percentages: { R: 100, PO: 100, OT: 100 },
      comment: 'Changement après signature',
      revision: current.revision,
    });
    expect(agreement.statusCode).toBe(409);
    expect(agreement.json().message.en).toMatch(/signed and locked/);
    const revise = await j.call('POST', `/api/jury/candidates/${seat}/commands`, 'president', {
      command: 'revise',
      revision: current.revision,
    });
    expect(revise.statusCode).toBe(409);
    const session = (await j.call('GET', `/api/jury/sessions/${sessionId}`, 'certifier')).json();
    const edit = await j.call('PUT', `/api/jury/sessions/${sessionId}`, 'certifier', {
      date: session.date,
      startTime: '10:00',
      remoteLink: session.remoteLink,
      revision: session.revision,
    });
    expect(edit.statusCode).toBe(409);
    const members = await j.call('PUT', `/api/jury/sessions/${sessionId}/members`, 'certifier', {
      members: cqpJury(j),
      revision: session.revision,
    });
    expect(members.statusCode).toBe(409);
  });

  it('prints the minutes as signed, with their fingerprint', async () => {
    const response = await j.call('GET', `/api/jury/sessions/${sessionId}/minutes.pdf`, 'opca');
    expect(response.statusCode).toBe(200);
    const text = (await readPdfText(response.rawPayload)).pages.join(' ');
    const hash = (await view()).minutesHash;
    expect(text).toContain('Procès-verbal de délibération du jury');
    expect(text).toContain('Lucas Moreau');
    expect(text).toContain('CQP attribué');
    expect(text).toContain('Relation client solide ; organisation du travail à consolider.');
    expect(text).toContain(`SHA-256 ${hash}`);
  });

  it('exports the decisions as CSV and XLSX', async () => {
    const csv = await j.call('GET', `/api/jury/sessions/${sessionId}/decisions.csv`, 'certifier');
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toContain('Candidat;Entreprise');
    expect(lines[1]).toContain('Lucas Moreau;Biscuiterie des Trois Vallées');
    expect(lines[1]).toContain('CQP attribué');
    const xlsx = await j.call('GET', `/api/jury/sessions/${sessionId}/decisions.xlsx`, 'certifier');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('reopening by the certifier', () => {
  it('is refused to the president and without a written reason', async () => {
    const revision = (await view()).revision;
    const byPresident = await j.call('POST', `/api/jury/candidates/${seat}/reopen`, 'president', {
      reason: 'Erreur de saisie',
      revision,
    });
    expect(byPresident.statusCode).toBe(403);
    const noReason = await j.call('POST', `/api/jury/candidates/${seat}/reopen`, 'certifier', {
      reason: ' ',
      revision,
    });
    expect(noReason.statusCode).toBe(400);
  });

  it('keeps the signed version and its minutes, audits the reason, and signs a new version', async () => {
    const reason = 'Pourcentage OT mal reporté dans la grille de synthèse (erreur de saisie).';
    const reopened = await j.call('POST', `/api/jury/candidates/${seat}/reopen`, 'certifier', {
      reason,
      revision: (await view()).revision,
    });
    expect(reopened.json()).toMatchObject({ status: 'reopened', version: 2 });
    const state = await view();
    expect(state.previousVersions).toMatchObject([
      { version: 1, agreement: { percentages: { OT: 65 } } },
    ]);
    expect(state.reopenings).toMatchObject([{ version: 1, reason }]);
    const audit = await t.ctx.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, seat), eq(auditEvents.action, 'jury.reopen')));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.data).toMatchObject({ reason, from: 'signed', to: 'reopened' });
    const resumed = await j.call('POST', `/api/jury/candidates/${seat}/commands`, 'president', {
      command: 'resume',
      revision: state.revision,
    });
    const agreed = await j.call('POST', `/api/jury/candidates/${seat}/agreement`, 'president', {
      percentages: { R: 80, PO: 70, OT: 70 },
      comment: 'Relation client solide ; organisation du travail à consolider.',
      revision: resumed.json().revision,
    });
    const signed = await j.call('POST', `/api/jury/candidates/${seat}/sign`, 'president', {
      password: DEMO_PASSWORD,
      revision: agreed.json().revision,
    });
    expect(signed.json().minutes.version).toBe(2);
    const first = await j.call(
      'GET',
      `/api/jury/sessions/${sessionId}/minutes.pdf?version=1`,
      'certifier',
    );
    expect((await readPdfText(first.rawPayload)).pages.join(' ')).not.toContain(reason);
    const second = await j.call('GET', `/api/jury/sessions/${sessionId}/minutes.pdf`, 'certifier');
    expect((await readPdfText(second.rawPayload)).pages.join(' ')).toContain(reason);
  });

  it('audited every step of the deliberation', async () => {
    const rows = await t.ctx.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, seat));
    const actions = rows.map((r) => r.action);
    for (const action of [
      'jury.deliberation.start',
      'jury.submit_grid',
      'jury.close_grading',
      'jury.record_agreement',
      'jury.revise',
      'jury.sign',
      'jury.reopen',
      'jury.resume',
    ])
      expect(actions).toContain(action);
  });
});
