import { describe, expect, it } from 'vitest';
import { isRole } from './teamModel.ts';

describe('isRole', () => {
  it('knows the roles of core only', () => {
    expect(isRole('tutor')).toBe(true);
    expect(isRole('janitor')).toBe(false);
  });
});
