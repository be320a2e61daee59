// certeval user create | list | reset-password
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '@certeval/core';
import { createPasswordReset, createUser, listUsers } from '@certeval/server/accounts/service';
import { type CliIo, UsageError } from './io.ts';

export const userHelp = `certeval user create --email E --name "N" --role ROLE@"ORGANISATION" [--role …] [--password P]
certeval user list
certeval user reset-password --email E     prints a one-time link to set a new password (to hand over)
  ROLE is one of: ${ROLES.join(', ')}`;

function parseRole(value: string): { role: Role; organisationName: string } {
  const at = value.indexOf('@');
  const role = value.slice(0, at) as Role;
  if (at < 1 || !ROLES.includes(role) || at === value.length - 1) {
    throw new UsageError(
      `--role must be ROLE@ORGANISATION with ROLE among ${ROLES.join(', ')}: got "${value}".`,
    );
  }
  return { role, organisationName: value.slice(at + 1) };
}

export async function user(verb: string | undefined, args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', multiple: true },
      password: { type: 'string' },
    },
  });
  if (verb === 'list') {
    for (const u of await listUsers(io.ctx)) io.out(`${u.email}\t${u.displayName}`);
    return;
  }
  if (verb === 'create') {
    if (!values.email || !values.name)
      throw new UsageError('user create needs --email and --name.');
    const created = await createUser(io.ctx, {
      email: values.email,
      displayName: values.name,
      ...(values.password ? { password: values.password } : {}),
      roles: (values.role ?? []).map(parseRole),
    });
    io.out(`Created ${created.email}.`);
    if (!values.password) {
      io.out(
        `No password given: ${created.email} is sent a message with a one-time link to choose it (valid 7 days; it leaves with the server's mail, or waits in its outbox). To hand a link over yourself: certeval user reset-password --email ${created.email}`,
      );
    }
    return;
  }
  if (verb === 'reset-password') {
    if (!values.email) throw new UsageError('user reset-password needs --email.');
    const { url, expiresAt } = await createPasswordReset(io.ctx, values.email);
    io.out(`One-time link to set a new password (valid until ${expiresAt.toISOString()}):\n${url}`);
    return;
  }
  throw new UsageError(`Unknown command "user ${verb ?? ''}".\n${userHelp}`);
}
