// Issue 18, item 1 through the database: each CASE fixture imported then exported keeps its
// identifiers and associations; a package re-imported is the same referential (unchanged, its
// draft updated, or a new version once published), never a second one.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../accounts/service.ts';
import { createTestApp } from '../test/harness.ts';
import { exportCaseVersion, importCasePackage } from './caseInterchange.ts';
import { listCertifications, publishVersion } from './service.ts';

const fixtures = path.join(import.meta.dirname, '../../../../../shared/fixtures/case');
const read = (name: string) => fs.readFileSync(path.join(fixtures, name), 'utf8');
type Json = Record<string, unknown> & { CFItems: Json[]; CFAssociations: Json[]; CFDocument: Json };

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ CERTEVAL_PUBLIC_URL: 'https://certeval.example' });
});
afterAll(() => t.close());

const importJson = (pkg: unknown, name = 'paquet.json') =>
  importCasePackage(t.ctx, { json: JSON.stringify(pkg) }, { actorId: null, fileName: name });

const ids = (list: Json[]) => list.map((o) => o.identifier).sort();
const associations = (pkg: Json) =>
  pkg.CFAssociations.map((a) => `${a.identifier} ${a.associationType}`).sort();

describe.each([
  'Ordering.json',
  'SmartLevelFramework.json',
  'Utf8TestFramework.json',
  'math_cfs_sample.json',
])('%s imported, stored and exported', (name) => {
  it('keeps the identifiers of its document, items and associations, with their types', async () => {
    const source = JSON.parse(read(name)) as Json;
    const { result } = await importJson(source, name);
    const key = result.versions[0]?.key ?? '';
    const out = JSON.parse(
      JSON.stringify(await exportCaseVersion(t.ctx, result.certification, key)),
    ) as Json;
    expect(out.CFDocument.identifier).toBe(source.CFDocument.identifier);
    expect(ids(out.CFItems)).toEqual(ids(source.CFItems));
    expect(associations(out)).toEqual(associations(source));
  });
});

describe('a CASE package imported again', () => {
  const source = () => JSON.parse(read('Ordering.json')) as Json;
  const retitled = (pkg: Json, text: string) => {
    const [first] = pkg.CFItems;
    if (first) first.fullStatement = text;
    return pkg;
  };

  it('is the same referential: unchanged, then its draft updated, then a new version', async () => {
    const before = (await listCertifications(t.ctx)).length;
    const first = await importJson(source());
    const slug = first.result.certification;
    const again = await importJson(source());
    expect(again.result).toEqual({
      certification: slug,
      versions: [{ key: '1', outcome: 'unchanged' }],
    });

    const edited = await importJson(retitled(source(), 'Mathématiques, version revue'));
    expect(edited.result).toEqual({
      certification: slug,
      versions: [{ key: '1', outcome: 'updated' }],
    });

    await publishVersion(t.ctx, slug, '1', 2, await anyUserId());
    const next = await importJson(retitled(source(), 'Mathématiques, seconde revue'));
    expect(next.result).toEqual({
      certification: slug,
      versions: [{ key: '2', outcome: 'created' }],
    });
    const back = await importJson(retitled(source(), 'Mathématiques, version revue'));
    expect(back.result).toEqual({
      certification: slug,
      versions: [{ key: '1', outcome: 'unchanged' }],
    });

    const list = await listCertifications(t.ctx);
    expect(list.length - before).toBe(first.result.versions[0]?.outcome === 'created' ? 1 : 0);
    const versions = list.find((c) => c.slug === slug)?.versions.map((v) => [v.key, v.status]);
    expect(versions).toEqual([
      ['1', 'published'],
      ['2', 'draft'],
    ]);
    const [v1, v2] = await Promise.all([
      exportCaseVersion(t.ctx, slug, '1'),
      exportCaseVersion(t.ctx, slug, '2'),
    ]);
    expect(v2.CFDocument.identifier).toBe(v1.CFDocument.identifier);
    expect(ids(v2.CFItems as unknown as Json[])).toEqual(ids(v1.CFItems as unknown as Json[]));
  });

  it('with another CFDocument under the same title is another referential', async () => {
    const other = source();
    other.CFDocument.identifier = 'b1111111-1111-4111-8111-111111111111';
    const { result } = await importJson(other);
    const first = (await importJson(source())).result.certification;
    expect(result.certification).toBe(`${first}-2`);
  });
});

async function anyUserId(): Promise<string> {
  const user = await createUser(t.ctx, {
    email: 'certificatrice@exemple.example',
    displayName: 'Agnès Perrin',
    password: 'un mot de passe assez long',
    roles: [],
  });
  return user.id;
}
