// Re-opening a submitted VAE booklet (issue 6): the certifier or the candidate's company pilot,
// with a written reason, before the jury has begun or decided; the booklet becomes a draft on
// its next revision, the file goes back from the jury to enrolment, the audit says who, why and
// the statuses before and after; the candidate edits and submits again. Once a jury member has
// submitted their appreciation of the booklet, or the jury has signed its decision, it is refused.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../demo/seedDemo.ts';
import { getInstrument } from '../instruments/service.ts';
import {
  agreedDeliberation,
  type Journey,
  journey,
  readyVaeCandidate,
  recordEvaluation,
} from '../jury/juryJourney.testing.ts';
import { auditEvents } from '../platform/db/schema.ts';
import { createDemoTestApp } from '../test/harness.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let j: Journey;
let camille: string;
let url: string;

const REASON = 'Il manque les documents de la mission M3 : joignez vos bons de commande.';

beforeAll(async () => {
  t = await createDemoTestApp();
  j = await journey(t);
  camille = await readyVaeCandidate(j, t.app);
  url = `/api/candidates/${camille}/vae-booklet`;
}, 120_000);
afterAll(() => t.close());

const view = async (who: string) => (await j.call('GET', url, who)).json();
const reopen = (who: string, body: object) => j.call('POST', `${url}/reopen`, who, body);
const fileStatus = async () =>
  (await j.call('GET', `/api/candidates/${camille}`, 'pilot')).json().status;

let submittedRevision: number;
let decided: { seatId: string; revision: number };
const AGREEMENT = {
  percentages: { R: 80, PO: 75, OT: 72 },
  comment: 'Expérience solide et bien décrite.',
};

describe('re-opening a submitted VAE booklet', () => {
  it('is offered to the certifier and the company’s pilot only, and refused to anyone else', async () => {
    const submitted = await view('certifier');
    expect(submitted.status).toBe('submitted');
    submittedRevision = submitted.revision;
    expect(submitted.canReopen).toBe(true);
    expect((await view('pilot')).canReopen).toBe(true);
    expect((await view('vae')).canReopen).toBe(false);
    const body = { reason: REASON, revision: submittedRevision };
    for (const who of ['vae', 'tutor', 'trainer', 'opca'])
      expect((await reopen(who, body)).statusCode, who).toBe(403);
    expect((await view('certifier')).status).toBe('submitted');
  });

  it('needs a written reason and the revision read', async () => {
    const blank = await reopen('pilot', { reason: '  \n ', revision: submittedRevision });
    expect(blank.statusCode).toBe(400);
    expect(blank.json()).toMatchObject({ code: 'validation_failed', path: 'body/reason' });
    expect(blank.json().message.en).toContain('Write the reason');
    const stale = await reopen('certifier', { reason: REASON, revision: submittedRevision - 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('conflict');
    expect((await view('certifier')).status).toBe('submitted');
  });

  it('makes the booklet a draft on its next revision and takes the file back from the jury, audited', async () => {
    expect(await fileStatus()).toBe('ready_for_jury');
    const reopened = await reopen('certifier', {
      reason: `  ${REASON} `,
      revision: submittedRevision,
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toEqual({
      revision: submittedRevision + 1,
      status: 'draft',
      fileStatus: 'enrolled',
    });
    expect(await fileStatus()).toBe('enrolled');
    const audit = await t.ctx.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, camille), eq(auditEvents.action, 'vae_booklet.reopen')));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBe(j.ids.certifier);
    expect(audit[0]?.data).toMatchObject({
      reason: REASON,
      booklet: { from: 'submitted', to: 'draft', revision: submittedRevision + 1 },
      file: { from: 'ready_for_jury', to: 'enrolled' },
    });
    const again = await reopen('certifier', { reason: REASON, revision: submittedRevision + 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('booklet_reopen_refused');
    expect(again.json().message.fr).toContain('n’est pas envoyé au jury');
  });

  it('lets the candidate read why, edit on the new revision only, and submit again', async () => {
    const draft = await view('vae');
    expect(draft).toMatchObject({ status: 'draft', canWrite: true, canReopen: false });
    expect(draft.submittedAt).toBeNull();
    expect(draft.reopening).toMatchObject({ by: 'Hélène Marchetti', reason: REASON });
    const responses = { ...draft.responses };
    const [first] = Object.keys(responses);
    responses[first as string] = { kind: 'text', text: 'Mes bons de commande sont joints.' };
    const stale = await j.call('PUT', `${url}/responses`, 'vae', {
      responses,
      revision: submittedRevision,
    });
    expect(stale.statusCode).toBe(409);
    const saved = await j.call('PUT', `${url}/responses`, 'vae', {
      responses,
      revision: draft.revision,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const submitted = await j.call('POST', `${url}/submit`, 'vae', {
      revision: saved.json().revision,
    });
    expect(submitted.json()).toMatchObject({ status: 'submitted', fileStatus: 'ready_for_jury' });
    expect(await view('pilot')).toMatchObject({ status: 'submitted', reopening: null });
  });

  it('is refused once a jury member has submitted their appreciation of the booklet', async () => {
    const { seatId, deliberation } = await agreedDeliberation(j, camille, AGREEMENT, async () => {
      expect((await view('pilot')).canReopen).toBe(true);
      const { instrument } = await getInstrument(t.ctx, 'cqp-agc-vae-booklet', '1');
      const items = instrument.sections.flatMap((s) =>
        s.items.map((i) => ({ item: i.id, percentage: 70 })),
      );
      const booklet = { key: 'cqp-agc-vae-booklet', kind: 'final' };
      await recordEvaluation(j, 'opca', camille, booklet, items);
      const read = await view('pilot');
      expect(read.canReopen).toBe(false);
      const refused = await reopen('pilot', { reason: REASON, revision: read.revision });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().code).toBe('booklet_reopen_refused');
      expect(refused.json().message.en).toBe(
        'The jury has begun evaluating this candidate on their booklet: it can no longer be re-opened.',
      );
      expect(await fileStatus()).toBe('ready_for_jury');
    });
    decided = { seatId, revision: deliberation.revision };
  });

  it('is refused once the jury has decided on the file', async () => {
    const signed = await j.call(
      'POST',
      `/api/jury/candidates/${decided.seatId}/sign`,
      'president',
      {
        password: DEMO_PASSWORD,
        revision: decided.revision,
      },
    );
    expect(signed.statusCode, signed.body).toBe(200);
    expect(await fileStatus()).toBe('decided');
    const booklet = await view('certifier');
    expect(booklet).toMatchObject({ status: 'submitted', canReopen: false });
    const refused = await reopen('certifier', { reason: REASON, revision: booklet.revision });
    // A decided file is frozen (issue 14): refused by the one rule every write on it asks.
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('file_decided');
    expect(refused.json().message.fr).toContain('La décision du jury est signée');
    expect(refused.json().message.fr).toContain('livret descriptif d’activité');
    expect(await fileStatus()).toBe('decided');
  });
});
