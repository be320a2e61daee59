import { describe, expect, it } from 'vitest';
import type { JuryCandidate } from './juryApi.ts';
import {
  defaultMembers,
  formatPercent,
  initialAgreement,
  parsePercentages,
  placeable,
  presideOnly,
  problemsAt,
  toMemberInputs,
} from './juryModel.ts';

const view = (overrides: Partial<JuryCandidate>) =>
  ({
    guide: {
      domains: [
        { domain: 'R', label: 'RELATION CLIENT', items: [] },
        { domain: 'PO', label: 'PRODUITS', items: [] },
        { domain: 'OT', label: 'OUTIL', items: [] },
      ],
    },
    agreement: null,
    suggestion: null,
    ...overrides,
  }) as JuryCandidate;

describe('the agreement form', () => {
  it('starts from the members’ mean, rounded to two decimals', () => {
    expect(initialAgreement(view({ suggestion: { R: 80, PO: 70, OT: 50 + 1 / 3 } }))).toEqual({
      R: '80',
      PO: '70',
      OT: '50.33',
    });
  });

  it('starts from the agreement once recorded, and leaves blank what nobody suggested', () => {
    const v = view({
      agreement: { percentages: { R: 75, PO: 70 }, comment: 'x' },
      suggestion: { OT: 40 },
    });
    expect(initialAgreement(v)).toEqual({ R: '75', PO: '70', OT: '' });
  });

  it('reads a decimal comma and refuses what is not a percentage', () => {
    expect(parsePercentages({ R: '72,5', PO: '70' })).toEqual({
      ok: true,
      values: { R: 72.5, PO: 70 },
    });
    expect(parsePercentages({ R: '', PO: '101', OT: 'abc' })).toEqual({
      ok: false,
      invalid: ['R', 'PO', 'OT'],
    });
  });

  it('writes percentages the French and the English way', () => {
    expect(formatPercent(71.666_666, 'fr')).toBe('71,67 %');
    expect(formatPercent(71.666_666, 'en')).toBe('71.67%');
    expect(formatPercent(null, 'fr')).toBe('—');
  });
});

describe('the members being edited', () => {
  it('offers one seat per college, the first presiding, and only one presides', () => {
    const members = defaultMembers();
    expect(members.map((m) => [m.role, m.presides])).toEqual([
      ['employers_representative', true],
      ['employees_representative', false],
      ['opca_representative', false],
    ]);
    const moved = presideOnly(members, members[2]?.key ?? '');
    expect(moved.map((m) => m.presides)).toEqual([false, false, true]);
    expect(toMemberInputs(moved)[0]).toEqual({
      userId: '',
      role: 'employers_representative',
      affiliation: null,
      presides: false,
    });
  });

  it('files each problem under its row or under the jury', () => {
    const problems = [
      { code: 'duplicate_member', path: 'body/members/2', message: { fr: 'a', en: 'a' } },
      { code: 'missing_role', path: 'body/members', message: { fr: 'b', en: 'b' } },
    ];
    expect(problemsAt(problems, 2).map((p) => p.code)).toEqual(['duplicate_member']);
    expect(problemsAt(problems).map((p) => p.code)).toEqual(['missing_role']);
  });
});

it('places only files ready for the jury, of the session’s certification, not yet seated', () => {
  const list = [
    { id: 'a', certification: 'cqp-agc', status: 'ready_for_jury' },
    { id: 'b', certification: 'cqp-agc', status: 'in_training' },
    { id: 'c', certification: 'autre', status: 'ready_for_jury' },
    { id: 'd', certification: 'cqp-agc', status: 'ready_for_jury' },
  ];
  expect(placeable(list, 'cqp-agc', ['d']).map((c) => c.id)).toEqual(['a']);
});
