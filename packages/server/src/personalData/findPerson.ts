// Who a personal-data request is about (issue 19 item 5): the account of an address and every
// candidacy file of that account or that address; or, from one candidacy file, its account's
// person (a file without account nor address is a person alone).
import { normaliseEmail } from '@certeval/core';
import { and, eq, inArray, isNotNull, or, type SQL, sql } from 'drizzle-orm';
import { findUserByEmail, findUserById, type UserRow } from '../accounts/store.ts';
import type { CandidateRow } from '../candidates/store.ts';
import type { Db } from '../platform/db/open.ts';
import {
  candidates,
  certificates,
  invitations,
  juryCandidates,
  juryMinutes,
  mailMessages,
  memberships,
} from '../platform/db/schema.ts';
import { AppError } from '../platform/errors.ts';
import { isUuid } from '../platform/ids.ts';

export type PersonRef = { email: string } | { candidateId: string };

export interface Person {
  user: UserRow | null;
  candidates: CandidateRow[];
  /** Every address of the person, normalised: their account's and their files'. */
  emails: string[];
  /** The names they were invited under. */
  invitedAs?: string[];
}

const nobody = () =>
  new AppError('not_found', {
    fr: 'Aucune personne ne correspond : ni compte ni dossier de candidat à cette adresse.',
    en: 'Nobody matches: no account nor candidate file at this address.',
  });

async function personByEmail(db: Db, address: string): Promise<Person> {
  const email = normaliseEmail(address);
  const user = (await findUserByEmail(db, email)) ?? null;
  const files = await db
    .select()
    .from(candidates)
    .where(
      or(
        sql`lower(${candidates.email}) = ${email}`,
        user ? eq(candidates.userId, user.id) : undefined,
      ),
    )
    .orderBy(candidates.createdAt);
  const emails = new Set([
    email,
    ...files.flatMap((f) => (f.email ? [normaliseEmail(f.email)] : [])),
  ]);
  return { user, candidates: files, emails: [...emails] };
}

/** Whether an invitation or a message was sent to one of these addresses. */
async function addressed(db: Db, emails: string[]): Promise<boolean> {
  const [row] = await rowsOf<{ found: boolean }>(
    db,
    sql`select exists (select 1 from ${invitations} where lower(email) = ${emails[0]})
      or exists (select 1 from ${mailMessages} where lower(to_email) = ${emails[0]}) as found`,
  );
  return row?.found === true;
}

/** The person an address or a candidacy file names; 404 when none. */
export async function findPerson(db: Db, ref: PersonRef): Promise<Person> {
  if ('email' in ref) {
    const person = await personByEmail(db, ref.email);
    if (!person.user && person.candidates.length === 0 && !(await addressed(db, person.emails)))
      throw nobody();
    return person;
  }
  if (!isUuid(ref.candidateId)) throw nobody();
  const [file] = await db.select().from(candidates).where(eq(candidates.id, ref.candidateId));
  if (!file) throw nobody();
  const user = file.userId ? await findUserById(db, file.userId) : undefined;
  const address = user?.email ?? file.email;
  if (!address) return { user: null, candidates: [file], emails: [] };
  const person = await personByEmail(db, address);
  const others = person.candidates.filter((c) => c.id !== file.id);
  return { ...person, candidates: [file, ...others] };
}

/** The values that identify the person, looked for in the texts kept without identity. */
export function identityOf(person: Person): string[] {
  const values = [...person.emails, ...(person.invitedAs ?? [])];
  if (person.user) values.push(person.user.email, person.user.displayName);
  for (const c of person.candidates) {
    values.push(c.birthName, c.birthDate, c.birthPlace, ...(c.firstNames as string[]));
    for (const value of [c.usageName, c.email, c.phone, c.job]) if (value) values.push(value);
    values.push(...(c.accommodations as string[]));
  }
  return values;
}

/**
 * The files among `ids` under a signed decision: a signed deliberation, signed minutes that name
 * the candidate, or an issued certificate.
 */
export async function filesUnderSignedDecision(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const signed = await db
    .select({ id: juryCandidates.candidateId })
    .from(juryCandidates)
    .where(and(inArray(juryCandidates.candidateId, ids), isNotNull(juryCandidates.signedAt)));
  const certified = await db
    .select({ id: certificates.candidateId })
    .from(certificates)
    .where(inArray(certificates.candidateId, ids));
  const inMinutes = await rowsOf<{ id: string }>(
    db,
    sql`select c->>'candidateId' as id
      from ${juryMinutes}, jsonb_array_elements(${juryMinutes.minutes}->'candidates') as c
      where c->>'candidateId' in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`,
  );
  return new Set([...signed, ...certified, ...inMinutes].map((row) => row.id));
}

/** Rows of a statement the query builder does not write, on either database. */
export async function rowsOf<T>(db: Db, statement: SQL): Promise<T[]> {
  const result = (await db.execute(statement)) as unknown as { rows: T[] };
  return result.rows;
}

/** The roles the person's account holds other than candidate. */
export async function otherRoles(db: Db, userId: string) {
  const rows = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  return rows.map((r) => r.role).filter((role) => role !== 'candidate');
}
