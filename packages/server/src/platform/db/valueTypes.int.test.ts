// The same code runs on PGlite and PostgreSQL: both drivers must hand it the same types.
import { eq, getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind } from '../../test/harness.ts';
import type { Database } from './open.ts';
import * as schema from './schema.ts';
import { auditEvents, organisations } from './schema.ts';

let database: Database;

beforeAll(async () => {
  database = (await createTestDatabase()).database;
});
afterAll(() => database.close());

describe(`value types on ${testDatabaseKind()}`, () => {
  it('reads int8 as number, numeric as exact string, timestamptz as Date, jsonb as object', async () => {
    const [row] = await database.query<Record<string, unknown>>(
      `select 9007199254740991::int8 as big, count(*) as n, 70.50::numeric as pct,
              '2026-11-23T10:00:00Z'::timestamptz as at, '{"a":[1,2]}'::jsonb as doc`,
    );
    expect(row).toEqual({
      big: 9007199254740991,
      n: 1,
      pct: '70.50',
      at: new Date('2026-11-23T10:00:00Z'),
      doc: { a: [1, 2] },
    });
  });

  it('gives bigserial ids as numbers through Drizzle', async () => {
    const [event] = await database.db
      .insert(auditEvents)
      .values({ action: 'test', subjectType: 'test', subjectId: '1' })
      .returning();
    expect(typeof event?.id).toBe('number');
    expect(event?.at).toBeInstanceOf(Date);
  });

  it('rolls a failed transaction back entirely', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await tx.insert(organisations).values({ kind: 'company', name: 'Fromagerie Rollback' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const rows = await database.db
      .select()
      .from(organisations)
      .where(eq(organisations.name, 'Fromagerie Rollback'));
    expect(rows).toEqual([]);
  });

  it('has every table of the Drizzle schema, after the migrations', async () => {
    const expected = Object.values(schema)
      .filter((value) => is(value, PgTable))
      .map((table) => getTableName(table as PgTable))
      .sort();
    const tables = await database.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(expected);
    expect(expected).toContain('company_variants');
  });
});
