// Worker task (platform/workers/pool.ts): an uploaded QTI package (zip, read under the archive
// limits) or single item file, parsed off the event loop into sections, items and problems.
import type { ArchiveLimits } from '../platform/archive/limits.ts';
import { ArchiveUnreadable, unzip } from '../platform/archive/readZip.ts';
import { AppError } from '../platform/errors.ts';
import { importQtiItem } from './qti/readItem.ts';
import { importQtiPackage } from './qti/readPackage.ts';
import { withPictures } from './qti/readPictures.ts';

export interface QtiUpload {
  bytes: Uint8Array;
  /** 'zip' for a content package, 'xml' for one item file. */
  format: 'zip' | 'xml';
  fileName: string;
  limits: ArchiveLimits;
}

const notAZip = (fileName: string) =>
  new AppError('import_invalid', undefined, undefined, [
    {
      code: 'not_a_zip',
      path: fileName,
      file: fileName,
      message: {
        fr: 'Ce fichier n’est pas une archive zip lisible.',
        en: 'This file is not a readable zip archive.',
      },
    },
  ]);

/** The package's files; a limit crossed throws its own coded error. */
function packageFiles(input: QtiUpload): Map<string, Uint8Array> {
  try {
    return unzip(input.bytes, input.limits);
  } catch (error) {
    if (error instanceof ArchiveUnreadable) throw notAZip(input.fileName);
    throw error;
  }
}

export default function readQtiUploadTask(input: QtiUpload) {
  if (input.format === 'xml') {
    const text = Buffer.from(input.bytes).toString('utf8');
    const read = importQtiItem(text, input.fileName);
    // One file alone holds no picture: those it shows are left out, named.
    const item =
      read.outcome === 'imported'
        ? withPictures(read.item, read.pictures, input.fileName, new Map())
        : undefined;
    const items =
      item && read.outcome === 'imported'
        ? [{ ...read, omitted: [...read.omitted, ...item.omitted] }]
        : [read];
    return {
      title: undefined,
      sections: item ? [{ id: 'qti', items: [item.item] }] : [],
      result: undefined,
      items,
      images: [],
      problems: read.outcome === 'invalid' ? read.problems : [],
    };
  }
  const imported = importQtiPackage(packageFiles(input));
  return {
    title: imported.title,
    sections: imported.questionnaire.sections,
    result: imported.questionnaire.result,
    items: imported.items,
    images: imported.images,
    problems: imported.problems,
  };
}
