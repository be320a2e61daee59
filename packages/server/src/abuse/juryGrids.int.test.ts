// Finding of the trust issue (issue 14): a jury member's grid leaked. The evaluation's history
// showed the candidate a member's draft score and comment, and the company's pilot, the tutor
// and the trainer read the members' individual grids. A member's grid is theirs, then the
// president's while the jury deliberates; once signed, the file's readers see the signed
// decision's synthesis grid, never a member's grid, draft or history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../demo/seedDemo.ts';
import {
  fillAndSubmit,
  type Journey,
  journey,
  observations,
  readyDemoCandidate,
  seatedCandidate,
} from '../jury/juryJourney.testing.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { signInCookie } from '../test/sessions.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let j: Journey;
let candidateId: string;
let seat: string;
const grids: Record<string, string> = {};
let synthesis: string;

/** A comment only the employees' representative wrote, to spot it anywhere it leaks. */
const SECRET = 'Note personnelle : hésitation sur OT, à revoir avec le président.';
const OUTSIDERS = ['holder', 'pilot', 'tutor', 'trainer'] as const;

const view = async (who = 'president') =>
  (await j.call('GET', `/api/jury/candidates/${seat}`, who)).json();

/** Every read of the candidate's evaluations a person of the file may ask for. */
async function everyRead(who: string) {
  const urls = [
    `/api/candidates/${candidateId}/evaluations`,
    `/api/candidates/${candidateId}/booklet`,
    `/api/candidates/${candidateId}/positioning`,
    `/api/candidates/${candidateId}/dossier`,
    ...Object.values(grids).flatMap((id) => [
      `/api/evaluations/${id}`,
      `/api/evaluations/${id}/history`,
    ]),
  ];
  return Promise.all(urls.map(async (url) => ({ url, response: await j.call('GET', url, who) })));
}

/** What leaks of the members' grids in every read `who` makes: the grids' ids or the comment. */
async function leaksTo(who: string) {
  const leaks: string[] = [];
  for (const { url, response } of await everyRead(who)) {
    const gridInUrl = Object.values(grids).some((id) => url.includes(id));
    if (gridInUrl && response.statusCode === 200) leaks.push(`${url} answered 200`);
    const body = response.body;
    if (body.includes(SECRET)) leaks.push(`${url} shows the member's comment`);
    for (const [member, id] of Object.entries(grids))
      if (!gridInUrl && body.includes(id)) leaks.push(`${url} names ${member}'s grid`);
    if (response.statusCode === 200 && !gridInUrl && /"jury_member"/.test(body))
      leaks.push(`${url} lists a jury member's evaluation`);
  }
  return leaks;
}

beforeAll(async () => {
  t = await createDemoTestApp();
  j = await journey(t);
  j.cookies.holder = await signInCookie(t.app, 'candidat@demo.certeval.example');
  candidateId = await readyDemoCandidate(j);
  seat = (
    await seatedCandidate(j, candidateId, { place: 'Commission paritaire, salle Saône (démo)' })
  ).seatId;
  for (const who of ['president', 'employees', 'opca']) {
    const opened = await j.call('POST', `/api/jury/candidates/${seat}/grid`, who);
    grids[who] = opened.json().evaluationId;
  }
  // The employees' representative saves a draft with a score and a personal comment.
  const draft = (await j.call('GET', `/api/evaluations/${grids.employees}`, 'employees')).json();
  const saved = await j.call('PUT', `/api/evaluations/${grids.employees}`, 'employees', {
    items: observations(70, 70, 30),
    comment: SECRET,
    revision: draft.revision,
  });
  if (saved.statusCode !== 200) throw new Error(saved.body);
}, 180_000);
afterAll(() => t.close());

