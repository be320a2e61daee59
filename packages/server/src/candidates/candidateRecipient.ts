// Where a message to a candidate goes (issue 15, item 4): their account when the file has one
// (its address and language), else the address of their file; none when it has neither.
import { candidateDisplayName } from '@certeval/core';
import { eq } from 'drizzle-orm';
import type { Db } from '../platform/db/open.ts';
import { candidates } from '../platform/db/schema.ts';
import { isAddress, type Recipient } from '../platform/mail/sendMessage.ts';

export interface CandidateRecipient {
  to: { userId: string } | Recipient;
  /** The name the candidate is called by (usage name when there is one). */
  name: string;
}

export async function candidateRecipient(
  db: Db,
  candidateId: string,
): Promise<CandidateRecipient | undefined> {
  const [row] = await db.select().from(candidates).where(eq(candidates.id, candidateId));
  if (!row) return undefined;
  const name = candidateDisplayName({
    birthName: row.birthName,
    ...(row.usageName && { usageName: row.usageName }),
    firstNames: row.firstNames as string[],
  });
  if (row.userId) return { to: { userId: row.userId }, name };
  if (row.email && isAddress(row.email))
    return { to: { email: row.email, name, locale: 'fr' }, name };
  return undefined;
}
