import { describe, expect, it } from 'vitest';
import { formatCountdown, localDeadline, secondsBefore, warningDue } from './countdown.ts';

describe('the countdown', () => {
  it('writes minutes and seconds, and hours past an hour', () => {
    expect(formatCountdown(30 * 60)).toBe('30:00');
    expect(formatCountdown(65)).toBe('01:05');
    expect(formatCountdown(0)).toBe('00:00');
    expect(formatCountdown(3723)).toBe('1:02:03');
    expect(formatCountdown(-4)).toBe('00:00');
  });

  it('places the deadline on this device’s clock from the seconds the server gives', () => {
    // The device's clock is 10 minutes behind the server's dueAt: secondsLeft wins.
    const now = Date.parse('2026-03-02T10:00:00Z');
    const view = { secondsLeft: 120, dueAt: '2026-03-02T10:12:00Z' };
    expect(localDeadline(view, now)).toBe(now + 120_000);
    expect(localDeadline({ secondsLeft: null, dueAt: '2026-03-02T10:12:00Z' }, now)).toBe(
      Date.parse('2026-03-02T10:12:00Z'),
    );
    expect(localDeadline({ secondsLeft: null, dueAt: null }, now)).toBeNull();
  });

  it('recomputes the seconds left from the deadline, never below zero', () => {
    expect(secondsBefore(10_000, 0)).toBe(10);
    expect(secondsBefore(10_000, 9_001)).toBe(1);
    expect(secondsBefore(10_000, 12_000)).toBe(0);
  });

  it('warns once within the last five minutes, not after the end', () => {
    expect(warningDue(301, false)).toBe(false);
    expect(warningDue(300, false)).toBe(true);
    expect(warningDue(120, true)).toBe(false);
    expect(warningDue(0, false)).toBe(false);
  });
});
