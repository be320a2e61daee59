// A jury session convened through the API (issue 6, item 3): the composition checked against
// the CQP AGC rule (seed 001: one member per college, and a president, seed 002), only files
// ready for the jury, conflicts of interest refused, 45-minute slots, convocation letters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../accounts/service.ts';
import { demoOrganisations } from '../demo/seedDemo.ts';
import { readPdfText } from '../platform/pdf/pdfText.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { signInCookie } from '../test/sessions.ts';
import {
  cqpJury,
  type Journey,
  journey,
  readyDemoCandidate,
  today,
} from './juryJourney.testing.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let j: Journey;
let candidateId: string;
let sessionId: string;
let partisanId: string;

const session = (members: object[]) => ({
  certification: 'cqp-agc',
  referentialVersion: '1',
  date: today(),
  startTime: '09:00',
  place: 'Commission paritaire, salle Loire (démo)',
  members,
});

beforeAll(async () => {
  t = await createDemoTestApp();
  j = await journey(t);
  // A jury member who is also a tutor of the demo company: in conflict for its candidates.
  const partisan = await createUser(t.ctx, {
    email: 'jury.entreprise@demo.certeval.example',
    displayName: 'Régis Tanguy',
    password: 'un mot de passe de test',
    roles: [
      { organisationName: demoOrganisations.certifier, role: 'jury_member' },
      { organisationName: demoOrganisations.company, role: 'tutor' },
    ],
  });
  partisanId = partisan.id;
  j.cookies.partisan = await signInCookie(
    t.app,
    'jury.entreprise@demo.certeval.example',
    'un mot de passe de test',
  );
  candidateId = await readyDemoCandidate(j);
}, 120_000);
afterAll(() => t.close());

describe('convening a jury session', () => {
  it('refuses a jury without the OPCA college nor a president, every problem located', async () => {
    const [president, employees] = cqpJury(j);
    const response = await j.call('POST', '/api/jury/sessions', 'certifier', {
      ...session([{ ...president, presides: false }, employees, employees]),
    });
    expect(response.statusCode).toBe(400);
    const problems = response.json().problems as Array<{
      code: string;
      path: string;
      message: { fr: string };
    }>;
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['duplicate_member', 'body/members/2'],
      ['too_many_in_role', 'body/members'],
      ['missing_role', 'body/members'],
      ['no_president', 'body/members'],
    ]);
    expect(problems[2]?.message.fr).toContain("représentant(e) de l'OPCA");
    expect(problems[2]?.message.fr).toContain('seed 001');
  });

  it('refuses a person who is not a jury member, and a session with neither place nor link', async () => {
    const members = cqpJury(j);
    const tutor = await j.call('POST', '/api/jury/sessions', 'certifier', {
      ...session([...members.slice(0, 2), { userId: j.ids.tutor, role: 'opca_representative' }]),
    });
    expect(tutor.json().problems.map((p: { path: string }) => p.path)).toEqual(['body/members/2']);
    const nowhere = await j.call('POST', '/api/jury/sessions', 'certifier', {
      ...session(members),
      place: null,
    });
    expect(nowhere.statusCode).toBe(400);
    expect(nowhere.json().problems.map((p: { path: string }) => p.path)).toEqual(['body/place']);
  });

  it('convenes a CQP AGC jury: one member per college, the employers’ representative presiding', async () => {
    expect(
      (await j.call('POST', '/api/jury/sessions', 'president', session(cqpJury(j)))).statusCode,
    ).toBe(403);
    const created = await j.call('POST', '/api/jury/sessions', 'certifier', session(cqpJury(j)));
    expect(created.statusCode, created.body).toBe(201);
    sessionId = created.json().id;
    const view = (await j.call('GET', `/api/jury/sessions/${sessionId}`, 'certifier')).json();
    expect(view.problems).toEqual([]);
    expect(view.slotMinutes).toBe(45);
    expect(
      view.members.map((m: { name: string; presides: boolean }) => [m.name, m.presides]),
    ).toEqual([
      ['Isabelle Fournier', true],
      ['Antoine Lebrun', false],
      ['Nadège Collin', false],
    ]);
    expect(view.can).toEqual({ manage: true, reopen: true });
  });

  it('shows the session to its members and to nobody else', async () => {
    const mine = (await j.call('GET', '/api/jury/sessions', 'opca')).json();
    expect(mine.map((s: { id: string }) => s.id)).toContain(sessionId);
    const other = (await j.call('GET', '/api/jury/sessions', 'partisan')).json();
    expect(other).toEqual([]);
    expect((await j.call('GET', `/api/jury/sessions/${sessionId}`, 'partisan')).statusCode).toBe(
      404,
    );
    const view = (await j.call('GET', `/api/jury/sessions/${sessionId}`, 'opca')).json();
    expect(view.can).toEqual({ manage: false, reopen: false });
  });
});

