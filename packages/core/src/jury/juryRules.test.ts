// The jury sections of the shipped rule sets against the jury guide they run on, and the
// rule-set validation of a jury section that does not hold together. (Their quotes are checked
// verbatim against the seeds with the rest of the rule sets, deliberation/shipped.test.ts.)
import { describe, expect, it } from 'vitest';
import { validateRuleSet } from '../deliberation/index.ts';
import { cqpRuleSet, juryGuide, juryRuleOf, titleRuleSet } from './juryTestData.testing.ts';

const cqp = cqpRuleSet();
const pathsOf = (input: unknown) => {
  const result = validateRuleSet(input);
  return result.ok ? [] : result.problems.map((p) => p.path);
};
const withJury = (patch: (jury: Record<string, unknown>) => void) => {
  const copy = structuredClone(cqp);
  patch(copy.jury as unknown as Record<string, unknown>);
  return copy;
};

describe('the CQP AGC jury (data/rules/cqp-agc.yaml)', () => {
  const jury = juryRuleOf(cqp);
  const guide = juryGuide();

  it('seats one representative of each college of seed 001, and one president', () => {
    expect(jury.composition.roles.map((s) => [s.role, s.min, s.max])).toEqual([
      ['employers_representative', 1, 1],
      ['employees_representative', 1, 1],
      ['opca_representative', 1, 1],
      ['president', 0, 1],
    ]);
    expect([jury.composition.president.min, jury.composition.president.max]).toEqual([1, 1]);
  });

  it('agrees with the jury guide of seed 002: 45 minutes, 3 at the workstation, its domains', () => {
    expect(jury.slot.minutes).toBe(guide.timing?.minutes);
    expect(jury.workstationObservers?.max).toBe(guide.observerLimit?.max);
    expect(jury.deliberation?.instrument).toBe(guide.id);
    const counted = cqp.instruments.find((i) => i.id === jury.deliberation?.countsAs);
    expect([counted?.counts, counted?.scale]).toEqual([true, 'percentage']);
    expect(jury.conflicts.map((c) => c.kind)).toEqual(['same_company', 'tutor', 'trainer']);
  });
});

describe('the seed 003 jury (data/rules/titre-relation-client.yaml)', () => {
  const jury = juryRuleOf(titleRuleSet());

  it('has two assessors, one independent, and no percentage deliberation', () => {
    expect([jury.composition.members.min, jury.composition.members.max]).toEqual([2, 2]);
    expect(jury.composition.independent?.min).toBe(1);
    expect(jury.deliberation).toBeUndefined();
    expect(jury.slot.minutes).toBe(30);
    expect(jury.conflicts.map((c) => c.kind)).toEqual(['same_company', 'tutor']);
  });
});

describe('a jury section that does not hold together', () => {
  it('is optional', () => {
    const { jury: _jury, ...without } = cqp;
    expect(validateRuleSet(without).ok).toBe(true);
  });

  it('refuses a seat listed twice and bounds upside down', () => {
    const broken = withJury((jury) => {
      const composition = jury.composition as { roles: unknown[]; president: object };
      composition.roles.push({
        role: 'opca_representative',
        min: 2,
        max: 1,
        citation: { source: 'x' },
      });
    });
    expect(pathsOf(broken)).toEqual([
      '$.jury.composition.roles[4]',
      '$.jury.composition.roles[4].role',
    ]);
  });

  it('refuses seats that need more members than the jury may have', () => {
    const broken = withJury((jury) => {
      const { members } = jury.composition as { members: { min: number; max?: number } };
      members.min = 1;
      members.max = 2;
    });
    expect(pathsOf(broken)).toEqual(['$.jury.composition.members.max']);
  });

  it('refuses a deliberation that feeds an unknown or non-percentage instrument', () => {
    const unknown = withJury((jury) => {
      (jury.deliberation as { countsAs: string }).countsAs = 'professional';
    });
    expect(pathsOf(unknown)).toEqual(['$.jury.deliberation.countsAs']);
    const title = structuredClone(titleRuleSet());
    const withDeliberation = {
      ...title,
      jury: { ...title.jury, deliberation: cqp.jury?.deliberation },
    };
    const outcome = {
      ...withDeliberation,
      jury: {
        ...withDeliberation.jury,
        deliberation: { ...cqp.jury?.deliberation, countsAs: 'bloc_jury' },
      },
    };
    const result = validateRuleSet(outcome);
    expect(result.ok ? [] : result.problems.map((p) => p.message.en)).toEqual([
      'bloc_jury must count and be on the percentage scale',
    ]);
  });

  it('refuses a role the schema does not know', () => {
    const broken = withJury((jury) => {
      (jury.composition as { roles: Array<{ role: string }> }).roles[0] = {
        ...((jury.composition as { roles: Array<{ role: string }> }).roles[0] as { role: string }),
        role: 'chairman',
      };
    });
    expect(pathsOf(broken).length).toBeGreaterThan(0);
  });
});
