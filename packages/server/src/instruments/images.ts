// The pictures of instrument items (issue 18, item 4): stored once by their SHA-256 with the
// instrument that brings them (a QTI import), in its transaction; served to who may read the
// instrument — its authors, and the candidate taking it online — and only when one of its
// items shows that picture, so that a picture cannot be fetched through another instrument.
import type { Instrument } from '@certeval/core';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../platform/db/open.ts';
import { instrumentImages } from '../platform/db/schema.ts';
import { AppError } from '../platform/errors.ts';

export interface ImageFile {
  /** Its path in the items: images/<sha256>.<ext>. */
  file: string;
  contentType: string;
  bytes: Uint8Array;
}

const PATH = /^images\/([0-9a-f]{64})\.(png|jpe?g|gif)$/;

export const CONTENT_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
};

const shaOf = (file: string) => PATH.exec(file)?.[1];

/** Stores the pictures not stored yet (the same bytes are kept once). */
export async function storeImages(db: Db, images: readonly ImageFile[]): Promise<void> {
  const rows = images.flatMap((image) => {
    const sha256 = shaOf(image.file);
    if (sha256 === undefined) return [];
    const content = Buffer.from(image.bytes);
    return [{ sha256, contentType: image.contentType, size: content.length, content }];
  });
  if (rows.length > 0) await db.insert(instrumentImages).values(rows).onConflictDoNothing();
}

/** The files of the pictures the instrument's items show. */
export function imagesOf(instrument: Instrument): string[] {
  const files = instrument.sections.flatMap((s) => s.items.flatMap((i) => i.images ?? []));
  return [...new Set(files.map((image) => image.file))];
}

/** The instrument's pictures, by file: to write them into a package. */
export async function loadImages(db: Db, instrument: Instrument) {
  const wanted = new Map(
    imagesOf(instrument).flatMap((f) => (shaOf(f) ? [[shaOf(f) as string, f]] : [])),
  );
  if (wanted.size === 0) return new Map<string, Uint8Array>();
  const rows = await db
    .select()
    .from(instrumentImages)
    .where(inArray(instrumentImages.sha256, [...wanted.keys()]));
  return new Map(rows.map((row) => [wanted.get(row.sha256) as string, row.content]));
}

/** One picture of the instrument, or not_found when none of its items shows it. */
export async function imageOf(db: Db, instrument: Instrument, name: string) {
  const file = `images/${name}`;
  const sha256 = shaOf(file);
  if (sha256 === undefined || !imagesOf(instrument).includes(file)) throw new AppError('not_found');
  const [row] = await db.select().from(instrumentImages).where(eq(instrumentImages.sha256, sha256));
  if (!row) throw new AppError('not_found');
  return { contentType: row.contentType, body: row.content };
}
