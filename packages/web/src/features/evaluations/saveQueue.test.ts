import { describe, expect, it } from 'vitest';
import type { EvaluationDraft } from './evaluationDraft.ts';
import {
  createSaveQueue,
  initialQueueState,
  type QueueOptions,
  type QueueState,
  retryDelay,
  type SaveOutcome,
  type StoredDraft,
} from './saveQueue.ts';

const options: QueueOptions = { debounceMs: 500, retryMs: 1000, maxRetryMs: 8000 };

const draft = (percentage: number): EvaluationDraft => ({
  items: [{ item: 'M1A1', percentage }],
  comment: null,
  date: '2026-03-02',
});

/** A fake clock and network: timers run when the test advances time; answers are scripted. */
function harness(revision = 1) {
  let now = 0;
  let timers: Array<{ at: number; run: () => void; cancelled: boolean }> = [];
  const sent: Array<{ draft: EvaluationDraft; revision: number }> = [];
  const answers: Array<SaveOutcome | ((revision: number) => SaveOutcome)> = [];
  const answerSlots: Array<(outcome: SaveOutcome) => void> = [];
  let held = false;
  let stored: StoredDraft | null = null;
  const states: QueueState[] = [];
  const queue = createSaveQueue(
    initialQueueState(revision),
    {
      send: (d, r) => {
        sent.push({ draft: d, revision: r });
        if (held) return new Promise((resolve) => answerSlots.push(resolve));
        const answer = answers.shift() ?? { kind: 'saved', revision: r + 1, savedAt: `t${r + 1}` };
        return Promise.resolve(typeof answer === 'function' ? answer(r) : answer);
      },
      store: {
        write: (s) => {
          stored = s;
        },
        clear: () => {
          stored = null;
        },
      },
      schedule: (run, ms) => {
        const timer = { at: now + ms, run, cancelled: false };
        timers.push(timer);
        return () => {
          timer.cancelled = true;
        };
      },
      now: () => now,
      onChange: (s) => states.push(s),
    },
    options,
  );
  const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    queue,
    sent,
    answers,
    states,
    stored: () => stored,
    hold: () => {
      held = true;
    },
    answerHeld: async (outcome: SaveOutcome) => {
      answerSlots.shift()?.(outcome);
      await flushPromises();
    },
    /** Moves the clock, running due timers and letting answered saves land. */
    advance: async (ms: number) => {
      const until = now + ms;
      for (;;) {
        const due = timers
          .filter((t) => !t.cancelled && t.at <= until)
          .sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        now = due.at;
        timers = timers.filter((t) => t !== due);
        due.run();
        await flushPromises();
      }
      now = until;
      await flushPromises();
    },
  };
}

const networkDown: SaveOutcome = { kind: 'retry', error: new Error('network') };

