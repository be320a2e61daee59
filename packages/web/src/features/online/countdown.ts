// The time left on a timed questionnaire. The server gives secondsLeft with the view; the
// deadline is placed on this device's clock from it (not from dueAt read against a clock that
// may be minutes off), then the countdown is recomputed from that deadline at each tick, so a
// tab asleep for a while shows the right time when it wakes.

/** When the time is up, in this device's epoch ms; null when the questionnaire is untimed. */
export function localDeadline(
  view: { secondsLeft: number | null; dueAt: string | null },
  now: number,
): number | null {
  if (view.secondsLeft !== null) return now + view.secondsLeft * 1000;
  if (view.dueAt) {
    const due = Date.parse(view.dueAt);
    return Number.isNaN(due) ? null : due;
  }
  return null;
}

/** Whole seconds left before the deadline, never below zero. */
export function secondsBefore(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

const two = (n: number) => String(n).padStart(2, '0');

/** "29:05", or "1:02:03" past an hour. */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  return hours > 0 ? `${hours}:${two(minutes)}:${two(rest)}` : `${two(minutes)}:${two(rest)}`;
}

/** The one warning read aloud, five minutes before the end. */
export const WARNING_SECONDS = 5 * 60;

/** Whether to announce the warning now: within the last five minutes, not yet said, not over. */
export function warningDue(seconds: number, alreadySaid: boolean): boolean {
  return !alreadySaid && seconds > 0 && seconds <= WARNING_SECONDS;
}
