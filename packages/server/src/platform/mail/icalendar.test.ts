// The convocation's event, written and read back as a calendar reads it: CRLF lines, folded at
// 75 octets, escaped text, times in UTC from Paris time on both sides of a change of hour.
import { describe, expect, it } from 'vitest';
import { calendarOf, foldLine, parisTime } from './icalendar.ts';

/** A reader of what calendarOf writes: unfold, split name and value, unescape text. */
function parse(ics: string) {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  const physical = ics.slice(0, -2).split('\r\n');
  for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  const unfolded = ics.replace(/\r\n /g, '').slice(0, -2).split('\r\n');
  const props = new Map<string, string>();
  for (const line of unfolded) {
    const colon = line.indexOf(':');
    const value = line
      .slice(colon + 1)
      .replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
    props.set(line.slice(0, colon), value);
  }
  return { lines: unfolded, props };
}

const event = {
  uid: '3f1c7b1e-1111-4000-8000-000000000001@certeval.example.org',
  stamp: new Date('2026-05-12T08:30:00Z'),
  sequence: 0,
  date: '2026-06-15',
  start: '09:00',
  end: '09:45',
  summary: 'Jury CQP Assistant(e) de Gestion Client — Lucas Moreau',
  location: 'Salle 2; 12 rue des Tilleuls, Dijon',
  description:
    'Convocation au jury. Apportez vos outils de travail, une pièce d’identité; et votre convocation.\nÀ bientôt, \\ fin',
  url: 'https://certeval.example.org/',
};

describe('calendarOf', () => {
  it('writes one event that reads back with its slot in UTC and its text intact', () => {
    const { lines, props } = parse(calendarOf(event));
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(props.get('VERSION')).toBe('2.0');
    expect(props.get('UID')).toBe(event.uid);
    expect(props.get('DTSTAMP')).toBe('20260512T083000Z');
    // June: Paris is UTC+2.
    expect(props.get('DTSTART')).toBe('20260615T070000Z');
    expect(props.get('DTEND')).toBe('20260615T074500Z');
    expect(props.get('SUMMARY')).toBe(event.summary);
    expect(props.get('LOCATION')).toBe(event.location);
    expect(props.get('DESCRIPTION')).toBe(event.description);
  });

  it('converts winter and summer times of Paris, and the days the hour changes', () => {
    expect(parisTime('2026-01-20', '14:00').toISOString()).toBe('2026-01-20T13:00:00.000Z');
    expect(parisTime('2026-07-01', '14:00').toISOString()).toBe('2026-07-01T12:00:00.000Z');
    // 29 March 2026: 02:00 becomes 03:00; 25 October 2026: 03:00 becomes 02:00.
    expect(parisTime('2026-03-29', '10:00').toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(parisTime('2026-10-25', '10:00').toISOString()).toBe('2026-10-25T09:00:00.000Z');
  });

  it('folds long lines without cutting a character, and keeps no line break in a value', () => {
    const long = 'é'.repeat(100);
    const folded = foldLine(`SUMMARY:${long}`);
    for (const line of folded.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${long}`);
    const { lines, props } = parse(calendarOf({ ...event, summary: 'A\r\nBEGIN:VEVENT\nX' }));
    expect(props.get('SUMMARY')).toBe('A\nBEGIN:VEVENT\nX');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
  });
});
