// The forms' own checks (issue 16, item 3), as the browser runs them before sending and the
// server on every request: every problem at once, in the form's order, in people's words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookletEntryCheck } from '../candidates/bookletEntryForm.ts';
import { checkProject } from '../candidates/projectForm.ts';
import { checkCdcSettings } from '../cdc/cdcSettings.ts';
import { checkNewPassword, MIN_PASSWORD_LENGTH } from '../organisation/accountForms.ts';
import { checkOrganisation } from '../organisation/organisationForms.ts';
import { checkMeeting } from '../steering/steeringForms.ts';

const paths = (problems: { path: string }[]) => problems.map((p) => p.path);

describe('a new password', () => {
  it('lists both broken rules at once: too short, and not typed the same twice', () => {
    const problems = checkNewPassword({ password: 'court', confirmation: 'autre' }, 'body');
    expect(paths(problems)).toEqual(['body/password', 'body/confirmation']);
    expect(problems[0]?.message.fr).toContain(`${MIN_PASSWORD_LENGTH} caractères`);
  });

  it('takes any password of 12 characters or more typed twice, counted as people count', () => {
    const long = fc.string({ minLength: MIN_PASSWORD_LENGTH, maxLength: 60, unit: 'grapheme' });
    fc.assert(
      fc.property(
        long,
        (password) => checkNewPassword({ password, confirmation: password }).length === 0,
      ),
    );
    const short = fc.string({
      minLength: 1,
      maxLength: MIN_PASSWORD_LENGTH - 1,
      unit: 'grapheme-ascii',
    });
    fc.assert(
      fc.property(short, (password) =>
        paths(checkNewPassword({ password, confirmation: password })).includes('/password'),
      ),
    );
  });
});

describe('a booklet entry', () => {
  const check = bookletEntryCheck('2026-12-07');
  it('refuses a future day with an empty title, together', () => {
    const problems = check({ kind: 'tutor_note', date: '2026-12-08', title: ' ' }, 'body');
    expect(paths(problems)).toEqual(['body/date', 'body/title']);
    expect(problems[0]?.message.en).toBe('The date cannot be in the future.');
  });

  it('takes any past day of this century, and today', () => {
    const past = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2026-12-07T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(past, (date) => check({ kind: 'tutor_note', date, title: 'Point' }).length === 0),
    );
  });
});

describe('the team’s and the committee’s forms', () => {
  it('checks a SIRET’s digits and key with the other fields', () => {
    expect(paths(checkOrganisation({ kind: 'x', name: '', siret: '12345678900016' }))).toEqual([
      '/kind',
      '/name',
      '/siret',
    ]);
    expect(
      checkOrganisation({ kind: 'company', name: 'Biscuiterie', siret: '123 456 789 00015' }),
    ).toEqual([]);
  });

  it('lists a field’s problems in the form’s order, whatever found them', () => {
    const problems = checkCdcSettings({ organisationId: 'x', idClient: 'abc', idContrat: '' });
    expect(paths(problems)).toEqual(['/organisationId', '/idClient', '/idContrat']);
    expect(paths(checkMeeting({ date: '2027-02-30', title: '' }))).toEqual(['/date', '/title']);
  });

  it('names each committee line without a name, under the line', () => {
    const project = {
      certification: 'cqp-agc',
      referentialVersion: '1',
      title: 'CQP AGC',
      steeringCommittee: [
        { name: 'Julien Roussel', role: 'Pilote' },
        { name: '', role: 'Tutrice' },
      ],
    };
    expect(paths(checkProject(project, 'body'))).toEqual(['body/steeringCommittee/1/name']);
  });
});
