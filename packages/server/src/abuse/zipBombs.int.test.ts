// Issue 14, zip bombs: a small upload that inflates to hundreds of megabytes froze the server
// for everyone. Every archive is now read under limits (entries, size per entry, total size,
// compression ratio), stopping as soon as one is crossed, whatever the archive declares; the
// reading runs in a worker thread, so other requests are answered meanwhile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bombEntry,
  deflated,
  filler,
  MiB,
  qtiBomb,
  rawZip,
  stored,
  xlsxBomb,
} from '../platform/archive/bombs.testing.ts';
import { DEFAULT_ARCHIVE_LIMITS } from '../platform/archive/limits.ts';
import { workerTasksInFlight } from '../platform/workers/pool.ts';
import { type DemoCaller, demoCaller } from '../test/demoCaller.ts';
import { createDemoTestApp } from '../test/harness.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let call: DemoCaller['call'];

beforeAll(async () => {
  t = await createDemoTestApp();
  ({ call } = await demoCaller(t.app, {
    tutor: 'tuteur@demo.certeval.example',
    certifier: 'certificateur@demo.certeval.example',
  }));
});
afterAll(() => t.close());

const SHEET = '/api/instruments/cqp-agc-tutor-grid/versions/1/sheet';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const QTI = '/api/instruments/qti?certification=cqp-agc&version=1&domain=R&key=bombe';
/** ~60:1, under the ratio limit: such an entry is stopped by a size limit instead. */
const DENSE = filler(128);

const sendSheet = (body: Buffer) => call('POST', SHEET, 'tutor', body, XLSX);
const sendQti = (body: Buffer) => call('POST', QTI, 'certifier', body, 'application/zip');

async function storedRows() {
  const [row] = await t.ctx.database.query<Record<string, number>>(
    `select (select count(*) from instruments)::int as instruments,
            (select count(*) from evaluations)::int as evaluations,
            (select count(*) from audit_events)::int as audit`,
  );
  return row;
}

/** Sends the upload; expects a coded 413 and nothing stored; returns the error body. */
async function refused(send: () => Promise<{ statusCode: number; json(): unknown }>) {
  const before = await storedRows();
  const response = await send();
  expect(response.statusCode).toBe(413);
  expect(await storedRows()).toEqual(before);
  return response.json() as { code: string; message: { fr: string; en: string } };
}

describe('zip bombs are refused by a named limit, and nothing is stored', () => {
  it('a 300 MB XLSX bomb, 300 KB on the wire, to the evaluation sheet import: the ratio', async () => {
    const bomb = xlsxBomb(300);
    expect(bomb.length).toBeLessThan(400_000);
    const body = await refused(() => sendSheet(bomb));
    expect(body.code).toBe('archive_ratio_too_high');
    expect(body.message.en).toContain('xl/worksheets/sheet1.xml');
    expect(body.message.en).toContain(String(DEFAULT_ARCHIVE_LIMITS.maxRatio));
    expect(body.message.fr).toContain('taux de compression');
  });

  it('a QTI package whose item inflates to 100 MB: the size of one file', async () => {
    const body = await refused(() => sendQti(qtiBomb(100, { fill: DENSE })));
    expect(body.code).toBe('archive_entry_too_large');
    expect(body.message.en).toMatch(/"item\.xml" .*64 MB/);
  });

  it('a QTI package of 1,001 files: the number of files', async () => {
    const files = Array.from({ length: 1001 }, (_, k) => stored(`items/${k}.xml`, '<a/>'));
    const body = await refused(() => sendQti(rawZip(files)));
    expect(body.code).toBe('archive_too_many_entries');
    expect(body.message.en).toContain('1001 files, past the limit of 1000');
  });

  it('a QTI package whose files add up to 240 MB, each under the file limit: the total', async () => {
    const entries = [0, 1, 2, 3].map((k) =>
      bombEntry(`media/${k}.txt`, { megabytes: 60, fill: DENSE }),
    );
    const body = await refused(() =>
      sendQti(rawZip([deflated('imsmanifest.xml', '<manifest/>'), ...entries])),
    );
    expect(body.code).toBe('archive_too_large');
    expect(body.message.en).toContain('200 MB');
  });

  it('a central directory that declares 1 KB for a 100 MB sheet is not believed', async () => {
    const bomb = rawZip([
      { ...bombEntry('xl/worksheets/sheet1.xml', { megabytes: 100, fill: DENSE }), size: 1024 },
    ]);
    const body = await refused(() => sendSheet(bomb));
    expect(body.code).toBe('archive_entry_too_large');
  });
});

describe('a bomb being refused does not hold the other requests', () => {
  it('answers /api/health while the bomb is read in a worker, before the bomb is answered', async () => {
    // Looser limits keep the bomb in the worker long enough (250 MB inflated before it is
    // stopped) for the order of the answers to mean something; its archive lies about its
    // size, so it is inflated rather than refused on its declaration.
    const limits = t.ctx.config.archiveLimits;
    t.ctx.config.archiveLimits = {
      maxEntries: 10,
      maxEntryBytes: 250 * MiB,
      maxTotalBytes: 300 * MiB,
      maxRatio: 5000,
    };
    try {
      await sendSheet(xlsxBomb(1)); // the worker is started: not what is measured
      const order: string[] = [];
      const bomb = sendSheet(xlsxBomb(300, { declaredSize: 1024 })).then((response) => {
        order.push('bomb');
        return response;
      });
      await expect.poll(() => workerTasksInFlight(), { interval: 1 }).toBe(1);
      const health = await t.app.inject({ method: 'GET', url: '/api/health' });
      order.push('health');
      expect(health.statusCode).toBe(200);
      expect((await bomb).json().code).toBe('archive_entry_too_large');
      expect(order).toEqual(['health', 'bomb']);
    } finally {
      t.ctx.config.archiveLimits = limits;
    }
  });
});
