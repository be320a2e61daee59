import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidacyAction, erasureReport, outcomeFor } from './erasure.ts';
import { noJuryCutoff, PERSONAL_DATA_KINDS, RETENTION_RULES, retentionRulesWith } from './index.ts';
import { ERASED_TEXT, holdsIdentity, scrubIdentity } from './scrubIdentity.ts';

const settings = { noJuryDelayDays: 730, sessionDays: 14, resetHours: 24 };

describe('the retention rules', () => {
  it('give every kind of personal data one rule, in both languages, with no text left empty', () => {
    expect(RETENTION_RULES.map((r) => r.kind)).toEqual([...PERSONAL_DATA_KINDS]);
    for (const rule of RETENTION_RULES)
      for (const text of [rule.label, rule.data, rule.purpose, rule.legalBasis, rule.recipients])
        expect(text.fr.length * text.en.length, rule.kind).toBeGreaterThan(0);
  });

  it('say why whatever an erasure does not erase is kept or pseudonymised', () => {
    for (const rule of RETENTION_RULES)
      if (rule.onErasure !== 'erased' || rule.underSignedDecision !== 'erased')
        expect(rule.because, rule.kind).toBeDefined();
  });

  it('keep the decision, the minutes and the certificate under a signed decision', () => {
    for (const kind of ['jury_decision', 'minutes', 'certificates', 'candidate_identity'] as const)
      expect(outcomeFor(kind, true)).toBe('kept');
    expect(outcomeFor('candidate_identity', false)).toBe('erased');
    expect(outcomeFor('candidate_contact', true)).toBe('erased');
    expect(outcomeFor('evaluations', true)).toBe('pseudonymised');
  });

  it('fill in the configured delay and the platform’s durations', () => {
    const rules = retentionRulesWith({ ...settings, noJuryDelayDays: 365 });
    const contact = rules.find((r) => r.kind === 'candidate_contact');
    expect(contact?.retention.fr).toContain('365 jours');
    expect(contact?.retention.en).toContain('365 days');
    const signIn = rules.find((r) => r.kind === 'sign_in');
    expect(signIn?.retention.en).toContain('14 days');
    expect(signIn?.retention.fr).toContain('24 heures');
    expect(JSON.stringify(rules)).not.toContain('{{');
  });

  it('erase a file that never reached a signed decision, keep the legal record of one that did', () => {
    expect(candidacyAction({ candidateId: 'a', underSignedDecision: false })).toBe('delete');
    expect(candidacyAction({ candidateId: 'a', underSignedDecision: true })).toBe(
      'keep_legal_record',
    );
  });

  it('put the cutoff the delay before now', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    expect(noJuryCutoff(now, 30).toISOString()).toBe('2026-01-30T10:00:00.000Z');
  });
});

describe('the answer of an erasure', () => {
  it('lists what was erased, pseudonymised and kept, adding counts of one kind', () => {
    const report = erasureReport([
      { kind: 'candidate_contact', outcome: 'erased', count: 1 },
      { kind: 'account', outcome: 'erased', count: 1 },
      { kind: 'mail', outcome: 'erased', count: 0 },
      { kind: 'evaluations', outcome: 'pseudonymised', count: 2 },
      { kind: 'evaluations', outcome: 'pseudonymised', count: 3 },
      { kind: 'certificates', outcome: 'kept', count: 1 },
      { kind: 'minutes', outcome: 'kept', count: 1 },
    ]);
    expect(report.erased.map((l) => [l.kind, l.count])).toEqual([
      ['account', 1],
      ['candidate_contact', 1],
    ]);
    expect(report.pseudonymised).toEqual([
      expect.objectContaining({ kind: 'evaluations', count: 5, reason: expect.any(Object) }),
    ]);
    expect(report.kept.map((l) => l.kind)).toEqual(['minutes', 'certificates']);
    expect(report.kept.every((l) => l.reason?.fr && l.reason.en)).toBe(true);
    expect(report.complete).toBe(false);
    expect(report.message.fr).toContain('procès-verbal signé, certificats et attestations');
    expect(report.message.en).toContain('signed minutes, certificates and attestations');
  });

  it('says the person is wholly erased when nothing is kept', () => {
    const report = erasureReport([{ kind: 'account', outcome: 'erased', count: 1 }]);
    expect(report.complete).toBe(true);
    expect(report.kept).toEqual([]);
    expect(report.erased[0]?.reason).toBeUndefined();
  });
});

describe('scrubIdentity', () => {
  const record = {
    after: {
      birthName: 'Moreau',
      firstNames: ['Lucas', 'Jean'],
      email: 'lucas.moreau@demo.example',
      note: 'Appel de M. MOREAU le 3 mars',
      revision: 3,
      withdrawn: false,
    },
  };

  it('replaces every identity value in every text, whatever its case, and keeps the shape', () => {
    const scrubbed = scrubIdentity(record, ['Moreau', 'Lucas', 'lucas.moreau@demo.example']);
    expect(scrubbed).toEqual({
      after: {
        birthName: ERASED_TEXT,
        firstNames: [ERASED_TEXT, 'Jean'],
        email: ERASED_TEXT,
        note: `Appel de M. ${ERASED_TEXT} le 3 mars`,
        revision: 3,
        withdrawn: false,
      },
    });
  });

  it('ignores values too short to be an identity', () => {
    expect(scrubIdentity({ a: 'x y' }, ['x', ' ', ''])).toEqual({ a: 'x y' });
  });

  it('leaves no identity value in any text', () => {
    const word = fc.stringMatching(/^[a-z]{2,8}$/);
    const json = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(json, fc.array(word, { minLength: 1, maxLength: 4 }), (value, identity) => {
        const usable = identity.filter((v) => !ERASED_TEXT.toLowerCase().includes(v));
        fc.pre(usable.length > 0);
        expect(holdsIdentity(scrubIdentity(value, usable), usable)).toBe(false);
      }),
    );
  });
});
