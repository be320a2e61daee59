// A candidate's pathway through the API, as the people of the demo live it: the pilot opens
// a project and enrols, the certifier validates, the tutor positions and records, the trainer
// records, the pilot puts the file before the jury. Plus who sees what, and no lost edit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, ensureOrganisation } from '../accounts/service.ts';
import { demoOrganisations } from '../demo/seedDemo.ts';
import { getInstrument } from '../instruments/service.ts';
import { type DemoCaller, demoCaller } from '../test/demoCaller.ts';
import { createDemoTestApp } from '../test/harness.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let call: DemoCaller['call'];
let companyId: string;
let projectId: string;
let candidateId: string;
let tutorId: string;
let trainerId: string;
let gridItems: string[];

const identity = {
  birthName: 'Vasseur',
  usageName: 'Dumont',
  firstNames: ['Inès', 'Marie'],
  birthDate: '1996-09-02',
  birthPlace: 'Bréhal-sur-Sienne (Manche)',
  email: 'ines.dumont@example.org',
  job: 'Assistante ADV',
  accessRoute: 'continuing_education',
};

beforeAll(async () => {
  t = await createDemoTestApp();
  companyId = (await ensureOrganisation(t.ctx, 'company', demoOrganisations.company)).id;
  await ensureOrganisation(t.ctx, 'company', 'Laiterie du Plateau');
  await createUser(t.ctx, {
    email: 'pilote@laiterie.example',
    displayName: 'Noémie Caron',
    password: 'un mot de passe de test',
    roles: [{ organisationName: 'Laiterie du Plateau', role: 'company_pilot' }],
  });
  await createUser(t.ctx, {
    email: 'tuteur2@demo.certeval.example',
    displayName: 'Paul Girard',
    password: 'un mot de passe de test',
    roles: [{ organisationName: demoOrganisations.company, role: 'tutor' }],
  });
  ({ call } = await demoCaller(t.app, {
    pilot: 'pilote@demo.certeval.example',
    certifier: 'certificateur@demo.certeval.example',
    tutor: 'tuteur@demo.certeval.example',
    trainer: 'formateur@demo.certeval.example',
    jury: 'jury@demo.certeval.example',
    demoCandidate: 'candidat@demo.certeval.example',
    otherPilot: { email: 'pilote@laiterie.example', password: 'un mot de passe de test' },
    otherTutor: { email: 'tuteur2@demo.certeval.example', password: 'un mot de passe de test' },
  }));
  const users = (await call('GET', '/api/users', 'certifier')).json() as Array<{
    id: string;
    email: string;
  }>;
  tutorId = users.find((u) => u.email === 'tuteur@demo.certeval.example')?.id as string;
  trainerId = users.find((u) => u.email === 'formateur@demo.certeval.example')?.id as string;
  const { instrument } = await getInstrument(t.ctx, 'cqp-agc-tutor-grid', '1');
  gridItems = instrument.sections.flatMap((s) => s.items.map((i) => i.id));
});
afterAll(() => t.close());

