// What a failed save means for the queue (useQueuedAutosave.ts), error by error.
import { describe, expect, it } from 'vitest';
import { ApiError, NETWORK_ERROR_STATUS } from '../../app/apiClient.ts';
import type { SaveOutcome } from './saveQueue.ts';
import { failedSave } from './useQueuedAutosave.ts';

const message = { fr: 'Refusé.', en: 'Refused.' };
const noConflict = async (): Promise<SaveOutcome> => {
  throw new Error('not a conflict');
};

describe('a failed save', () => {
  it('waits for the person to sign in again when the session ended (401)', async () => {
    const error = new ApiError(401, { code: 'unauthenticated', message });
    await expect(failedSave(error, noConflict)).resolves.toEqual({ kind: 'signedOut', error });
  });

  it('is tried again after a network failure or a server outage, refused on a 403', async () => {
    const network = new ApiError(NETWORK_ERROR_STATUS, { code: 'network' });
    expect((await failedSave(network, noConflict)).kind).toBe('retry');
    const outage = new ApiError(503, { code: 'internal', message });
    expect((await failedSave(outage, noConflict)).kind).toBe('retry');
    const forbidden = new ApiError(403, { code: 'forbidden', message });
    expect((await failedSave(forbidden, noConflict)).kind).toBe('refused');
  });
});
