// A certifier's identifiers at the Caisse des Dépôts (idClient, idContrat), read and saved by
// its administrators; the CLI (the local administrator) saves them for a certifier by name.
import {
  type CdcSettings,
  cdcSettingsProblems,
  normaliseCdcSettings,
} from '@certeval/core/cdc/index';
import { insertAudit, listOrganisations } from '../accounts/store.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { type Actor, can } from '../platform/policy.ts';
import * as store from './store.ts';

/** The certifier's organisation, when the actor declares its holders; else not found. */
export function requireDeclarer(actor: Actor, organisationId: string) {
  if (!can(actor, 'cdc.declare', { organisationId })) throw new AppError('not_found');
}

export async function cdcSettingsOf(ctx: Context, actor: Actor, organisationId: string) {
  requireDeclarer(actor, organisationId);
  const row = await store.settingsOf(ctx.database.db, organisationId);
  return row ? { idClient: row.idClient, idContrat: row.idContrat } : null;
}

/** Saves the identifiers once checked; `actorId` null for the CLI. */
export async function saveCdcSettings(
  ctx: Context,
  organisationId: string,
  input: CdcSettings,
  actorId: string | null,
): Promise<CdcSettings> {
  const problems = cdcSettingsProblems(input);
  if (problems.length > 0)
    throw new AppError(
      'validation_failed',
      undefined,
      undefined,
      problems.map((p) => ({ code: 'cdc_settings', path: `body/${p.path}`, message: p.message })),
    );
  const settings = normaliseCdcSettings(input);
  await ctx.database.db.transaction(async (tx) => {
    await store.saveSettings(tx, { organisationId, ...settings, updatedBy: actorId });
    await insertAudit(tx, {
      actorId,
      action: 'cdc.settings',
      subjectType: 'organisation',
      subjectId: organisationId,
      data: settings,
    });
  });
  return settings;
}

export async function saveCdcSettingsFor(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  input: CdcSettings,
) {
  requireDeclarer(actor, organisationId);
  return saveCdcSettings(ctx, organisationId, input, actor.userId);
}

/**
 * The certifier the CLI declares for: the one named, or the only certifier organisation when
 * none is named. Refused, listing the certifiers, when it cannot tell.
 */
export async function certifierForCli(ctx: Context, name?: string) {
  const certifiers = (await listOrganisations(ctx.database.db)).filter(
    (o) => o.kind === 'certifier',
  );
  const found = name
    ? certifiers.filter((o) => o.name === name.trim())
    : certifiers.length === 1
      ? certifiers
      : [];
  const [only] = found;
  if (found.length === 1 && only) return only;
  const names = certifiers.map((o) => `« ${o.name} »`).join(', ') || '—';
  throw new AppError(
    'not_found',
    {
      fr: `${name ? `Aucun certificateur « ${name} ».` : 'Nommez le certificateur (--certifier).'} Certificateurs : ${names}.`,
      en: `${name ? `No certifier "${name}".` : 'Name the certifier (--certifier).'} Certifiers: ${names}.`,
    },
    'certifier',
  );
}