describe('the evaluation save queue', () => {
  it('waits for the typing to pause, then sends the latest draft once on the known revision', async () => {
    const h = harness(3);
    h.queue.edit(draft(30));
    await h.advance(200);
    h.queue.edit(draft(50));
    await h.advance(200);
    h.queue.edit(draft(70));
    expect(h.sent).toEqual([]);
    await h.advance(500);
    expect(h.sent).toEqual([{ draft: draft(70), revision: 3 }]);
    expect(h.queue.state()).toMatchObject({ phase: 'idle', revision: 4, savedAt: 't4' });
    expect(h.stored()).toBeNull();
  });

  it('coalesces the edits made while a save travels into one next save on the new revision', async () => {
    const h = harness(1);
    h.hold();
    h.queue.edit(draft(30));
    await h.advance(500);
    h.queue.edit(draft(50));
    h.queue.edit(draft(70));
    expect(h.sent).toHaveLength(1);
    await h.answerHeld({ kind: 'saved', revision: 2, savedAt: 't2' });
    expect(h.sent.map((s) => [s.draft.items[0]?.percentage, s.revision])).toEqual([
      [30, 1],
      [70, 2],
    ]);
    await h.answerHeld({ kind: 'saved', revision: 3, savedAt: 't3' });
    expect(h.queue.state()).toMatchObject({ phase: 'idle', revision: 3, pending: null });
  });

  it('retries a failed save with a doubling delay and keeps the draft stored until acknowledged', async () => {
    const h = harness(5);
    h.answers.push(networkDown, networkDown, networkDown);
    h.queue.edit(draft(50));
    await h.advance(500);
    expect(h.queue.state()).toMatchObject({ phase: 'retrying', attempts: 1 });
    expect(h.stored()).toMatchObject({ revision: 5, draft: draft(50) });
    await h.advance(999);
    expect(h.sent).toHaveLength(1);
    await h.advance(1);
    expect(h.sent).toHaveLength(2);
    await h.advance(2000);
    expect(h.sent).toHaveLength(3);
    expect(h.queue.state().attempts).toBe(3);
    await h.advance(4000);
    expect(h.sent).toHaveLength(4);
    expect(h.sent.every((s) => s.revision === 5)).toBe(true);
    expect(h.queue.state()).toMatchObject({ phase: 'idle', revision: 6, attempts: 0 });
    expect(h.stored()).toBeNull();
  });

  it('sends only the newest draft when the person edits while a retry is scheduled', async () => {
    const h = harness(1);
    h.answers.push(networkDown);
    h.queue.edit(draft(30));
    await h.advance(500);
    h.queue.edit(draft(100));
    expect(h.stored()?.draft).toEqual(draft(100));
    await h.advance(1000);
    expect(h.sent.map((s) => s.draft.items[0]?.percentage)).toEqual([30, 100]);
    expect(h.queue.state().phase).toBe('idle');
  });

  it('caps the retry delay', () => {
    expect([1, 2, 3, 4, 5, 9].map((n) => retryDelay(n, options))).toEqual([
      1000, 2000, 4000, 8000, 8000, 8000,
    ]);
  });

  it('stops at a conflict: no retry, no later edit sent, the draft kept', async () => {
    const h = harness(2);
    h.answers.push({ kind: 'conflict', error: 'someone saved' });
    h.queue.edit(draft(30));
    await h.advance(500);
    expect(h.queue.state()).toMatchObject({ phase: 'conflict', pending: draft(30) });
    await h.advance(60_000);
    h.queue.edit(draft(70));
    h.queue.flush();
    await h.advance(60_000);
    expect(h.sent).toHaveLength(1);
    expect(h.stored()).toMatchObject({ revision: 2, draft: draft(70) });
  });

  it('waits for the next edit after a refused draft, then sends it', async () => {
    const h = harness(1);
    h.answers.push({ kind: 'invalid', error: 'out of range' });
    h.queue.edit(draft(30));
    await h.advance(500);
    expect(h.queue.state().phase).toBe('invalid');
    h.queue.flush();
    await h.advance(60_000);
    expect(h.sent).toHaveLength(1);
    h.queue.edit(draft(40));
    await h.advance(500);
    expect(h.sent.map((s) => s.draft.items[0]?.percentage)).toEqual([30, 40]);
    expect(h.queue.state().phase).toBe('idle');
  });

  it('flushes at once and settles when the save is acknowledged', async () => {
    const h = harness(1);
    h.queue.edit(draft(30));
    const settled = h.queue.settle();
    h.queue.flush();
    await expect(settled).resolves.toMatchObject({ phase: 'idle', revision: 2 });
  });

  it('settles while retrying, so a submit does not wait for the network forever', async () => {
    const h = harness(1);
    h.answers.push(networkDown);
    h.queue.edit(draft(30));
    h.queue.flush();
    await expect(h.queue.settle()).resolves.toMatchObject({ phase: 'retrying' });
  });

  // Issue 16, item 7: after the session ended, a 401 stopped the queue as a refusal, and the
  // screen went on saying "Enregistré" beside work the server never had.
  it('waits for the person to sign in again after a 401, then sends the newest edit', async () => {
    const h = harness(3);
    h.answers.push({ kind: 'signedOut', error: 'unauthenticated' });
    h.queue.edit(draft(30));
    await h.advance(500);
    expect(h.queue.state()).toMatchObject({ phase: 'signedOut', pending: draft(30) });
    await expect(h.queue.settle()).resolves.toMatchObject({ phase: 'signedOut' });
    h.queue.edit(draft(70));
    await h.advance(60_000);
    // No retry, no send of the new edit while nobody is signed in: kept on the device.
    expect(h.sent).toHaveLength(1);
    expect(h.queue.state()).toMatchObject({ phase: 'signedOut', pending: draft(70) });
    expect(h.stored()).toMatchObject({ revision: 3, draft: draft(70) });
    // Signed in again: the newest edit goes, on the revision last acknowledged.
    h.queue.flush();
    await h.advance(0);
    expect(h.sent.map((s) => [s.draft.items[0]?.percentage, s.revision])).toEqual([
      [30, 3],
      [70, 3],
    ]);
    expect(h.queue.state()).toMatchObject({ phase: 'idle', pending: null, revision: 4 });
    expect(h.stored()).toBeNull();
  });
});
