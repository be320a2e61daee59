import type { Context } from '@certeval/server/platform/context';
import { createTestContext } from '@certeval/server/test/harness';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli.testing.ts';

let ctx: Context;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.database.close());

const cli = (...argv: string[]) => runCli(ctx, argv);

describe('certeval CLI', () => {
  it('creates an organisation and a person with two roles, who can then be listed', async () => {
    expect(
      (await cli('organisation', 'create', '--kind', 'company', '--name', 'Conserverie du Lac'))
        .code,
    ).toBe(0);
    const created = await cli(
      'user',
      'create',
      '--email',
      'ines.garnier@conserverie.example',
      '--name',
      'Inès Garnier',
      '--role',
      'company_pilot@Conserverie du Lac',
      '--role',
      'tutor@Conserverie du Lac',
    );
    expect(created.code).toBe(0);
    // No password given: the person is sent the link at their own address; the administrator
    // sees none (issue 15), and may print one with reset-password.
    expect(created.out).toContain('ines.garnier@conserverie.example is sent a message');
    expect(created.out).not.toMatch(/token=/);
    const queued = await ctx.database.query<{ template: string; text_body: string }>(
      "select template, text_body from mail_messages where to_email = 'ines.garnier@conserverie.example'",
    );
    expect(queued.map((m) => m.template)).toEqual(['account-created']);
    expect(queued[0]?.text_body).toMatch(/\/reset-password\?token=[\w-]{20,}/);
    expect((await cli('user', 'list')).out).toContain(
      'ines.garnier@conserverie.example\tInès Garnier',
    );
  });

  it('prints a reset link for an existing account and refuses an unknown one in both languages', async () => {
    expect(
      (await cli('user', 'reset-password', '--email', 'ines.garnier@conserverie.example')).out,
    ).toMatch(/^One-time link .+\nhttp:\/\/localhost:3000\/reset-password\?token=/);
    const unknown = await cli('user', 'reset-password', '--email', 'nobody@conserverie.example');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toBe(
      'Aucun compte pour nobody@conserverie.example.\nNo account for nobody@conserverie.example.',
    );
  });

  it('refuses a role in an organisation that does not exist, and creates nothing', async () => {
    const result = await cli(
      'user',
      'create',
      '--email',
      'x@example.org',
      '--name',
      'X',
      '--role',
      'tutor@Nowhere',
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain('Organisation inconnue : « Nowhere »');
    expect((await cli('user', 'list')).out).not.toContain('x@example.org');
  });

  it('refuses a role the kind of organisation cannot hold', async () => {
    await cli('organisation', 'create', '--kind', 'certifier', '--name', 'Certificateur Test');
    const result = await cli(
      'user',
      'create',
      '--email',
      'y@example.org',
      '--name',
      'Y',
      '--role',
      'tutor@Certificateur Test',
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain('tutor');
  });

  it('explains its usage on a malformed command', async () => {
    const result = await cli(
      'user',
      'create',
      '--role',
      'chef@Conserverie du Lac',
      '--email',
      'z@example.org',
      '--name',
      'Z',
    );
    expect(result.code).toBe(2);
    expect(result.err).toContain('--role must be ROLE@ORGANISATION');
    expect((await cli('frobnicate')).code).toBe(2);
  });
});
