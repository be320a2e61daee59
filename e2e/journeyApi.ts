// What the journeys prepare through the API rather than on screen (a candidate taken to the
// jury, a jury convened with the candidate seated, evaluations filled, the members' grids and
// the president's agreement), and reading back a PDF they download.
import { type APIRequestContext, type Browser, expect } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DEMO_PASSWORD } from './signIn.ts';

export const today = () => new Date().toISOString().slice(0, 10);

/** The text of every page of a PDF, whitespace collapsed: what a reader of the paper sees. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const document = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return pages.join(' ').replace(/\s+/g, ' ');
}

/** The API as a demo person, signed in in a context of their own. */
export async function apiAs(browser: Browser, email: string): Promise<APIRequestContext> {
  const context = await browser.newContext();
  const login = await context.request.post('/api/auth/login', {
    data: { email, password: DEMO_PASSWORD },
  });
  expect(login.status()).toBe(200);
  return context.request;
}

export async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as T;
}

type Instrument = {
  sections: Array<{ items: Array<{ id: string; scoring: { model: string; max?: number } }> }>;
};

/** Saves the items of an open evaluation on its current revision, then submits it. */
export async function fill(api: APIRequestContext, evaluationId: string, items: object[]) {
  const current = await json<{ revision: number }>(
    await api.get(`/api/evaluations/${evaluationId}`),
  );
  const saved = await json<{ revision: number }>(
    await api.put(`/api/evaluations/${evaluationId}`, {
      data: { items, revision: current.revision },
    }),
  );
  await json(
    await api.post(`/api/evaluations/${evaluationId}/submit`, {
      data: { revision: saved.revision },
    }),
  );
}

/** Opens an evaluation, rates every item at `pct` (Acquis items acquired), submits it. */
async function record(
  api: APIRequestContext,
  candidateId: string,
  key: string,
  kind: string,
  pct: number,
) {
  const { instrument } = await json<{ instrument: Instrument }>(
    await api.get(`/api/instruments/${key}/versions/1`),
  );
  // A closed question is scored from its key: right (1 point) from 50 up, else a share of its points.
  const items = instrument.sections.flatMap((s) =>
    s.items.map((i) => {
      const { scoring } = i;
      if (scoring.model === 'acquis') return { item: i.id, outcome: 'acquis' };
      if (scoring.model === 'right_wrong') return { item: i.id, points: pct >= 50 ? 1 : 0 };
      if (scoring.model === 'partial_credit')
        return { item: i.id, points: (pct / 100) * (scoring.max ?? 1) };
      return { item: i.id, percentage: pct };
    }),
  );
  const opened = await json<{ id: string }>(
    await api.post(`/api/candidates/${candidateId}/evaluations`, {
      data: { instrument: { key, version: '1' }, kind, date: today() },
    }),
  );
  await fill(api, opened.id, items);
}

async function move(api: APIRequestContext, candidateId: string, to: string) {
  const file = await json<{ revision: number }>(await api.get(`/api/candidates/${candidateId}`));
  await json(
    await api.post(`/api/candidates/${candidateId}/status`, {
      data: { to, revision: file.revision },
    }),
  );
}

export type Identity = {
  birthName: string;
  firstNames: string[];
  birthDate: string;
  birthPlace: string;
  accessRoute: string;
};

/**
 * A candidate enrolled in the demo project, positioned, trained, given the tutor's and the
 * trainer's final results, and put before the jury; their id.
 */
export async function readyCandidate(
  browser: Browser,
  identity: Identity,
  finals: { tutor: number; trainer: number },
): Promise<string> {
  const certifier = await apiAs(browser, 'certificateur@demo.certeval.example');
  const instruments = await json<Array<{ key: string; status: string; revision: number }>>(
    await certifier.get('/api/instruments'),
  );
  const quiz = instruments.find((i) => i.key === 'cqp-agc-demo-questionnaire');
  if (quiz?.status === 'draft')
    await json(
      await certifier.post('/api/instruments/cqp-agc-demo-questionnaire/versions/1/publish', {
        data: { revision: quiz.revision },
      }),
    );
  const pilot = await apiAs(browser, 'pilote@demo.certeval.example');
  const projects = await json<Array<{ id: string; status: string }>>(
    await pilot.get('/api/projects'),
  );
  const project = projects.find((p) => p.status === 'validated')?.id as string;
  const people = await json<{
    tutors: Array<{ id: string; email: string }>;
    trainers: Array<{ id: string }>;
  }>(await pilot.get(`/api/projects/${project}/assignable`));
  const tutorId = people.tutors.find((p) => p.email === 'tuteur@demo.certeval.example')?.id;
  const { id } = await json<{ id: string }>(
    await pilot.post(`/api/projects/${project}/candidates`, {
      data: { candidate: { ...identity, tutorId, trainerId: people.trainers[0]?.id } },
    }),
  );
  const tutor = await apiAs(browser, 'tuteur@demo.certeval.example');
  await record(tutor, id, 'cqp-agc-tutor-grid', 'positioning', 50);
  await move(pilot, id, 'in_training');
  await record(tutor, id, 'cqp-agc-tutor-grid', 'final', finals.tutor);
  const trainer = await apiAs(browser, 'formateur@demo.certeval.example');
  await record(trainer, id, 'cqp-agc-demo-questionnaire', 'final', finals.trainer);
  await move(pilot, id, 'ready_for_jury');
  return id;
}

