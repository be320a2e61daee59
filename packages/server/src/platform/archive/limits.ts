// The limits every archive the product opens is read under (issue 14: a 300 KB upload that
// inflated to 300 MB froze the server). Configuration (config.ts, .env.example); the defaults
// fit what people upload: evaluation workbooks, QTI packages, the RNCP CSV export.
import { AppError } from '../errors.ts';

export interface ArchiveLimits {
  /** Entries in the central directory, folders included. */
  maxEntries: number;
  /** Uncompressed bytes of one entry. */
  maxEntryBytes: number;
  /** Uncompressed bytes of all the entries read from one archive. */
  maxTotalBytes: number;
  /** Uncompressed over compressed bytes of one entry, beyond RATIO_GRACE_BYTES. */
  maxRatio: number;
}

export const MB = 1024 * 1024;

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 1000,
  maxEntryBytes: 64 * MB,
  maxTotalBytes: 200 * MB,
  maxRatio: 100,
};

/**
 * An entry may always inflate this far, whatever its ratio: small files of repeated markup
 * (an empty sheet's styles) legitimately compress more than 100:1. Apache POI's zip guard
 * keeps a grace size for the same reason.
 */
export const RATIO_GRACE_BYTES = MB;

export type ArchiveLimit = 'entries' | 'entry' | 'total' | 'ratio';

const fr = (n: number) => n.toLocaleString('fr-FR');
const en = (n: number) => String(n);
const megabytes = (bytes: number) => Math.floor(bytes / MB);

/**
 * The coded error (413) naming the limit an archive crossed, with its value; `name` is the
 * entry that crossed it, `count` the entries of an archive that has too many.
 */
export function limitError(
  limit: ArchiveLimit,
  limits: ArchiveLimits,
  { name = '', count = 0 }: { name?: string; count?: number } = {},
): AppError {
  switch (limit) {
    case 'entries':
      return new AppError('archive_too_many_entries', {
        fr: `L’archive contient ${fr(count)} fichiers, au-delà de la limite de ${fr(limits.maxEntries)} : rien n’a été importé.`,
        en: `The archive holds ${en(count)} files, past the limit of ${en(limits.maxEntries)}: nothing was imported.`,
      });
    case 'entry':
      return new AppError('archive_entry_too_large', {
        fr: `« ${name} » dépasse ${fr(megabytes(limits.maxEntryBytes))} Mo une fois décompressé, la limite par fichier : rien n’a été importé.`,
        en: `"${name}" exceeds ${en(megabytes(limits.maxEntryBytes))} MB once uncompressed, the limit per file: nothing was imported.`,
      });
    case 'total':
      return new AppError('archive_too_large', {
        fr: `Les fichiers de l’archive dépassent ${fr(megabytes(limits.maxTotalBytes))} Mo une fois décompressés, la limite par archive : rien n’a été importé.`,
        en: `The files of the archive exceed ${en(megabytes(limits.maxTotalBytes))} MB once uncompressed, the limit per archive: nothing was imported.`,
      });
    case 'ratio':
      return new AppError('archive_ratio_too_high', {
        fr: `« ${name} » se décompresse à plus de ${fr(limits.maxRatio)} fois sa taille compressée, la limite du taux de compression : rien n’a été importé.`,
        en: `"${name}" inflates to more than ${en(limits.maxRatio)} times its compressed size, the compression ratio limit: nothing was imported.`,
      });
  }
}
