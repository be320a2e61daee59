// The steering committee of a company project (issue 16; seed 000, slide 3): its members kept
// on the project's revision, its meetings, their minutes as PDF bytes attached once the meeting
// took place — each change audited — read by the company's pilot and the certifier only.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, ensureOrganisation } from '../accounts/service.ts';
import { DEMO_PASSWORD } from '../demo/seedDemo.ts';
import { auditEvents } from '../platform/db/schema.ts';
import { type DemoCaller, demoCaller } from '../test/demoCaller.ts';
import { createDemoTestApp } from '../test/harness.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let call: DemoCaller['call'];
let company: string;
type Committee = {
  id: string;
  revision: number;
  members: Array<{ name: string; role: string }>;
  canEdit: boolean;
  meetings: Array<{
    id: string;
    date: string;
    title: string;
    minutes: Array<{ id: string; sha256: string }>;
  }>;
};

const day = (offset: number) => new Date(Date.now() + offset * 864e5).toISOString().slice(0, 10);
const pdf = Buffer.from('%PDF-1.4\n% Compte rendu du comité de pilotage (démo)\n%%EOF\n');
const committees = async (who: string) =>
  (await call('GET', `/api/steering?organisationId=${company}`, who)).json() as Committee[];

beforeAll(async () => {
  t = await createDemoTestApp();
  await ensureOrganisation(t.ctx, 'company', 'Confiserie des Deux Rives (démo)');
  await createUser(t.ctx, {
    email: 'pilote.rives@example.org',
    displayName: 'Pilote Rives',
    password: DEMO_PASSWORD,
    roles: [{ organisationName: 'Confiserie des Deux Rives (démo)', role: 'company_pilot' }],
  });
  ({ call } = await demoCaller(t.app, {
    pilot: 'pilote@demo.certeval.example',
    certifier: 'certificateur@demo.certeval.example',
    tutor: 'tuteur@demo.certeval.example',
    otherPilot: 'pilote.rives@example.org',
  }));
  const me = (await call('GET', '/api/me', 'pilot')).json();
  company = me.memberships.find((m: { role: string }) => m.role === 'company_pilot').organisationId;
});
afterAll(() => t.close());

