import { describe, expect, it } from 'vitest';
import {
  bitstringStatusEntry,
  credentialStatusOf,
  emptyStatusBits,
  revocationBits,
  STATUS_LIST_MIN_ENTRIES,
  statusBit,
  statusListCredential,
  withStatusBit,
} from './statusList.ts';

describe('status list bits', () => {
  it('are at least 131,072 entries (16 KiB) long', () => {
    expect(emptyStatusBits().length).toBe(16_384);
    expect(emptyStatusBits(10).length).toBe(STATUS_LIST_MIN_ENTRIES / 8);
    expect(emptyStatusBits(200_001).length).toBe(25_001);
  });

  it('number bit 0 as the most significant bit of the first byte', () => {
    const bits = withStatusBit(emptyStatusBits(), 0, true);
    expect(bits[0]).toBe(0b1000_0000);
    const later = withStatusBit(bits, 23, true);
    expect([...later.slice(0, 3)]).toEqual([0b1000_0000, 0, 0b0000_0001]);
    expect(statusBit(later, 23)).toBe(true);
    expect(statusBit(later, 22)).toBe(false);
  });

  it('set a bit on a copy and clear it again', () => {
    const bits = emptyStatusBits();
    const set = withStatusBit(bits, 4711, true);
    expect(statusBit(bits, 4711)).toBe(false);
    expect(statusBit(set, 4711)).toBe(true);
    expect(statusBit(withStatusBit(set, 4711, false), 4711)).toBe(false);
  });

  it('refuse an index outside the list', () => {
    const bits = emptyStatusBits();
    expect(() => statusBit(bits, STATUS_LIST_MIN_ENTRIES)).toThrow(RangeError);
    expect(() => withStatusBit(bits, -1, true)).toThrow(RangeError);
    expect(() => statusBit(bits, 1.5)).toThrow(RangeError);
  });

  it('of revocations have exactly the revoked indexes set', () => {
    const bits = revocationBits([
      { index: 3, reason: 'Fraude constatée', revokedAt: '2025-07-01T00:00:00Z' },
      { index: 131_071, reason: 'Erreur de saisie', revokedAt: '2025-07-02T00:00:00Z' },
    ]);
    const set = [];
    for (let i = 0; i < bits.length * 8; i++) if (statusBit(bits, i)) set.push(i);
    expect(set).toEqual([3, 131_071]);
  });
});

describe('status list documents', () => {
  it('place a credential at an index of a list, as a string', () => {
    expect(
      bitstringStatusEntry({ listUrl: 'https://certeval.example/status/1', index: 0 }),
    ).toEqual({
      id: 'https://certeval.example/status/1#0',
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '0',
      statusListCredential: 'https://certeval.example/status/1',
    });
  });

  it('publish the encoded list in a BitstringStatusListCredential', () => {
    expect(
      statusListCredential({
        listUrl: 'https://certeval.example/status/1',
        issuerId: 'https://certeval.example/issuers/fromagerie-des-trois-vallees',
        validFrom: '2025-07-01T00:00:00Z',
        encodedList: 'uH4sI',
      }),
    ).toEqual({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: 'https://certeval.example/status/1',
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: 'https://certeval.example/issuers/fromagerie-des-trois-vallees',
      validFrom: '2025-07-01T00:00:00Z',
      credentialSubject: {
        id: 'https://certeval.example/status/1#list',
        type: 'BitstringStatusList',
        statusPurpose: 'revocation',
        encodedList: 'uH4sI',
      },
    });
  });
});

describe('suspension (issue 14)', () => {
  const revocation = { listUrl: 'https://certeval.example/status/1', index: 7 };
  const suspension = {
    listUrl: 'https://certeval.example/status/2',
    index: 7,
    purpose: 'suspension' as const,
  };

  it('places a credential in its certifier’s revocation and suspension lists', () => {
    expect(credentialStatusOf([revocation, suspension])).toEqual([
      {
        id: 'https://certeval.example/status/1#7',
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: '7',
        statusListCredential: 'https://certeval.example/status/1',
      },
      {
        id: 'https://certeval.example/status/2#7',
        type: 'BitstringStatusListEntry',
        statusPurpose: 'suspension',
        statusListIndex: '7',
        statusListCredential: 'https://certeval.example/status/2',
      },
    ]);
    expect(credentialStatusOf(revocation)).toEqual(bitstringStatusEntry(revocation));
    expect(credentialStatusOf([revocation])).toEqual(bitstringStatusEntry(revocation));
  });

  it('publishes a suspension list with its purpose', () => {
    const list = statusListCredential({
      listUrl: suspension.listUrl,
      issuerId: 'https://certeval.example/issuers/cpne',
      validFrom: '2026-12-07T00:00:00Z',
      encodedList: 'uH4sI',
      purpose: 'suspension',
    }) as { credentialSubject: { statusPurpose: string } };
    expect(list.credentialSubject.statusPurpose).toBe('suspension');
  });
});
