// A rule set that does not hold together is refused with located, bilingual problems.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseRuleSet, validateRuleSet } from './parseRuleSet.ts';
import { loadRuleSet } from './testSupport.testing.ts';

const cqp = loadRuleSet('cqp-agc.yaml');
const vae = loadRuleSet('cqp-agc-vae.yaml');
const pathsOf = (input: unknown) => {
  const result = validateRuleSet(input);
  return result.ok ? [] : result.problems.map((p) => p.path);
};

describe('rule-set validation', () => {
  it('round-trips a shipped rule set through YAML', () => {
    expect(parseRuleSet(stringify(cqp))).toEqual({ ok: true, value: cqp });
  });

  it('refuses a comparison it does not know and a threshold above 100', () => {
    const [mean, ...rest] = cqp.unitConditions;
    const broken = {
      ...cqp,
      unitConditions: [{ ...mean, comparison: 'gte_ish', threshold: 170 }, ...rest],
    };
    expect(pathsOf(broken).length).toBeGreaterThan(0);
  });

  it('refuses a condition naming an instrument the rule set does not have', () => {
    const [mean, ...rest] = cqp.unitConditions;
    const broken = {
      ...cqp,
      unitConditions: [{ ...mean, instruments: ['tutor', 'mentor'] }, ...rest],
    };
    const result = validateRuleSet(broken);
    expect(result.ok === false && result.problems[0]).toEqual({
      path: '$.unitConditions[0].instruments[1]',
      message: { fr: 'instrument inconnu : mentor', en: 'unknown instrument: mentor' },
    });
  });

  it('refuses a validity both unlimited and limited, and a duplicate instrument', () => {
    const broken = {
      ...cqp,
      validity: { ...cqp.validity, years: 5 },
      instruments: [...cqp.instruments, cqp.instruments[0]],
    };
    expect(pathsOf(broken)).toEqual(['$.instruments[3].id', '$.validity']);
  });

  it('reads the route a rule set decides: absent is training, vae is the VAE, nothing else', () => {
    expect(cqp.route).toBeUndefined();
    expect(validateRuleSet({ ...cqp, route: 'vae' })).toEqual({
      ok: true,
      value: { ...cqp, route: 'vae' },
    });
    expect(validateRuleSet({ ...cqp, route: 'training' }).ok).toBe(true);
    expect(pathsOf({ ...cqp, route: 'apprenticeship' })).toEqual(['$.route']);
  });

  it('reads the blocs section of partial validation by bloc, and refuses a malformed one, located', () => {
    expect(vae.blocs?.acquiredWhen).toBe('all_competences_in_passed_units');
    expect(parseRuleSet(stringify(vae))).toEqual({ ok: true, value: vae });
    const { failed: _failed, ...withoutFailed } = vae.blocs ?? {};
    const broken = { ...vae, blocs: { ...withoutFailed, acquiredWhen: 'most_competences' } };
    const result = validateRuleSet(broken);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.path)).toEqual(['$.blocs', '$.blocs.acquiredWhen']);
    expect(problems[0]?.message.fr).toMatch(/^non conforme au schéma : .*failed/);
    expect(problems[0]?.message.en).toMatch(/^does not match the schema: .*failed/);
  });

  it('refuses blocs validated on their own when the units are the blocs already', () => {
    const title = loadRuleSet('titre-relation-client.yaml');
    const result = validateRuleSet({ ...title, blocs: vae.blocs });
    expect(result.ok === false && result.problems).toEqual([
      {
        path: '$.blocs.type',
        message: {
          fr: 'les unités sont déjà des blocs : pas de validation par bloc en plus',
          en: 'the units are already blocs: no partial validation by bloc on top of them',
        },
      },
    ]);
  });

  it('refuses invalid YAML', () => {
    const result = parseRuleSet('id: [unclosed');
    expect(result.ok).toBe(false);
  });
});
