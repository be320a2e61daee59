// certeval organisation create | list
import { parseArgs } from 'node:util';
import { ORGANISATION_KINDS, type OrganisationKind } from '@certeval/core';
import { ensureOrganisation, listOrganisations } from '@certeval/server/accounts/service';
import { type CliIo, UsageError } from './io.ts';

export const organisationHelp = `certeval organisation create --kind KIND --name "N"
certeval organisation list
  KIND is one of: ${ORGANISATION_KINDS.join(', ')}`;

export async function organisation(verb: string | undefined, args: string[], io: CliIo) {
  const { values } = parseArgs({
    args,
    options: { kind: { type: 'string' }, name: { type: 'string' } },
  });
  if (verb === 'list') {
    for (const o of await listOrganisations(io.ctx)) io.out(`${o.kind}\t${o.name}`);
    return;
  }
  if (verb === 'create') {
    const kind = values.kind as OrganisationKind;
    if (!ORGANISATION_KINDS.includes(kind) || !values.name) {
      throw new UsageError(
        `organisation create needs --kind (${ORGANISATION_KINDS.join(', ')}) and --name.`,
      );
    }
    const created = await ensureOrganisation(io.ctx, kind, values.name);
    io.out(`${created.kind}\t${created.name}`);
    return;
  }
  throw new UsageError(`Unknown command "organisation ${verb ?? ''}".\n${organisationHelp}`);
}
