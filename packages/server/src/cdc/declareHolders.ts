// The declaration of holders to the Caisse des Dépôts (issue 18, item 6): what the next file of
// a period would hold (the preview the certifier reads first), and the file itself — written
// only when every holder's record has what it needs, recorded with who exported it, when, and
// which documents it declared or which revocations it listed, in one transaction.

import type { Sex } from '@certeval/core';
import {
  type DeclarableDocument,
  type DeclarationPlan,
  declarationXml,
  nextDay,
  parisDayStart,
  planDeclaration,
} from '@certeval/core/cdc/index';
import type { CertificateData } from '@certeval/core/certificates/index';
import { insertAudit } from '../accounts/store.ts';
import type { Context } from '../platform/context.ts';
import type { Db } from '../platform/db/open.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../platform/policy.ts';
import { requireDeclarer } from './cdcSettings.ts';
import * as store from './store.ts';

export interface DeclarationRequest {
  organisationId: string;
  /** YYYY-MM-DD, Paris days, both included: the days the documents were issued. */
  from: string;
  to: string;
  /** A certification's id (slug); all of the certifier's when absent. */
  certification?: string;
}

function documentOf(row: store.DocumentRow): DeclarableDocument {
  const data = row.data as CertificateData;
  return {
    certificateId: row.id,
    number: row.number,
    kind: data.kind,
    verificationUrl: data.verificationUrl,
    ...(data.certification.registration ? { registration: data.certification.registration } : {}),
    unitKind: data.unitKind,
    units: data.units,
    decisionDate: row.decisionDate,
    validUntil: row.validUntil,
    accessRoute: row.accessRoute as DeclarableDocument['accessRoute'],
    candidateId: row.candidateId,
    holder: {
      birthName: data.holder.birthName,
      usageName: data.holder.usageName ?? null,
      firstNames: data.holder.firstNames,
      birthDate: data.holder.birthDate,
      sex: row.sex as Sex | null,
      birthInseeCode: row.birthInseeCode,
    },
  };
}

function checkPeriod({ from, to }: DeclarationRequest) {
  const day = (d: string) => new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;
  const valid = (() => {
    try {
      return day(from) && day(to) && from <= to;
    } catch {
      return false;
    }
  })();
  if (!valid)
    throw new AppError(
      'validation_failed',
      {
        fr: 'La période est invalide : deux dates du calendrier, la première au plus tard la seconde.',
        en: 'The period is invalid: two calendar days, the first no later than the second.',
      },
      'query/from',
    );
}

async function planFor(db: Db, request: DeclarationRequest) {
  const rows = await store.documentsIssued(db, {
    organisationId: request.organisationId,
    start: parisDayStart(request.from),
    end: parisDayStart(nextDay(request.to)),
    ...(request.certification ? { certification: request.certification } : {}),
  });
  const declared = new Map<string, string>();
  const listed = new Set<string>();
  for (const entry of await store.entriesOf(db, request.organisationId)) {
    if (entry.action === 'revocation_listed') listed.add(entry.certificateId);
    else if (entry.passages !== null) declared.set(entry.certificateId, entry.passages);
  }
  const plan = planDeclaration(rows.map(documentOf), declared);
  const revokedRows = await store.revokedAmong(
    db,
    [...declared.keys()].filter((id) => !listed.has(id)),
  );
  const revocations = revokedRows.map((row) => ({
    certificateId: row.id,
    number: row.number,
    holderName: (row.data as CertificateData).holder.name,
    revokedAt: row.revokedAt?.toISOString() ?? '',
    reason: row.reason ?? '',
  }));
  return { plan, revocations };
}

