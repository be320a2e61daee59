import { PERSONAL_DATA_KINDS } from '@certeval/core';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import {
  IMPERSONAL_TABLES,
  PERSONAL_TABLES,
  schemaTables,
  userReferences,
} from './personalTables.ts';

const names = () => schemaTables().map((t) => getTableConfig(t).name);

describe('where personal data is stored', () => {
  it('classifies every table of the schema, once: a new table says whether it holds any', () => {
    const classified = [...Object.keys(PERSONAL_TABLES), ...IMPERSONAL_TABLES];
    expect([...classified].sort()).toEqual([...names()].sort());
    expect(new Set(classified).size).toBe(classified.length);
  });

  it('stores every kind of personal data somewhere', () => {
    const stored = new Set(Object.values(PERSONAL_TABLES).flat());
    expect(PERSONAL_DATA_KINDS.filter((kind) => !stored.has(kind))).toEqual([]);
  });

  it('finds the records that keep naming a person, not those that go with the account', () => {
    const found = userReferences().map((r) => `${r.table}.${r.column}`);
    expect(found).toContain('jury_members.user_id');
    expect(found).toContain('evaluations.evaluator_id');
    expect(found).not.toContain('sessions.user_id');
    expect(found).not.toContain('mail_messages.to_user_id');
    for (const reference of userReferences())
      expect(Object.keys(PERSONAL_TABLES)).toContain(reference.table);
  });
});
