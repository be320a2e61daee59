// A signed jury session and its issued documents, prepared through the API for the journeys
// that read a real certificate (certificates.spec.ts, words.spec.ts).
import { type Browser, expect } from '@playwright/test';
import {
  agreedDeliberation,
  apiAs,
  type Identity,
  json,
  readyCandidate,
  seatedSession,
} from './journeyApi.ts';
import { DEMO_PASSWORD } from './signIn.ts';

const CERTIFIER = 'certificateur@demo.certeval.example';
const PLACE = 'Salle des parchemins, Dijon (démo)';

/** A CQP AGC jury convened, graded, agreed and signed for the candidate: its session and seat. */
export async function signedSession(
  browser: Browser,
  candidate: Identity,
  startTime = '14:00',
): Promise<{ sessionId: string; seatId: string }> {
  const candidateId = await readyCandidate(browser, candidate, { tutor: 85, trainer: 80 });
  const seat = await seatedSession(browser, candidateId, { startTime, place: PLACE });
  const { president, revision } = await agreedDeliberation(
    browser,
    seat.seatId,
    { president: [70, 70, 70], employees: [70, 70, 70], opca: [100, 70, 70] },
    {
      percentages: { R: 80, PO: 70, OT: 70 },
      comment: 'Argumentation claire, outils de la biscuiterie bien maîtrisés.',
    },
  );
  await json(
    await president.post(`/api/jury/candidates/${seat.seatId}/sign`, {
      data: { password: DEMO_PASSWORD, revision },
    }),
  );
  return seat;
}

/** Issues a signed session through the API and waits for the batch: the holder's document. */
export async function issuedDocument(browser: Browser, sessionId: string, holder: string) {
  const certifier = await apiAs(browser, CERTIFIER);
  let batch = await json<{ id: string; status: string }>(
    await certifier.post('/api/certificates/batches', { data: { sessionId } }),
  );
  while (batch.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 200));
    batch = await json(await certifier.get(`/api/certificates/batches/${batch.id}`));
  }
  expect(batch.status).toBe('done');
  const issued = await json<Array<{ id: string; number: string; holderName: string }>>(
    await certifier.get('/api/certificates'),
  );
  const document = issued.find((d) => d.holderName === holder);
  expect(document).toBeDefined();
  return document as { id: string; number: string };
}
