// Test support, imported only by integration tests: the demo people signed in, the demo
// candidate (Lucas Moreau) taken through the API to a file ready for the jury — positioning,
// the tutor's and the trainer's final evaluations — and a CQP AGC jury of the demo's three
// jury members, Isabelle Fournier presiding, with each member's grid filled and submitted.
import type { Instrument } from '@certeval/core';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { getInstrument } from '../instruments/service.ts';
import type { Context } from '../platform/context.ts';
import { type DemoCaller, demoCaller } from '../test/demoCaller.ts';
import { signInCookie } from '../test/sessions.ts';

export const PEOPLE = {
  certifier: 'certificateur@demo.certeval.example',
  pilot: 'pilote@demo.certeval.example',
  tutor: 'tuteur@demo.certeval.example',
  trainer: 'formateur@demo.certeval.example',
  president: 'jury@demo.certeval.example',
  employees: 'jury.salaries@demo.certeval.example',
  opca: 'jury.opca@demo.certeval.example',
} as const;

export type Who = keyof typeof PEOPLE | string;

export interface Journey extends DemoCaller {
  ctx: Context;
  ids: Record<string, string>;
}

export async function journey(t: { app: FastifyInstance; ctx: Context }): Promise<Journey> {
  const { call, cookies } = await demoCaller(t.app, PEOPLE);
  const users = (await call('GET', '/api/users', 'certifier')).json() as Array<{
    id: string;
    email: string;
  }>;
  const ids = Object.fromEntries(
    Object.entries(PEOPLE).map(([who, email]) => [
      who,
      users.find((u) => u.email === email)?.id ?? '',
    ]),
  );
  return { ctx: t.ctx, call, cookies, ids };
}

export const today = () => new Date().toISOString().slice(0, 10);

/** Every item of an instrument rated: percentages, Acquis for Acquis items. */
export function allItems(instrument: Instrument, percentage: number) {
  return instrument.sections.flatMap((s) => s.items.map((i) => itemAt(i, percentage)));
}

/** A closed question is scored from its key: right (1 point) from 50 up, a share of its points. */
function itemAt(item: Instrument['sections'][number]['items'][number], percentage: number) {
  const { scoring } = item;
  if (scoring.model === 'acquis') return { item: item.id, outcome: 'acquis' };
  if (scoring.model === 'right_wrong') return { item: item.id, points: percentage >= 50 ? 1 : 0 };
  if (scoring.model === 'partial_credit')
    return { item: item.id, points: (percentage / 100) * scoring.max };
  return { item: item.id, percentage };
}

/** Opens, fills and submits an evaluation; returns its id. */
export async function recordEvaluation(
  j: Journey,
  who: Who,
  candidateId: string,
  body: { key: string; kind: string },
  items: object[],
) {
  const started = await j.call('POST', `/api/candidates/${candidateId}/evaluations`, who, {
    instrument: { key: body.key, version: '1' },
    kind: body.kind,
    date: today(),
  });
  if (started.statusCode !== 201) throw new Error(started.body);
  const id = started.json().id as string;
  await fillAndSubmit(j, who, id, items);
  return id;
}

export async function fillAndSubmit(j: Journey, who: Who, id: string, items: object[]) {
  const current = (await j.call('GET', `/api/evaluations/${id}`, who)).json();
  const saved = await j.call('PUT', `/api/evaluations/${id}`, who, {
    items,
    revision: current.revision,
  });
  if (saved.statusCode !== 200) throw new Error(saved.body);
  const submitted = await j.call('POST', `/api/evaluations/${id}/submit`, who, {
    revision: saved.json().revision,
  });
  if (submitted.statusCode !== 200) throw new Error(submitted.body);
}

async function move(j: Journey, candidateId: string, to: string) {
  const file = (await j.call('GET', `/api/candidates/${candidateId}`, 'pilot')).json();
  const moved = await j.call('POST', `/api/candidates/${candidateId}/status`, 'pilot', {
    to,
    revision: file.revision,
  });
  if (moved.statusCode !== 200) throw new Error(moved.body);
}