describe('a jury member’s grid while the jury deliberates', () => {
  it('is not in the history, nor anywhere else, the candidate reads', async () => {
    const history = await j.call('GET', `/api/evaluations/${grids.employees}/history`, 'holder');
    expect(history.statusCode).toBe(404);
    expect(history.body).not.toContain(SECRET);
    expect(await leaksTo('holder')).toEqual([]);
  });

  it('is read by none of the company’s pilot, the tutor and the trainer', async () => {
    for (const who of ['pilot', 'tutor', 'trainer']) expect(await leaksTo(who), who).toEqual([]);
  });

  it('is read by its member, not by another member', async () => {
    const own = await j.call('GET', `/api/evaluations/${grids.employees}`, 'employees');
    expect(own.statusCode).toBe(200);
    expect(own.json().comment).toBe(SECRET);
    expect(
      (await j.call('GET', `/api/evaluations/${grids.employees}/history`, 'employees')).body,
    ).toContain(SECRET);
    const other = await j.call('GET', `/api/evaluations/${grids.employees}`, 'opca');
    expect(other.statusCode).toBe(404);
    const otherHistory = await j.call('GET', `/api/evaluations/${grids.employees}/history`, 'opca');
    expect(otherHistory.statusCode).toBe(404);
    const list = (await j.call('GET', `/api/candidates/${candidateId}/evaluations`, 'opca')).json();
    expect(list.map((e: { id: string }) => e.id)).toContain(grids.opca);
    expect(list.map((e: { id: string }) => e.id)).not.toContain(grids.employees);
  });

  it('is read by the session’s president while deliberating', async () => {
    const read = await j.call('GET', `/api/evaluations/${grids.employees}`, 'president');
    expect(read.statusCode).toBe(200);
    expect(read.json().comment).toBe(SECRET);
  });
});

describe('after signature', () => {
  beforeAll(async () => {
    await fillAndSubmit(j, 'president', grids.president as string, observations(70, 70, 50));
    const draft = (await j.call('GET', `/api/evaluations/${grids.employees}`, 'employees')).json();
    const submitted = await j.call(
      'POST',
      `/api/evaluations/${grids.employees}/submit`,
      'employees',
      {
        revision: draft.revision,
      },
    );
    if (submitted.statusCode !== 200) throw new Error(submitted.body);
    await fillAndSubmit(j, 'opca', grids.opca as string, observations(100, 70, 70));
    await j.call('POST', `/api/jury/candidates/${seat}/commands`, 'president', {
      command: 'close_grading',
      revision: (await view()).revision,
    });
    const agreed = await j.call('POST', `/api/jury/candidates/${seat}/agreement`, 'president', {
      percentages: { R: 80, PO: 70, OT: 70 },
      comment: 'Relation client solide ; organisation du travail à consolider.',
      revision: (await view()).revision,
    });
    if (agreed.statusCode !== 200) throw new Error(agreed.body);
  });

  it('keeps the president’s synthesis from the file’s readers until it is signed', async () => {
    const all = (
      await j.call('GET', `/api/candidates/${candidateId}/evaluations`, 'certifier')
    ).json();
    synthesis = all.find((e: { evaluatorRole: string }) => e.evaluatorRole === 'jury_president').id;
    for (const who of OUTSIDERS) {
      const list = (await j.call('GET', `/api/candidates/${candidateId}/evaluations`, who)).json();
      expect(
        list.map((e: { id: string }) => e.id),
        who,
      ).not.toContain(synthesis);
      expect((await j.call('GET', `/api/evaluations/${synthesis}`, who)).statusCode, who).toBe(404);
    }
  });

  it('shows the file’s readers the signed synthesis grid, never a member’s grid', async () => {
    const signed = await j.call('POST', `/api/jury/candidates/${seat}/sign`, 'president', {
      password: DEMO_PASSWORD,
      revision: (await view()).revision,
    });
    expect(signed.statusCode, signed.body).toBe(200);
    for (const who of OUTSIDERS) {
      expect(await leaksTo(who), who).toEqual([]);
      const list = (await j.call('GET', `/api/candidates/${candidateId}/evaluations`, who)).json();
      expect(
        list.map((e: { id: string }) => e.id),
        who,
      ).toContain(synthesis);
      const read = await j.call('GET', `/api/evaluations/${synthesis}`, who);
      expect(read.statusCode, who).toBe(200);
    }
  });

  it('no longer shows the president the members’ grids once signed', async () => {
    const read = await j.call('GET', `/api/evaluations/${grids.employees}`, 'president');
    expect(read.statusCode).toBe(404);
    const own = await j.call('GET', `/api/evaluations/${grids.employees}`, 'employees');
    expect(own.statusCode).toBe(200);
  });
});
