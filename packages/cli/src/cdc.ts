// certeval cdc settings | export: the declaration of holders to the Caisse des Dépôts (issue 18,
// item 6), by the same use cases as PUT /api/cdc/settings and POST /api/cdc/declarations. The
// CLI acts as the local administrator, recorded as no one in the audit trail.
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { certifierForCli, saveCdcSettings } from '@certeval/server/cdc/cdcSettings';
import { exportDeclaration } from '@certeval/server/cdc/declareHolders';
import { type CliIo, UsageError } from './io.ts';

export const cdcHelp = `certeval cdc settings --id-client ID --id-contrat ID [--certifier "N"]
                                                       the certifier's Caisse des Dépôts
                                                       identifiers
certeval cdc export --from DATE --to DATE --out FILE.xml [--certification ID] [--certifier "N"]
                                                       the declaration of the holders of the
                                                       documents issued from DATE to DATE
                                                       (YYYY-MM-DD, both included), each once;
                                                       refused, naming each holder, when a
                                                       record lacks what the file needs`;

const options = {
  certifier: { type: 'string' },
  'id-client': { type: 'string' },
  'id-contrat': { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  certification: { type: 'string' },
  out: { type: 'string' },
} as const;

export async function cdc(verb: string | undefined, args: string[], io: CliIo) {
  const { values } = parseArgs({ args, options });
  if (verb === 'settings') {
    const idClient = values['id-client'];
    const idContrat = values['id-contrat'];
    if (!idClient || !idContrat)
      throw new UsageError(`cdc settings needs --id-client and --id-contrat.\n${cdcHelp}`);
    const certifier = await certifierForCli(io.ctx, values.certifier);
    const saved = await saveCdcSettings(io.ctx, certifier.id, { idClient, idContrat }, null);
    io.out(`${certifier.name}: idClient ${saved.idClient}, idContrat ${saved.idContrat}`);
    return;
  }
  if (verb === 'export') {
    const { from, to, out } = values;
    if (!from || !to || !out)
      throw new UsageError(`cdc export needs --from, --to and --out.\n${cdcHelp}`);
    const certifier = await certifierForCli(io.ctx, values.certifier);
    const result = await exportDeclaration(
      io.ctx,
      {
        organisationId: certifier.id,
        from,
        to,
        ...(values.certification ? { certification: values.certification } : {}),
      },
      null,
    );
    await fs.writeFile(out, result.xml);
    io.out(
      `${out}: ${result.toDeclare} document(s) déclaré(s) / declared, ${result.corrections.length} correction(s), ${result.alreadyDeclared} déjà déclaré(s) / already declared`,
    );
    for (const n of result.notDeclarable)
      io.out(
        `  non déclaré / not declared ${n.number} (${n.holderName}): ${n.reason.fr} / ${n.reason.en}`,
      );
    for (const r of result.revocations)
      io.out(
        `  révoqué après déclaration, à signaler / revoked after declaration, to report: ${r.number} (${r.holderName}) — ${r.reason}`,
      );
    return;
  }
  throw new UsageError(`Unknown command "cdc ${verb ?? ''}".\n${cdcHelp}`);
}
