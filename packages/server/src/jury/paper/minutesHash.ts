// The fingerprint of a session's minutes: SHA-256 of their canonical JSON (core/jury/minutes),
// printed on the procès-verbal and stored with the signed deliberation, so that anyone holding
// the data can check that the document says what was signed.
import { createHash } from 'node:crypto';
import { canonicalJson, type Minutes } from '@certeval/core';

export function minutesHash(minutes: Minutes): string {
  return createHash('sha256').update(canonicalJson(minutes), 'utf8').digest('hex');
}
