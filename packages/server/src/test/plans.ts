// What the planner does with the statements a page runs (issue 19, item 2: every query of the
// list, search, verification and statistics pages covered by an index). The statements are
// recorded as Drizzle runs them, on either database, then each is explained with its
// parameters; a sequential scan of a large table is what the checks look for. The scale bench
// reads the same from auto_explain on its database (bench/scaleExplain.ts).
import { NoopLogger } from 'drizzle-orm/logger';
import type { Database } from '../platform/db/open.ts';
import { scaleRowObjects, type TableRows } from './scaleDataset.ts';

export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * Records every statement Drizzle runs (with its parameters, placeholders filled; in
 * transactions too) while `run` runs: Drizzle hands each one to its logger, ours the silent one.
 */
export async function recordStatements(run: () => Promise<void>): Promise<Statement[]> {
  const prototype = NoopLogger.prototype as { logQuery(sql: string, params: unknown[]): void };
  const silent = prototype.logQuery;
  const recorded: Statement[] = [];
  prototype.logQuery = (sql: string, params: unknown[]) => {
    recorded.push({ sql, params });
  };
  try {
    await run();
  } finally {
    prototype.logQuery = silent;
  }
  return recorded;
}

/** The tables of the public schema with at least `rows` rows, as ANALYZE counted them. */
export async function largeTables(database: Database, rows: number): Promise<Set<string>> {
  const found = await database.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind = 'r' and c.reltuples >= $1`,
    [rows],
  );
  return new Set(found.map((row) => row.name));
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

/** The large tables a plan (EXPLAIN's JSON) reads by a sequential scan. */
export function seqScannedTables(plan: PlanNode, large: ReadonlySet<string>): string[] {
  const own =
    plan['Node Type'] === 'Seq Scan' && plan['Relation Name'] && large.has(plan['Relation Name'])
      ? [plan['Relation Name']]
      : [];
  return [...own, ...(plan.Plans ?? []).flatMap((child) => seqScannedTables(child, large))];
}

/** What EXPLAIN takes (not begin, commit, set…). */
const EXPLAINABLE = /^\s*(select|with|insert|update|delete)\b/i;

/** Each statement that scans a large table sequentially, with the tables it scans. */
export async function sequentialScans(
  database: Database,
  statements: readonly Statement[],
  large: ReadonlySet<string>,
): Promise<Array<{ sql: string; tables: string[] }>> {
  const found: Array<{ sql: string; tables: string[] }> = [];
  for (const { sql, params } of statements) {
    if (!EXPLAINABLE.test(sql)) continue;
    const [row] = await database.query<{ 'QUERY PLAN': unknown }>(
      `EXPLAIN (FORMAT JSON) ${sql}`,
      params,
    );
    const json = row?.['QUERY PLAN'];
    const [explained] = (typeof json === 'string' ? JSON.parse(json) : json) as Array<{
      Plan: PlanNode;
    }>;
    const tables = explained ? seqScannedTables(explained.Plan, large) : [];
    if (tables.length > 0) found.push({ sql, tables });
  }
  return found;
}

/** Inserts a dataset's table through JSON, in chunks (no COPY on PGlite). */
export async function insertTable(database: Database, table: TableRows, chunk = 2000) {
  const types = await database.query<{ name: string; type: string }>(
    `select column_name as name, data_type as type from information_schema.columns
     where table_schema = 'public' and table_name = $1`,
    [table.table],
  );
  const json = new Set(types.filter((c) => c.type === 'jsonb').map((c) => c.name));
  const columns = table.columns.map((c) => `"${c}"`).join(', ');
  const insert = `insert into ${table.table} (${columns}) select ${columns}
    from jsonb_populate_recordset(null::${table.table}, $1::jsonb)`;
  let batch: Record<string, unknown>[] = [];
  for (const row of scaleRowObjects(table, json)) {
    batch.push(row);
    if (batch.length === chunk) {
      await database.query(insert, [JSON.stringify(batch)]);
      batch = [];
    }
  }
  if (batch.length > 0) await database.query(insert, [JSON.stringify(batch)]);
}