function summaryOf(
  plan: DeclarationPlan,
  revocations: Awaited<ReturnType<typeof planFor>>['revocations'],
) {
  return {
    toDeclare: plan.toDeclare.filter((d) => !d.correction).length,
    corrections: plan.toDeclare.filter((d) => d.correction).map((d) => d.number),
    alreadyDeclared: plan.alreadyDeclared.length,
    notDeclarable: plan.notDeclarable,
    missing: plan.missing,
    revocations: revocations.map(({ certificateId: _, ...rest }) => rest),
  };
}

/** What the next file of the period would hold, and what stops it; nothing is recorded. */
export async function previewDeclaration(ctx: Context, actor: Actor, request: DeclarationRequest) {
  requireDeclarer(actor, request.organisationId);
  checkPeriod(request);
  const { db } = ctx.database;
  const settings = await store.settingsOf(db, request.organisationId);
  const { plan, revocations } = await planFor(db, request);
  return {
    settings: settings ? { idClient: settings.idClient, idContrat: settings.idContrat } : null,
    ...summaryOf(plan, revocations),
  };
}

const HOLDERS_MISSING = (count: number) => ({
  fr: `${count} titulaire(s) sans les données que la déclaration demande : rien n’a été exporté. Complétez leur dossier (formulaire d’inscription).`,
  en: `${count} holder(s) without the data the declaration needs: nothing was exported. Complete their record (enrolment form).`,
});

/**
 * Writes the file of the period and records it; `actorId` null for the CLI. Refused, storing
 * nothing, without the certifier's identifiers, when a holder lacks data, or when nothing is
 * left to declare.
 */
export async function exportDeclaration(
  ctx: Context,
  request: DeclarationRequest,
  actorId: string | null,
) {
  checkPeriod(request);
  return ctx.database.db.transaction(async (tx) => {
    await store.lockDeclarations(tx, request.organisationId);
    const settings = await store.settingsOf(tx, request.organisationId);
    if (!settings) throw new AppError('cdc_settings_missing');
    const { plan, revocations } = await planFor(tx, request);
    if (plan.missing.length > 0)
      throw new AppError(
        'cdc_holder_data_missing',
        HOLDERS_MISSING(plan.missing.length),
        undefined,
        plan.missing.map((m) => ({
          code: 'holder_data',
          path: `candidates/${m.candidateId}`,
          message: m.message,
        })),
      );
    if (plan.toDeclare.length === 0) throw new AppError('cdc_nothing_to_declare');
    const at = ctx.now();
    const exportId = await store.insertExport(tx, {
      organisationId: request.organisationId,
      periodFrom: request.from,
      periodTo: request.to,
      certification: request.certification ?? null,
      exportedBy: actorId,
      exportedAt: at,
    });
    const xml = declarationXml({
      settings: { idClient: settings.idClient, idContrat: settings.idContrat },
      fluxId: exportId,
      at,
      passages: plan.passages,
    });
    await store.insertEntries(tx, [
      ...plan.toDeclare.map((d) => ({
        exportId,
        certificateId: d.certificateId,
        action: d.correction ? 'corrected' : 'declared',
        passages: d.fragment,
      })),
      ...revocations.map((r) => ({
        exportId,
        certificateId: r.certificateId,
        action: 'revocation_listed',
        passages: null,
      })),
    ]);
    const summary = summaryOf(plan, revocations);
    await insertAudit(tx, {
      actorId,
      action: 'cdc.export',
      subjectType: 'organisation',
      subjectId: request.organisationId,
      data: {
        exportId,
        period: { from: request.from, to: request.to },
        certification: request.certification ?? null,
        declared: plan.toDeclare.map((d) => d.number),
        revocationsListed: revocations.map((r) => r.number),
      },
    });
    return {
      exportId,
      xml,
      fileName: `declaration-titulaires-${request.from}-${request.to}.xml`,
      ...summary,
    };
  });
}

export async function exportDeclarationFor(
  ctx: Context,
  actor: Actor,
  request: DeclarationRequest,
) {
  requireDeclarer(actor, request.organisationId);
  return exportDeclaration(ctx, request, actor.userId);
}