describe('candidates of the session', () => {
  it('takes only a file ready for the jury', async () => {
    const enrolled = await j.call('POST', '/api/projects', 'pilot', {
      organisationId: (await j.call('GET', `/api/candidates/${candidateId}`, 'pilot')).json()
        .organisationId,
      certification: 'cqp-agc',
      referentialVersion: '1',
      title: 'Projet de test',
    });
    const project = enrolled.json().id;
    const other = await j.call('POST', `/api/projects/${project}/candidates`, 'pilot', {
      candidate: {
        birthName: 'Perrot',
        firstNames: ['Maëlle'],
        birthDate: '1999-04-02',
        birthPlace: 'Vernon-sur-Brenne (Indre-et-Loire)',
        accessRoute: 'continuing_education',
      },
    });
    const view = (await j.call('GET', `/api/jury/sessions/${sessionId}`, 'certifier')).json();
    const refused = await j.call(
      'POST',
      `/api/jury/sessions/${sessionId}/candidates`,
      'certifier',
      {
        candidateId: other.json().id,
        revision: view.revision,
      },
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().path).toBe('body/candidateId');
    expect(refused.json().message.en).toMatch(/not put before the jury/);
  });

  it('places the ready candidate in the first 45-minute slot', async () => {
    const view = (await j.call('GET', `/api/jury/sessions/${sessionId}`, 'certifier')).json();
    const added = await j.call('POST', `/api/jury/sessions/${sessionId}/candidates`, 'certifier', {
      candidateId,
      revision: view.revision,
    });
    expect(added.statusCode, added.body).toBe(201);
    const stale = await j.call('POST', `/api/jury/sessions/${sessionId}/candidates`, 'certifier', {
      candidateId,
      revision: view.revision,
    });
    expect(stale.statusCode).toBe(409);
    const after = (await j.call('GET', `/api/jury/sessions/${sessionId}`, 'certifier')).json();
    expect(after.candidates).toMatchObject([
      {
        name: 'Lucas Moreau',
        company: 'Biscuiterie des Trois Vallées',
        slot: { start: '09:00', end: '09:45' },
        status: 'grading',
      },
    ]);
  });

  it('refuses a member who works for the candidate’s company (conflict of interest)', async () => {
    const view = (await j.call('GET', `/api/jury/sessions/${sessionId}`, 'certifier')).json();
    const [president, employees] = cqpJury(j);
    const refused = await j.call('PUT', `/api/jury/sessions/${sessionId}/members`, 'certifier', {
      members: [president, employees, { userId: partisanId, role: 'opca_representative' }],
      revision: view.revision,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().problems.map((p: { code: string }) => p.code)).toEqual([
      'conflict_same_company',
    ]);
    expect(refused.json().problems[0].message.fr).toContain(
      "Régis Tanguy travaille dans l'entreprise de Lucas Moreau",
    );
  });

  it('moves the slots when the session starts later', async () => {
    const view = (await j.call('GET', `/api/jury/sessions/${sessionId}`, 'certifier')).json();
    const moved = await j.call('PUT', `/api/jury/sessions/${sessionId}`, 'certifier', {
      date: view.date,
      startTime: '14:00',
      place: view.place,
      revision: view.revision,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const after = (await j.call('GET', `/api/jury/sessions/${sessionId}`, 'certifier')).json();
    expect(after.candidates[0].slot).toEqual({ start: '14:00', end: '14:45' });
  });

  it('prints the candidate’s convocation letter with the slot and the programme of seed 002', async () => {
    const view = (await j.call('GET', `/api/jury/sessions/${sessionId}`, 'certifier')).json();
    const seat = view.candidates[0].id;
    const response = await j.call(
      'GET',
      `/api/jury/sessions/${sessionId}/candidates/${seat}/convocation.pdf`,
      'certifier',
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = (await readPdfText(response.rawPayload)).pages.join(' ');
    expect(text).toContain('Lucas Moreau');
    expect(text).toContain('14:00');
    expect(text).toContain('Présentation de votre outil de travail');
    const byMember = await j.call(
      'GET',
      `/api/jury/sessions/${sessionId}/candidates/${seat}/convocation.pdf`,
      'opca',
    );
    expect(byMember.statusCode).toBe(403);
  });
});
