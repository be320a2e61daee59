// The real shapes a scale dataset copies (scaleDataset.ts): a jury session of `signed`
// candidates signed and its certificates issued on a demo database, as the product makes them;
// the numbers issued, which the public verification looks up.

import { awardedDecision, partialDecision } from '@certeval/core/certificates/certificates.testing';
import { eq } from 'drizzle-orm';
import { signedJurySession } from '../certificates/certificates.testing.ts';
import { issueSessionCertificates } from '../certificates/issueCertificates.ts';
import { getInstrument } from '../instruments/service.ts';
import type { Context } from '../platform/context.ts';
import * as schema from '../platform/db/schema.ts';
import type { ScaleTemplates } from './scaleDataset.ts';
import { actorForEmail } from './sessions.ts';

export async function scaleTemplates(
  ctx: Context,
  signed: number,
): Promise<{ templates: ScaleTemplates; numbers: string[] }> {
  const { db } = ctx.database;
  const certifier = await actorForEmail(ctx, 'certificateur@demo.certeval.example');
  const session = await signedJurySession(
    ctx,
    Array.from({ length: signed }, (_, n) => ({
      decision: awardedDecision(),
      birthName: `Vérifiée-${n}`,
      firstNames: ['Zoé'],
    })),
  );
  await issueSessionCertificates(ctx, certifier, session.sessionId, { chunkSize: 250 });
  const issued = await db.select().from(schema.certificates);
  const [first] = issued;
  const [shipped] = await db
    .select()
    .from(schema.certifications)
    .where(eq(schema.certifications.slug, 'cqp-agc'));
  const [demoTutor] = await db
    .select()
    .from(schema.users)
    .where(eq(schema.users.email, 'tuteur@demo.certeval.example'));
  if (!first || !shipped || !demoTutor?.passwordHash)
    throw new Error('the real session was not issued');
  const { instrument } = await getInstrument(ctx, 'cqp-agc-tutor-grid', '1');
  const awarded = awardedDecision();
  return {
    numbers: issued.map((row) => row.number),
    templates: {
      certifierId: first.organisationId,
      shipped: {
        slug: 'cqp-agc',
        data: shipped.data as Record<string, unknown>,
        document: null,
        title: shipped.title ?? 'CQP AGC',
      },
      awarded: JSON.stringify(awarded),
      partial: JSON.stringify(partialDecision()),
      ruleSet: awarded.ruleSet.id,
      certificate: {
        number: first.number,
        data: JSON.stringify(first.data),
        credential: JSON.stringify(first.credential),
      },
      instrument: {
        key: 'cqp-agc-tutor-grid',
        version: '1',
        itemIds: instrument.sections.flatMap((s) => s.items.map((i) => i.id)),
      },
      passwordHash: demoTutor.passwordHash,
    },
  };
}
