// Issue 19, item 2: every query the measured pages run is covered by an index, read from the
// plans PostgreSQL itself used. After the timed runs, the scale bench turns PostgreSQL's
// auto_explain on for new sessions of its database, asks each page once through a server
// started afresh (so that its connections load it), and reads the plans auto_explain wrote in
// the cluster's log: a sequential scan of a large table fails the bench.
import fs from 'node:fs';
import type { Database } from '../packages/server/src/platform/db/open.ts';

export { largeTables } from '../packages/server/src/test/plans.ts';

/** A table is large from this many rows on (the bench's smallest large one: jury sessions). */
export const LARGE_TABLE_ROWS = 10_000;

/** New sessions of `databaseName` log the plan of every statement they run (text format). */
export async function logEveryPlan(database: Database, databaseName: string): Promise<void> {
  await database.query(
    `ALTER DATABASE ${databaseName} SET session_preload_libraries = 'auto_explain'`,
  );
  await database.query(`ALTER DATABASE ${databaseName} SET auto_explain.log_min_duration = 0`);
}

export interface LoggedPlan {
  query: string;
  plan: string[];
}

const ENTRY = /\bLOG:\s+duration: [\d.]+ ms\s+plan:\s*$/;

/** auto_explain's entries in a piece of the server's log: each statement's text and plan lines. */
export function loggedPlans(log: string): LoggedPlan[] {
  const plans: LoggedPlan[] = [];
  let current: { lines: string[] } | undefined;
  const finish = () => {
    if (!current) return;
    const text = current.lines.join('\n');
    const plan = current.lines.filter((line) => /\(cost=/.test(line)).map((l) => l.trim());
    const query = /Query Text:\s*([\s\S]*?)(?=\n\s*\S[^\n]*\(cost=|$)/.exec(text)?.[1] ?? '';
    plans.push({ query: query.replace(/\s+/g, ' ').trim(), plan });
    current = undefined;
  };
  for (const line of log.split('\n')) {
    if (ENTRY.test(line)) {
      finish();
      current = { lines: [] };
    } else if (current && /^\t/.test(line)) current.lines.push(line);
    else finish();
  }
  finish();
  return plans;
}

export interface SeqScan {
  table: string;
  query: string;
}

/** The sequential scans of the large tables in these plans. */
export function seqScansOf(plans: readonly LoggedPlan[], large: ReadonlySet<string>): SeqScan[] {
  const found: SeqScan[] = [];
  for (const { query, plan } of plans)
    for (const line of plan) {
      const table = /\bSeq Scan on (?:public\.)?"?(\w+)"?/.exec(line)?.[1];
      if (table && large.has(table)) found.push({ table, query });
    }
  return found;
}

/** The server log written from `offset` on. */
export function logSince(file: string, offset: number): string {
  const size = fs.statSync(file).size;
  const buffer = Buffer.alloc(Math.max(0, size - offset));
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, buffer, 0, buffer.length, offset);
  } finally {
    fs.closeSync(fd);
  }
  return buffer.toString('utf8');
}