/** The demo's CQP AGC jury: one member per college, the employers' representative presiding. */
export const JURY = {
  president: 'jury@demo.certeval.example',
  employees: 'jury.salaries@demo.certeval.example',
  opca: 'jury.opca@demo.certeval.example',
} as const;

/**
 * The certifier convenes the demo's CQP AGC jury today at `startTime` in `place` and seats the
 * candidate, whose file is before the jury; the session's and the seat's ids.
 */
export async function seatedSession(
  browser: Browser,
  candidateId: string,
  at: { startTime: string; place: string },
): Promise<{ sessionId: string; seatId: string }> {
  const certifier = await apiAs(browser, 'certificateur@demo.certeval.example');
  const users = await json<Array<{ id: string; email: string }>>(await certifier.get('/api/users'));
  const idOf = (email: string) => users.find((u) => u.email === email)?.id;
  const session = await json<{ id: string; revision: number }>(
    await certifier.post('/api/jury/sessions', {
      data: {
        certification: 'cqp-agc',
        referentialVersion: '1',
        date: today(),
        ...at,
        members: [
          {
            userId: idOf(JURY.president),
            role: 'employers_representative',
            affiliation: 'Fédération (démo)',
            presides: true,
          },
          {
            userId: idOf(JURY.employees),
            role: 'employees_representative',
            affiliation: 'Syndicat (démo)',
          },
          { userId: idOf(JURY.opca), role: 'opca_representative', affiliation: 'OPCA démo' },
        ],
      },
    }),
  );
  const seat = await json<{ id: string }>(
    await certifier.post(`/api/jury/sessions/${session.id}/candidates`, {
      data: { candidateId, revision: session.revision },
    }),
  );
  return { sessionId: session.id, seatId: seat.id };
}

/**
 * A jury member appreciates a VAE candidate's booklet at the interview (seed 001: one of the
 * route's two components): it measures the savoir-faire the jury guide alone does not measure
 * in their own domain (issue 17).
 */
export async function appreciateBooklet(browser: Browser, candidateId: string, pct: number) {
  const member = await apiAs(browser, JURY.opca);
  await record(member, candidateId, 'cqp-agc-vae-booklet', 'final', pct);
}

/** A member's observations on the jury guide (seed 002): R.1–R.3, PO.1, OT.1–OT.3. */
export const observations = (r: number, po: number, ot: number) =>
  (
    [
      ['R.1', r],
      ['R.2', r],
      ['R.3', r],
      ['PO.1', po],
      ['OT.1', ot],
      ['OT.2', ot],
      ['OT.3', ot],
    ] as const
  ).map(([item, percentage]) => ({ item, percentage }));

/**
 * A seated candidate's deliberation taken to the president's agreement: each member of the
 * demo's jury fills their grid on the jury guide with their [R, PO, OT] percentages and submits
 * it, the president closes the grading and records the agreed percentages with the synthesis
 * comment. The president's API and the deliberation's revision, to go on (e.g. to sign).
 */
export async function agreedDeliberation(
  browser: Browser,
  seatId: string,
  grades: Record<keyof typeof JURY, readonly [number, number, number]>,
  agreement: { percentages: Record<string, number>; comment: string },
): Promise<{ president: APIRequestContext; revision: number }> {
  const president = await apiAs(browser, JURY.president);
  for (const [who, email] of Object.entries(JURY) as Array<[keyof typeof JURY, string]>) {
    const member = who === 'president' ? president : await apiAs(browser, email);
    const grid = await json<{ evaluationId: string }>(
      await member.post(`/api/jury/candidates/${seatId}/grid`),
    );
    await fill(member, grid.evaluationId, observations(...grades[who]));
  }
  const url = `/api/jury/candidates/${seatId}`;
  const revision = async () =>
    (await json<{ revision: number }>(await president.get(url))).revision;
  await json(
    await president.post(`${url}/commands`, {
      data: { command: 'close_grading', revision: await revision() },
    }),
  );
  await json(
    await president.post(`${url}/agreement`, {
      data: { ...agreement, revision: await revision() },
    }),
  );
  return { president, revision: await revision() };
}
