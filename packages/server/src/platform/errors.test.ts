import { describe, expect, it } from 'vitest';
import { AppError, errorTable } from './errors.ts';

describe('error table', () => {
  it('gives every code an HTTP error status and a French and an English message', () => {
    for (const [code, entry] of Object.entries(errorTable)) {
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
      expect(entry.fr.length, code).toBeGreaterThan(5);
      expect(entry.en.length, code).toBeGreaterThan(5);
      expect(entry.fr, code).not.toBe(entry.en);
    }
  });

  it('shapes an error as { code, message: { fr, en }, path? }', () => {
    expect(new AppError('forbidden').toBody()).toEqual({
      code: 'forbidden',
      message: { fr: errorTable.forbidden.fr, en: errorTable.forbidden.en },
    });
    const detailed = new AppError('validation_failed', { fr: 'f', en: 'e' }, 'body/email');
    expect(detailed.status).toBe(400);
    expect(detailed.toBody()).toEqual({
      code: 'validation_failed',
      message: { fr: 'f', en: 'e' },
      path: 'body/email',
    });
  });
});
