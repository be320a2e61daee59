import { describe, expect, it } from 'vitest';
import { DEFAULT_ARCHIVE_LIMITS } from './archive/limits.ts';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('defaults to the embedded database, port 3000 and demo mode', () => {
    const config = loadConfig({});
    expect(config.database.kind).toBe('pglite');
    expect(config.database.kind === 'pglite' && config.database.dataDir).toMatch(/data\/pglite$/);
    expect(config.port).toBe(3000);
    expect(config.demo).toBe(true);
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it('switches to PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u:p@db:5432/certeval',
      CERTEVAL_DEMO: '0',
    });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u:p@db:5432/certeval' });
    expect(config.demo).toBe(false);
  });

  it('reads the delay after which a file that never reached a jury is erased (730 days unless set)', () => {
    expect(loadConfig({}).retention.noJuryDelayDays).toBe(730);
    expect(loadConfig({ CERTEVAL_RETENTION_NO_JURY_DAYS: '90' }).retention.noJuryDelayDays).toBe(
      90,
    );
    for (const bad of ['0', '-1', 'two', '100000'])
      expect(() => loadConfig({ CERTEVAL_RETENTION_NO_JURY_DAYS: bad })).toThrow(
        /CERTEVAL_RETENTION_NO_JURY_DAYS/,
      );
  });

  it('names the variable at fault in one sentence', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^Invalid value for PORT: .+\.$/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ CERTEVAL_DEMO: 'yes' })).toThrow(/CERTEVAL_DEMO/);
  });

  it('reads which proxies to believe: none, a number of hops, or addresses and ranges', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ CERTEVAL_TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ CERTEVAL_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ CERTEVAL_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(
      loadConfig({ CERTEVAL_TRUST_PROXY: '10.0.0.1, 192.168.0.0/16,::1,fd00::/8' }).trustProxy,
    ).toEqual(['10.0.0.1', '192.168.0.0/16', '::1', 'fd00::/8']);
    for (const bad of ['10.0.0.300', '10.0.0.0/33', '10.0.0.1/8/8', 'fd00::/129', '1,,2'])
      expect(() => loadConfig({ CERTEVAL_TRUST_PROXY: bad })).toThrow(/CERTEVAL_TRUST_PROXY/);
  });

  it('reads the archive limits and worker threads, with defaults, and refuses zero', () => {
    expect(loadConfig({}).archiveLimits).toEqual(DEFAULT_ARCHIVE_LIMITS);
    expect(loadConfig({}).workerThreads).toBeGreaterThanOrEqual(1);
    const config = loadConfig({
      CERTEVAL_ARCHIVE_MAX_ENTRIES: '50',
      CERTEVAL_ARCHIVE_MAX_ENTRY_MB: '8',
      CERTEVAL_ARCHIVE_MAX_TOTAL_MB: '16',
      CERTEVAL_ARCHIVE_MAX_RATIO: '40',
      CERTEVAL_WORKER_THREADS: '3',
    });
    expect(config.archiveLimits).toEqual({
      maxEntries: 50,
      maxEntryBytes: 8 * 1024 * 1024,
      maxTotalBytes: 16 * 1024 * 1024,
      maxRatio: 40,
    });
    expect(config.workerThreads).toBe(3);
    expect(() => loadConfig({ CERTEVAL_ARCHIVE_MAX_RATIO: '0' })).toThrow(
      /CERTEVAL_ARCHIVE_MAX_RATIO/,
    );
    expect(() => loadConfig({ CERTEVAL_WORKER_THREADS: 'two' })).toThrow(/CERTEVAL_WORKER_THREADS/);
  });
});