describe('company project', () => {
  it('is opened by the pilot on a published version, submitted, then validated by the certifier', async () => {
    const created = await call('POST', '/api/projects', 'pilot', {
      organisationId: companyId,
      certification: 'cqp-agc',
      referentialVersion: '1',
      title: 'CQP AGC — promotion d’automne',
      opportunity: 'Fidéliser l’équipe ADV.',
      steeringCommittee: [{ name: 'Julien Roussel', role: 'Pilote' }],
    });
    expect(created.statusCode).toBe(201);
    projectId = created.json().id;
    const refused = await call('POST', `/api/projects/${projectId}/status`, 'pilot', {
      to: 'validated',
      revision: 1,
    });
    expect(refused.statusCode).toBe(409);
    const submitted = await call('POST', `/api/projects/${projectId}/status`, 'pilot', {
      to: 'submitted',
      revision: 1,
    });
    expect(submitted.json()).toEqual({ revision: 2, status: 'submitted' });
    const byPilot = await call('POST', `/api/projects/${projectId}/status`, 'pilot', {
      to: 'validated',
      revision: 2,
    });
    expect(byPilot.statusCode).toBe(403);
    const validated = await call('POST', `/api/projects/${projectId}/status`, 'certifier', {
      to: 'validated',
      revision: 2,
    });
    expect(validated.json().status).toBe('validated');
  });

  it('is not seen by another company’s pilot', async () => {
    const list = (await call('GET', '/api/projects', 'otherPilot')).json();
    expect(list).toEqual([]);
    expect((await call('GET', `/api/projects/${projectId}`, 'otherPilot')).statusCode).toBe(404);
    expect(
      (
        await call('POST', '/api/projects', 'otherPilot', {
          organisationId: companyId,
          certification: 'cqp-agc',
          referentialVersion: '1',
          title: 'Intrusion',
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('enrolment', () => {
  it('lists every problem of a bad identity and stores nothing', async () => {
    const before = (await call('GET', '/api/candidates', 'pilot')).json().items.length;
    const response = await call('POST', `/api/projects/${projectId}/candidates`, 'pilot', {
      candidate: { ...identity, birthDate: '2031-01-01', tutorId: trainerId, firstNames: [] },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('candidate_invalid');
    expect(body.problems.map((p: { path: string }) => p.path)).toContain(
      'body/candidate/firstNames',
    );
    const again = await call('POST', `/api/projects/${projectId}/candidates`, 'pilot', {
      candidate: { ...identity, birthDate: '2031-01-01', tutorId: trainerId },
    });
    expect(again.json().problems.map((p: { path: string }) => p.path)).toEqual([
      'body/candidate/birthDate',
      'body/candidate/tutorId',
    ]);
    expect((await call('GET', '/api/candidates', 'pilot')).json().items.length).toBe(before);
  });

  it('offers the company’s tutors and every trainer to follow a candidate', async () => {
    const people = (await call('GET', `/api/projects/${projectId}/assignable`, 'pilot')).json();
    expect(people.tutors.map((p: { id: string }) => p.id)).toContain(tutorId);
    expect(people.trainers.map((p: { id: string }) => p.id)).toEqual([trainerId]);
    expect(people.tutors.map((p: { email: string }) => p.email)).not.toContain(
      'formateur@demo.certeval.example',
    );
    const other = await call('GET', `/api/projects/${projectId}/assignable`, 'otherPilot');
    expect(other.statusCode).toBe(404);
  });

  it('enrols a candidate with their tutor and trainer', async () => {
    const response = await call('POST', `/api/projects/${projectId}/candidates`, 'pilot', {
      candidate: { ...identity, tutorId, trainerId },
    });
    expect(response.statusCode).toBe(201);
    candidateId = response.json().id;
    const file = (await call('GET', `/api/candidates/${candidateId}`, 'pilot')).json();
    expect(file.status).toBe('enrolled');
    expect(file.tutorName).toBe('Sophie Lemaire');
    expect(file.candidate.usageName).toBe('Dumont');
  });

  it('shows each person only the files that concern them', async () => {
    const ids = async (who: string) =>
      ((await call('GET', '/api/candidates', who)).json().items as Array<{ id: string }>).map(
        (c) => c.id,
      );
    expect(await ids('pilot')).toContain(candidateId);
    expect(await ids('certifier')).toContain(candidateId);
    expect(await ids('tutor')).toContain(candidateId);
    expect(await ids('trainer')).toContain(candidateId);
    expect(await ids('otherTutor')).not.toContain(candidateId);
    expect(await ids('otherPilot')).toEqual([]);
    expect(await ids('jury')).toEqual([]);
    expect(await ids('demoCandidate')).not.toContain(candidateId);
    expect((await ids('demoCandidate')).length).toBe(1);
    expect((await call('GET', `/api/candidates/${candidateId}`, 'otherTutor')).statusCode).toBe(
      404,
    );
  });
});

describe('positioning and recording', () => {
  let positioning: string;

  it('lets only the assigned tutor position, on a date not in the future', async () => {
    const body = {
      instrument: { key: 'cqp-agc-tutor-grid', version: '1' },
      kind: 'positioning',
      date: '2026-01-15',
    };
    expect(
      (await call('POST', `/api/candidates/${candidateId}/evaluations`, 'otherTutor', body))
        .statusCode,
    ).toBe(404);
    const future = await call('POST', `/api/candidates/${candidateId}/evaluations`, 'tutor', {
      ...body,
      date: '2999-01-01',
    });
    expect(future.json().problems[0].path).toBe('body/date');
    const started = await call('POST', `/api/candidates/${candidateId}/evaluations`, 'tutor', body);
    expect(started.statusCode).toBe(201);
    positioning = started.json().id;
  });

  it('saves as it is filled, refuses a stale revision, lists bad items, keeps the history', async () => {
    const first = gridItems[0] as string;
    const saved = await call('PUT', `/api/evaluations/${positioning}`, 'tutor', {
      items: [{ item: first, percentage: 30 }],
      revision: 1,
    });
    expect(saved.json().revision).toBe(2);
    const stale = await call('PUT', `/api/evaluations/${positioning}`, 'tutor', {
      items: [{ item: first, percentage: 100 }],
      revision: 1,
    });
    expect(stale.statusCode).toBe(409);
    const bad = await call('PUT', `/api/evaluations/${positioning}`, 'tutor', {
      items: [
        { item: 'XX9', percentage: 50 },
        { item: first, percentage: 105 },
      ],
      revision: 2,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().problems.map((p: { path: string }) => p.path)).toEqual([
      'body/items[0].item',
      'body/items[1].percentage',
    ]);
    const current = (await call('GET', `/api/evaluations/${positioning}`, 'tutor')).json();
    expect(current.items).toEqual([{ item: first, percentage: 30 }]);
    expect(current.revision).toBe(2);
    const byOther = await call('PUT', `/api/evaluations/${positioning}`, 'pilot', {
      items: [],
      revision: 2,
    });
    expect(byOther.statusCode).toBe(403);
    const history = (await call('GET', `/api/evaluations/${positioning}/history`, 'pilot')).json();
    expect(history[0].actorName).toBe('Sophie Lemaire');
    expect(history[0].data.changes).toEqual([
      { item: first, after: { item: first, percentage: 30 } },
    ]);
  });

  it('refuses an incomplete submission, then positions the candidate and suggests a plan', async () => {
    const incomplete = await call('POST', `/api/evaluations/${positioning}/submit`, 'tutor', {
      revision: 2,
    });
    expect(incomplete.statusCode).toBe(400);
    const items = gridItems.map((item, k) => ({ item, percentage: [0, 30, 50, 70, 100][k % 5] }));
    const saved = await call('PUT', `/api/evaluations/${positioning}`, 'tutor', {
      items,
      revision: 2,
    });
    const submitted = await call('POST', `/api/evaluations/${positioning}/submit`, 'tutor', {
      revision: saved.json().revision,
    });
    expect(submitted.statusCode).toBe(200);
    const after = await call('PUT', `/api/evaluations/${positioning}`, 'tutor', {
      items,
      revision: submitted.json().revision,
    });
    expect(after.json().code).toBe('evaluation_submitted');
    const file = (await call('GET', `/api/candidates/${candidateId}`, 'pilot')).json();
    expect(file.status).toBe('positioned');
    const result = (
      await call('GET', `/api/candidates/${candidateId}/positioning`, 'tutor')
    ).json();
    expect(result.positioning.plan.length).toBeGreaterThan(0);
    const plan = await call('PUT', `/api/candidates/${candidateId}/plan`, 'tutor', {
      entries: result.positioning.plan.slice(0, 3).map((e: object) => ({ ...e, hours: 7 })),
      revision: 0,
    });
    expect(plan.json().revision).toBe(1);
    const stalePlan = await call('PUT', `/api/candidates/${candidateId}/plan`, 'pilot', {
      entries: [],
      revision: 0,
    });
    expect(stalePlan.statusCode).toBe(409);
  });

  it('keeps the file out of the jury until the tutor’s and trainer’s final evaluations are in', async () => {
    const file = (await call('GET', `/api/candidates/${candidateId}`, 'pilot')).json();
    const training = await call('POST', `/api/candidates/${candidateId}/status`, 'pilot', {
      to: 'in_training',
      revision: file.revision,
    });
    expect(training.statusCode).toBe(200);
    const early = await call('POST', `/api/candidates/${candidateId}/status`, 'pilot', {
      to: 'ready_for_jury',
      revision: training.json().revision,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().message.en).toMatch(/tutor's and the trainer's final/);
    const byTutor = await call('POST', `/api/candidates/${candidateId}/status`, 'tutor', {
      to: 'ready_for_jury',
      revision: training.json().revision,
    });
    expect(byTutor.statusCode).toBe(409);
  });

  it('draws the booklet: timeline with a tutor note and progress per domain', async () => {
    const note = await call('POST', `/api/candidates/${candidateId}/booklet`, 'tutor', {
      kind: 'tutor_note',
      date: '2026-02-01',
      title: 'Premier mois',
      body: 'Bonne prise en main du portail EDI.',
    });
    expect(note.statusCode).toBe(201);
    const byCandidate = await call(
      'POST',
      `/api/candidates/${candidateId}/booklet`,
      'demoCandidate',
      {
        kind: 'tutor_note',
        date: '2026-02-01',
        title: 'x',
      },
    );
    expect(byCandidate.statusCode).toBe(403);
    const booklet = (await call('GET', `/api/candidates/${candidateId}/booklet`, 'pilot')).json();
    expect(booklet.timeline.map((e: { type: string }) => e.type)).toEqual(['entry', 'evaluation']);
    expect(Object.keys(booklet.progress.domains).length).toBeGreaterThan(0);
  });
});
