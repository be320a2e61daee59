// The role-play cards a jury plays with the candidate (issue 16, item 1; seed 002, "Fiches de
// Jeux de rôle n°1-3"): those of every published national jury guide, and one guide's cards
// alone as a PDF to print.
import type { Instrument, RolePlay } from '@certeval/core';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { type DownloadedFile, safeFileName as safe } from '../platform/http/files.ts';
import type { Actor } from '../platform/policy.ts';
import { inWorker } from '../platform/workers/pool.ts';
import { getVersion } from '../referential/service.ts';
import { assertVisible } from './access.ts';
import type rolePlayCardsPdfTask from './paper/rolePlayCardsPdfTask.ts';
import { findRow } from './service.ts';
import * as store from './store.ts';

const renderPdf = inWorker<typeof rolePlayCardsPdfTask>(
  new URL('./paper/rolePlayCardsPdfTask.ts', import.meta.url),
);

export interface GuideCards {
  key: string;
  version: string;
  title: string;
  certification: string | null;
  cards: RolePlay[];
}

/** The published national jury guides that have role-play cards, newest version of each. */
export async function listRolePlayCards(ctx: Context): Promise<GuideCards[]> {
  const rows = await store.publishedJuryGuides(ctx.database.db);
  const newest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const seen = newest.get(row.key);
    if (!seen || Number(row.version) > Number(seen.version)) newest.set(row.key, row);
  }
  return [...newest.values()].flatMap((row) => {
    const cards = (row.document as Instrument).rolePlays ?? [];
    return cards.length === 0
      ? []
      : [
          {
            key: row.key,
            version: row.version,
            title: row.title,
            certification: row.certification,
            cards,
          },
        ];
  });
}

/** One guide's role-play cards as the PDF to print, the header left blank to fill by hand. */
export async function rolePlayCardsPdf(
  ctx: Context,
  actor: Actor,
  key: string,
  version: string,
): Promise<DownloadedFile> {
  const row = await findRow(ctx, key, version);
  assertVisible(actor, row);
  const instrument = row.document as Instrument;
  if (!instrument.rolePlays?.length)
    throw new AppError('not_found', {
      fr: 'Ce guide n’a pas de fiche de jeu de rôle.',
      en: 'This guide has no role-play card.',
    });
  const referential = await getVersion(ctx, row.certification ?? '', row.referentialVersion ?? '');
  const body = await renderPdf({
    instrument,
    context: { certificationTitle: referential.certification.title?.fr ?? row.certification ?? '' },
  });
  return {
    fileName: `${safe(key)}-v${safe(version)}-jeux-de-role.pdf`,
    contentType: 'application/pdf',
    body,
  };
}
