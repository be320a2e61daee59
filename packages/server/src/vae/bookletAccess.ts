// Which booklet a request is about and whether its person may read or write it: the candidate's
// file as the policy lets them reach it (404 when they may not even see it, 403 when they see
// it but may not take the action), only on the VAE route, with the booklet instrument the
// candidate answers.
import {
  type CandidateQuestionnaire,
  candidateQuestionnaire,
  type Instrument,
  pathwayOf,
} from '@certeval/core';
import * as candidates from '../candidates/service.ts';
import * as candidateStore from '../candidates/store.ts';
import * as instrumentStore from '../instruments/store.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import type { Action, Actor, Resource } from '../platform/policy.ts';
import * as store from './store.ts';

export interface BookletAccess {
  file: candidateStore.CandidateRow;
  resource: Resource;
  instrument: { key: string; version: string };
  booklet: CandidateQuestionnaire;
  row: store.BookletRow | undefined;
}

const notVae = () =>
  new AppError('not_found', {
    fr: 'Ce dossier n’est pas une VAE : il n’a pas de livret descriptif d’activité.',
    en: 'This file is not a VAE: it has no descriptive activity booklet.',
  });

/**
 * The booklet instrument of a file: the one it started on, else the project's vae_booklet
 * instrument, else the published national one of the project's referential version.
 */
async function bookletInstrument(
  ctx: Context,
  file: candidateStore.CandidateRow,
  row?: store.BookletRow,
) {
  const { db } = ctx.database;
  if (row) return instrumentStore.findInstrument(db, row.instrumentKey, row.instrumentVersion);
  const project = await candidateStore.findProject(db, file.projectId);
  if (!project) return undefined;
  for (const ref of project.instruments as Array<{ key: string; version: string }>) {
    const found = await instrumentStore.findInstrument(db, ref.key, ref.version);
    if (found?.kind === 'vae_booklet') return found;
  }
  const national = await instrumentStore.instrumentsOfVersion(
    db,
    project.certification,
    project.referentialVersion,
  );
  return national.filter((i) => i.kind === 'vae_booklet' && i.status === 'published').at(-1);
}

export async function bookletFor(
  ctx: Context,
  actor: Actor,
  candidateId: string,
  action: Action,
): Promise<BookletAccess> {
  const {
    row: file,
    resource,
    deliberations,
  } = await candidates.candidateFor(ctx, actor, candidateId, action);
  if (pathwayOf(file.accessRoute) !== 'vae') throw notVae();
  // Writing or re-opening the booklet of a decided file is refused (issue 14).
  if (action !== 'vae_booklet.read') candidates.assertFileOpen(deliberations, 'vae_booklet');
  const row = await store.findBooklet(ctx.database.db, file.id);
  const instrument = await bookletInstrument(ctx, file, row);
  if (!instrument)
    throw new AppError('not_found', {
      fr: 'Aucun livret descriptif d’activité n’est publié pour cette certification.',
      en: 'No descriptive activity booklet is published for this certification.',
    });
  return {
    file,
    resource,
    instrument: { key: instrument.key, version: instrument.version },
    booklet: candidateQuestionnaire(instrument.document as Instrument),
    row,
  };
}

/** Refuses any change once the booklet is submitted. */
export function assertDraft(access: BookletAccess) {
  if (access.row?.status === 'submitted') throw new AppError('booklet_submitted');
}