describe("a project's steering committee", () => {
  it("lists the demo project's members, for its pilot to change", async () => {
    const [project, ...others] = await committees('pilot');
    expect(others).toEqual([]);
    expect(project?.canEdit).toBe(true);
    expect(project?.members.map((m) => m.name)).toEqual([
      'Julien Roussel',
      'Sophie Lemaire',
      'Karim Benali',
    ]);
    expect(project?.meetings).toEqual([]);
  });

  it('saves its members on the project’s revision, refuses a stale one, audits the change', async () => {
    const [project] = await committees('pilot');
    const members = [
      ...(project?.members ?? []),
      { name: '  Martine Garnier ', role: 'Responsable des ressources humaines' },
      { name: ' ', role: '' },
    ];
    const url = `/api/steering/projects/${project?.id}/members`;
    const saved = await call('PUT', url, 'pilot', { members, revision: project?.revision });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().members.at(-1)).toEqual({
      name: 'Martine Garnier',
      role: 'Responsable des ressources humaines',
    });
    expect(saved.json().members).toHaveLength(4);
    const stale = await call('PUT', url, 'pilot', { members: [], revision: project?.revision });
    expect(stale.statusCode).toBe(409);
    expect((await committees('pilot'))[0]?.members).toHaveLength(4);
    const audit = await t.ctx.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'steering.members'),
          eq(auditEvents.subjectId, project?.id ?? ''),
        ),
      );
    expect(audit).toHaveLength(1);
  });

  it('keeps a meeting ahead without minutes until it has taken place', async () => {
    const [project] = await committees('pilot');
    const url = `/api/steering/projects/${project?.id}/meetings`;
    const ahead = await call('POST', url, 'pilot', {
      date: day(30),
      title: 'Point d’étape après le positionnement',
    });
    expect(ahead.statusCode, ahead.body).toBe(201);
    const early = await call(
      'POST',
      `/api/steering/meetings/${ahead.json().id}/minutes?fileName=cr.pdf`,
      'pilot',
      pdf,
      'application/pdf',
    );
    expect(early.statusCode).toBe(409);
    expect(early.json().message.fr).toContain('pas encore eu lieu');
    const blank = await call('POST', url, 'pilot', { date: day(-1), title: '   ' });
    expect(blank.statusCode).toBe(400);
  });

  it('keeps the minutes of a meeting held as the PDF attached, and only a PDF', async () => {
    const [project] = await committees('pilot');
    const held = await call('POST', `/api/steering/projects/${project?.id}/meetings`, 'pilot', {
      date: day(-7),
      title: 'Lancement du projet',
      agenda: 'Calendrier, tuteurs, positionnement',
    });
    const meeting = held.json().id;
    const minutesUrl = `/api/steering/meetings/${meeting}/minutes`;
    const notPdf = await call(
      'POST',
      `${minutesUrl}?fileName=cr.pdf`,
      'pilot',
      Buffer.from('pas un pdf'),
      'application/octet-stream',
    );
    expect(notPdf.statusCode).toBe(400);
    expect(notPdf.json().code).toBe('document_refused');
    const attached = await call(
      'POST',
      `${minutesUrl}?fileName=${encodeURIComponent('CR comité de lancement.pdf')}`,
      'pilot',
      pdf,
      'application/pdf',
    );
    expect(attached.statusCode, attached.body).toBe(201);
    const [read] = await committees('certifier');
    const listed = read?.meetings.find((m) => m.id === meeting);
    expect(listed?.minutes).toHaveLength(1);
    expect(read?.meetings.map((m) => m.title)).toEqual([
      'Lancement du projet',
      'Point d’étape après le positionnement',
    ]);
    const downloaded = await call('GET', `${minutesUrl}/${attached.json().id}`, 'certifier');
    expect(downloaded.statusCode).toBe(200);
    expect(Buffer.from(downloaded.rawPayload).equals(pdf)).toBe(true);
    const audit = await t.ctx.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'steering.minutes'));
    expect(audit.map((a) => (a.data as { sha256: string }).sha256)).toEqual([
      listed?.minutes[0]?.sha256,
    ]);
  });

  it("is the pilot's next committee on their home", async () => {
    const me = (await call('GET', '/api/me', 'pilot')).json();
    const space = me.memberships.find((m: { role: string }) => m.role === 'company_pilot');
    const todo = (
      await call(
        'GET',
        `/api/me/todo?organisationId=${space.organisationId}&role=company_pilot`,
        'pilot',
      )
    ).json();
    expect(todo).toContainEqual({ task: 'next_steering_meeting', count: 1, date: day(30) });
  });

  it('is read by the certifier but changed by the pilot only; another company sees nothing', async () => {
    const [project] = await committees('certifier');
    expect(project?.canEdit).toBe(false);
    const url = `/api/steering/projects/${project?.id}/meetings`;
    const certifierWrites = await call('POST', url, 'certifier', { date: day(0), title: 'Audit' });
    expect(certifierWrites.statusCode).toBe(403);
    expect((await call('GET', '/api/steering', 'tutor')).statusCode).toBe(403);
    expect((await call('GET', '/api/steering', 'otherPilot')).json()).toEqual([]);
    expect(await committees('otherPilot')).toEqual([]);
    const foreign = await call('POST', url, 'otherPilot', { date: day(0), title: 'Intrusion' });
    expect(foreign.statusCode).toBe(404);
    const meeting = project?.meetings[0];
    const minutes = meeting?.minutes[0];
    const read = await call(
      'GET',
      `/api/steering/meetings/${meeting?.id}/minutes/${minutes?.id}`,
      'otherPilot',
    );
    expect(read.statusCode).toBe(404);
  });
});
