import { describe, expect, it } from 'vitest';
import { checkNewSession } from './sessionForm.ts';

const filled = {
  certification: 'cqp-agc',
  referentialVersion: '1',
  date: '2026-12-20',
  startTime: '09:00',
  place: 'Salle Loire',
  remoteLink: null,
  members: [{ userId: '0b7e1f3c-4a7d-4b8e-9a51-1d2c3e4f5a6b', role: 'president' }],
};

describe('the new jury session form', () => {
  it('accepts a filled form', () => {
    expect(checkNewSession(filled)).toEqual([]);
  });

  it('names every field of an empty form at once, in words people read', () => {
    const empty = {
      ...filled,
      certification: '',
      referentialVersion: '',
      date: '',
      startTime: '',
      place: '',
      members: [{ userId: '', role: 'president' }],
    };
    const problems = checkNewSession(empty, 'body');
    expect(problems.map((p) => p.path)).toEqual([
      'body/certification',
      'body/referentialVersion',
      'body/date',
      'body/startTime',
      'body/members/0',
      'body/place',
    ]);
    expect(problems.find((p) => p.path === 'body/members/0')?.message.fr).toBe(
      'Choisissez une personne pour ce siège.',
    );
    for (const p of problems) expect(p.message.en).not.toMatch(/must|pattern|schema/);
  });

  it('keeps one problem per member row, and refuses an out-of-range time and a long place', () => {
    const problems = checkNewSession({
      ...filled,
      startTime: '25:00',
      place: 'p'.repeat(3000),
      members: [{ userId: 'x', role: 'dictator', independent: 'oui' }],
    });
    expect(problems.map((p) => p.path)).toEqual(['/startTime', '/place', '/members/0']);
    expect(problems.find((p) => p.path === '/place')?.message.fr).toBe('Au plus 300 caractères.');
  });

  it('takes a video call instead of a place', () => {
    expect(
      checkNewSession({ ...filled, place: null, remoteLink: 'https://visio.example/jury' }),
    ).toEqual([]);
    expect(
      checkNewSession({ ...filled, place: '  ', remoteLink: null }).map((p) => p.path),
    ).toEqual(['/place']);
  });
});
