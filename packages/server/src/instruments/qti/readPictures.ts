// The pictures of an imported item, found in its package (issue 18, item 4): each <img src>
// is resolved against the item file's folder; a PNG, JPEG or GIF the package holds is kept
// with the item (images/<sha256>.<ext>, its alt text), to be stored with the instrument and
// shown to the candidate. A picture the package lacks, or of another format, is listed as
// left out, by name, as before.
import { createHash } from 'node:crypto';
import path from 'node:path/posix';
import type { Item } from '@certeval/core';
import { CONTENT_TYPES, type ImageFile } from '../images.ts';
import type { Picture } from './itemBodyText.ts';
import type { QtiUnsupported } from './problems.ts';

export type PackageFiles = ReadonlyMap<string, string | Uint8Array>;

const unreadable = (picture: Picture, why: { fr: string; en: string }): QtiUnsupported => ({
  name: `img ${picture.src}`,
  line: picture.line,
  reason: why,
});

const missing = {
  fr: 'Image absente du paquet : non importée, à reprendre à la main.',
  en: 'Picture missing from the package: not imported, to be redone by hand.',
};
const format = {
  fr: 'Seules les images PNG, JPEG et GIF sont importées : à reprendre à la main.',
  en: 'Only PNG, JPEG and GIF pictures are imported: to be redone by hand.',
};

export interface ItemPictures {
  item: Item;
  images: ImageFile[];
  omitted: QtiUnsupported[];
}

/** The item with the pictures its package holds, and those it cannot keep. */
export function withPictures(
  item: Item,
  pictures: readonly Picture[],
  itemFile: string,
  files: PackageFiles,
): ItemPictures {
  const images: ImageFile[] = [];
  const omitted: QtiUnsupported[] = [];
  const kept: NonNullable<Item['images']> = [];
  for (const picture of pictures) {
    const where = path.normalize(path.join(path.dirname(itemFile), decodeURI(picture.src)));
    const bytes = files.get(where);
    const ext = path.extname(where).slice(1).toLowerCase();
    const contentType = CONTENT_TYPES[ext];
    if (bytes === undefined || typeof bytes === 'string')
      omitted.push(unreadable(picture, missing));
    else if (contentType === undefined) omitted.push(unreadable(picture, format));
    else {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const file = `images/${sha256}.${ext === 'jpeg' ? 'jpg' : ext}`;
      images.push({ file, contentType, bytes });
      kept.push(picture.alt ? { file, alt: picture.alt } : { file });
    }
  }
  return { item: kept.length > 0 ? { ...item, images: kept } : item, images, omitted };
}
