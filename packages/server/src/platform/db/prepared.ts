// A query the hot paths run many times a second (every request's session, every save of a
// grid): built once per database and prepared under its name, so that neither Drizzle nor
// PostgreSQL parses and plans it again on each call.
import type { Db } from './open.ts';

export function preparedFor<Q>(build: (db: Db) => Q): (db: Db) => Q {
  const byDatabase = new WeakMap<Db, Q>();
  return (db) => {
    let query = byDatabase.get(db);
    if (query === undefined) {
      query = build(db);
      byDatabase.set(db, query);
    }
    return query;
  };
}