/** The demo candidate's file, positioned, trained, evaluated and put before the jury. */
export async function readyDemoCandidate(j: Journey): Promise<string> {
  const list = (await j.call('GET', '/api/candidates', 'pilot')).json().items as Array<{
    id: string;
    birthName: string;
  }>;
  const candidateId = list.find((c) => c.birthName === 'Moreau')?.id as string;
  await takeToJury(j, candidateId);
  return candidateId;
}

/**
 * A fictional candidate enrolled by the pilot in the demo project (the demo's tutor and
 * trainer), taken to the jury like the demo candidate; their id.
 */
export async function readyFictionalCandidate(
  j: Journey,
  identity: { birthName: string; firstNames: string[]; birthDate: string; birthPlace: string },
): Promise<string> {
  const files = (await j.call('GET', '/api/candidates', 'pilot')).json().items as Array<{
    projectId: string;
  }>;
  const projectId = files[0]?.projectId as string;
  const enrolled = await ok(
    await j.call('POST', `/api/projects/${projectId}/candidates`, 'pilot', {
      candidate: {
        ...identity,
        accessRoute: 'professionalisation_contract',
        tutorId: j.ids.tutor,
        trainerId: j.ids.trainer,
      },
    }),
    201,
  );
  await takeToJury(j, enrolled.id);
  return enrolled.id as string;
}

/** Positioning, training, the tutor's and the trainer's final evaluations, then the jury. */
async function takeToJury(j: Journey, candidateId: string) {
  const grid = (await getInstrument(j.ctx, 'cqp-agc-tutor-grid', '1')).instrument;
  const questionnaire = (await getInstrument(j.ctx, 'cqp-agc-demo-questionnaire', '1')).instrument;
  const tutorGrid = { key: 'cqp-agc-tutor-grid', kind: 'positioning' };
  await recordEvaluation(j, 'tutor', candidateId, tutorGrid, allItems(grid, 50));
  await move(j, candidateId, 'in_training');
  await recordEvaluation(
    j,
    'tutor',
    candidateId,
    { ...tutorGrid, kind: 'final' },
    allItems(grid, 80),
  );
  const trainerTest = { key: 'cqp-agc-demo-questionnaire', kind: 'final' };
  await recordEvaluation(j, 'trainer', candidateId, trainerTest, allItems(questionnaire, 75));
  await move(j, candidateId, 'ready_for_jury');
}

/**
 * The demo's VAE candidate, Camille Vasseur, signed in as 'vae', her descriptive activity
 * booklet answered and submitted: her file goes before the jury (seed 001, "accès par la VAE").
 */
export async function readyVaeCandidate(j: Journey, app: FastifyInstance): Promise<string> {
  j.cookies.vae = await signInCookie(app, 'candidat.vae@demo.certeval.example');
  const files = (await j.call('GET', '/api/candidates', 'pilot')).json().items as Array<{
    id: string;
    birthName: string;
  }>;
  const candidateId = files.find((f) => f.birthName === 'Vasseur')?.id as string;
  const url = `/api/candidates/${candidateId}/vae-booklet`;
  const view = await ok(await j.call('GET', url, 'vae'));
  const questions = (view.booklet.sections as Array<{ items: Array<{ id: string }> }>).flatMap(
    (section) => section.items.map((item) => item.id),
  );
  const responses = Object.fromEntries(
    questions.map((id) => [id, { kind: 'text', text: `Ma pratique (${id}).` }]),
  );
  const saved = await ok(
    await j.call('PUT', `${url}/responses`, 'vae', { responses, revision: view.revision }),
  );
  await ok(await j.call('POST', `${url}/submit`, 'vae', { revision: saved.revision }));
  return candidateId;
}

/**
 * A jury member appreciates the VAE booklet at the interview (seed 001: the booklet is one of
 * the route's two components): the savoir-faire the jury guide alone does not measure in their
 * own domain (POSF2, POSF3, POSF6, OTSF8) are measured by it.
 */
