// Which rule set decides a candidate, and which one runs a jury session: by certification,
// referential version and evaluation route (seed 001: the training and the VAE routes).
import { describe, expect, it } from 'vitest';
import { ACCESS_ROUTES } from '../referential/index.ts';
import { routeOf, ruleSetFor, sessionRuleSetFor } from './ruleSetFor.ts';
import type { RuleSet } from './ruleSetSchema.ts';
import { loadRuleSet } from './testSupport.testing.ts';

const training = loadRuleSet('cqp-agc.yaml');
// Shaped as data/rules/cqp-agc-vae.yaml: its own id and route, no jury of its own.
const vae: RuleSet = { ...training, id: 'cqp-agc-vae-rules', route: 'vae', jury: undefined };
const title = loadRuleSet('titre-relation-client.yaml');
// In file-name order, as the server reads data/rules: cqp-agc-vae.yaml comes first.
const shipped: RuleSet[] = [vae, training, title];

const wanted = (accessRoute: (typeof ACCESS_ROUTES)[number]) => ({
  certification: 'cqp-agc',
  referentialVersion: '1',
  accessRoute,
});

describe('the route of a rule set', () => {
  it('reads a rule set without a route as the training route', () => {
    expect([routeOf(training), routeOf(vae), routeOf(title)]).toEqual([
      'training',
      'vae',
      'training',
    ]);
  });
});

describe('ruleSetFor', () => {
  it('decides a VAE candidate by the VAE rule set, every other by the training one, whatever the order', () => {
    for (const order of [shipped, [...shipped].reverse()]) {
      expect(ACCESS_ROUTES.map((route) => [route, ruleSetFor(order, wanted(route))?.id])).toEqual([
        ['initial_education', 'cqp-agc-rules'],
        ['apprenticeship', 'cqp-agc-rules'],
        ['continuing_education', 'cqp-agc-rules'],
        ['professionalisation_contract', 'cqp-agc-rules'],
        ['individual_application', 'cqp-agc-rules'],
        ['vae', 'cqp-agc-vae-rules'],
      ]);
    }
  });

  it('finds none for another referential version, and none for a route no rule set decides', () => {
    expect(ruleSetFor(shipped, { ...wanted('apprenticeship'), referentialVersion: '2' })).toBe(
      undefined,
    );
    const vaeOfTitle = { ...wanted('vae'), certification: 'titre-relation-client' };
    expect(ruleSetFor(shipped, vaeOfTitle)).toBe(undefined);
  });
});

describe('sessionRuleSetFor', () => {
  it('runs a session by the training rule set’s jury, even when the VAE one has a jury too', () => {
    expect(sessionRuleSetFor(shipped, 'cqp-agc', '1')?.id).toBe('cqp-agc-rules');
    const both = [{ ...vae, jury: training.jury }, training];
    expect(sessionRuleSetFor(both, 'cqp-agc', '1')?.id).toBe('cqp-agc-rules');
    expect(sessionRuleSetFor([...both].reverse(), 'cqp-agc', '1')?.id).toBe('cqp-agc-rules');
  });

  it('takes a VAE rule set’s jury when it is the only one with a jury', () => {
    const onlyVae = [
      { ...vae, jury: training.jury },
      { ...training, jury: undefined },
    ];
    expect(sessionRuleSetFor(onlyVae, 'cqp-agc', '1')?.id).toBe('cqp-agc-vae-rules');
    expect(sessionRuleSetFor([vae], 'cqp-agc', '1')).toBe(undefined);
  });
});
