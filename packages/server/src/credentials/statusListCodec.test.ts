import { emptyStatusBits, statusBit, withStatusBit } from '@certeval/core';
import { describe, expect, it } from 'vitest';
import { readValidatorFixture } from './credentials.testing.ts';
import { decodeStatusList, encodeStatusList } from './statusListCodec.ts';

describe('status list codec', () => {
  it('reads the bitstring list of the 1EdTech fixtures: only bit 23 is set', () => {
    const list = JSON.parse(readValidatorFixture('bit-string-list/testlist'));
    const bits = decodeStatusList(list.credentialSubject.encodedList);
    expect(bits?.length).toBe(16_384);
    const set = [];
    for (let i = 0; i < (bits?.length ?? 0) * 8; i++) if (bits && statusBit(bits, i)) set.push(i);
    expect(set).toEqual([23]);
  });

  it('round-trips GZIP base64url with the multibase prefix', () => {
    const bits = withStatusBit(withStatusBit(emptyStatusBits(), 5, true), 100_000, true);
    const encoded = encodeStatusList(bits);
    expect(encoded).toMatch(/^uH4sI[\w-]+$/);
    expect(encoded.length).toBeLessThan(200);
    expect(decodeStatusList(encoded)).toEqual(bits);
  });

  it('reads a list without the multibase prefix, and refuses one that is not GZIP', () => {
    const bits = withStatusBit(emptyStatusBits(), 7, true);
    expect(decodeStatusList(encodeStatusList(bits).slice(1))).toEqual(bits);
    expect(decodeStatusList('uAAAA')).toBeUndefined();
    expect(decodeStatusList('u not base64')).toBeUndefined();
  });
});