export async function appreciateBooklet(j: Journey, candidateId: string, percentage = 70) {
  const booklet = (await getInstrument(j.ctx, 'cqp-agc-vae-booklet', '1')).instrument;
  const key = { key: 'cqp-agc-vae-booklet', kind: 'final' };
  await recordEvaluation(j, 'opca', candidateId, key, allItems(booklet, percentage));
}

type MemberBody = { userId: string; role: string; affiliation: string; presides?: boolean };

/** The demo's CQP AGC jury: one member per college, the employers' representative presiding. */
export function cqpJury(j: Journey): [MemberBody, MemberBody, MemberBody] {
  return [
    {
      userId: j.ids.president as string,
      role: 'employers_representative',
      affiliation: 'Fédération régionale de la biscuiterie (démo)',
      presides: true,
    },
    {
      userId: j.ids.employees as string,
      role: 'employees_representative',
      affiliation: 'Union syndicale de l’agroalimentaire (démo)',
    },
    { userId: j.ids.opca as string, role: 'opca_representative', affiliation: 'OPCA démo' },
  ];
}

/** A member's observations on the jury guide (seed 002): R.1–R.3, PO.1, OT.1–OT.3. */
export const observations = (r: number, po: number, ot: number) =>
  [
    ['R.1', r],
    ['R.2', r],
    ['R.3', r],
    ['PO.1', po],
    ['OT.1', ot],
    ['OT.2', ot],
    ['OT.3', ot],
  ].map(([item, percentage]) => ({ item, percentage }));

async function ok(response: LightMyRequestResponse, status = 200) {
  if (response.statusCode !== status) throw new Error(`${response.statusCode} ${response.body}`);
  return response.json();
}

/** A CQP AGC session convened by the certifier with the candidate seated; its id and the seat's. */
export async function seatedCandidate(
  j: Journey,
  candidateId: string,
  session: { date?: string; startTime?: string; place?: string; remoteLink?: string } = {},
) {
  const created = await ok(
    await j.call('POST', '/api/jury/sessions', 'certifier', {
      certification: 'cqp-agc',
      referentialVersion: '1',
      date: today(),
      startTime: '09:00',
      ...(session.remoteLink ? {} : { place: 'Commission paritaire, salle Loire (démo)' }),
      ...session,
      members: cqpJury(j),
    }),
    201,
  );
  const seat = await ok(
    await j.call('POST', `/api/jury/sessions/${created.id}/candidates`, 'certifier', {
      candidateId,
      revision: created.revision,
    }),
    201,
  );
  return { sessionId: created.id as string, seatId: seat.id as string };
}

/**
 * A session convened for the candidate, the three members' grids submitted, the grading
 * closed and the president's agreement recorded; returns the session and the jury candidate.
 */
export async function agreedDeliberation(
  j: Journey,
  candidateId: string,
  agreement: { percentages: Record<string, number>; comment: string },
  /** What the seated jury does before filling its grids (e.g. appreciate a VAE booklet). */
  beforeGrids?: () => Promise<void>,
  /** The session's day; today unless said. */
  date = today(),
) {
  const { sessionId, seatId } = await seatedCandidate(j, candidateId, { date });
  await beforeGrids?.();
  const grades: Record<string, [number, number, number]> = {
    president: [70, 70, 50],
    employees: [70, 70, 30],
    opca: [100, 70, 70],
  };
  for (const [who, [r, po, ot]] of Object.entries(grades)) {
    const grid = await ok(await j.call('POST', `/api/jury/candidates/${seatId}/grid`, who));
    await fillAndSubmit(j, who, grid.evaluationId, observations(r, po, ot));
  }
  const read = async () => ok(await j.call('GET', `/api/jury/candidates/${seatId}`, 'president'));
  await ok(
    await j.call('POST', `/api/jury/candidates/${seatId}/commands`, 'president', {
      command: 'close_grading',
      revision: (await read()).revision,
    }),
  );
  await ok(
    await j.call('POST', `/api/jury/candidates/${seatId}/agreement`, 'president', {
      ...agreement,
      revision: (await read()).revision,
    }),
  );
  return { sessionId, seatId, deliberation: await read() };
}
