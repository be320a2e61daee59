// Where an imported CASE package goes (issue 18, item 1). A package Certeval wrote names its
// certification and version in its extension. A foreign one is known by its CFDocument: if a
// certification already holds that document, the package is a version of it (core's
// placeVersion says which key); otherwise it is a new certification, under a free slug.
import { placeVersion, type ReferentialFile } from '@certeval/core';
import type { Context } from '../platform/context.ts';
import * as store from './store.ts';

type Db = Context['database']['db'];

async function freeSlug(db: Db, slug: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? slug : `${slug}-${n}`;
    if (!(await store.findCertification(db, candidate))) return candidate;
  }
}

export async function placeCaseFile(db: Db, file: ReferentialFile): Promise<ReferentialFile> {
  const [version] = file.versions;
  const document = version?.case?.document?.identifier;
  if (!version || document === undefined) return file;
  const [held] = await store.certificationsWithDocument(db, document);
  const certification = held && (await store.findCertification(db, held.slug));
  if (!certification) {
    const id = await freeSlug(db, file.certification.id);
    return { ...file, certification: { ...file.certification, id } };
  }
  const stored = await store.listVersions(db, certification.id);
  const place = placeVersion(stored, version);
  return {
    ...file,
    certification: certification.data as ReferentialFile['certification'],
    versions: [{ ...version, ...place }],
  };
}
