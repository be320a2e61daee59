// Properties of partial validation by bloc (data/rules/cqp-agc-vae.yaml, `blocs`) over generated
// VAE candidates on the real referential: a bloc is acquired exactly when every domain its
// savoir-faire lie in is validated, and raising any score never loses an acquired bloc.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRules } from './compile.ts';
import { type Deliberation, deliberate } from './deliberate.ts';
import { factsFromReferential } from './facts.ts';
import { loadReferential, loadRuleSet, vaeEvidence } from './testSupport.testing.ts';

const vae = loadRuleSet('cqp-agc-vae.yaml');
const facts = factsFromReferential(loadReferential('cqp-agc.yaml'), vae);
const rules = compileRules(vae, facts);
const savoirFaire = facts.units.flatMap((unit) => unit.competences);

/** Percentages with two decimals, as a grid would hold them. */
const pct = (min = 0, max = 100) =>
  fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100);

/** The jury's agreed percentage per domain and its appreciation of each savoir-faire. */
const candidate = fc.record({
  agreed: fc.record({ R: pct(55, 90), PO: pct(55, 90), OT: pct(55, 90) }),
  savoirFaire: fc.array(pct(20, 100), {
    minLength: savoirFaire.length,
    maxLength: savoirFaire.length,
  }),
});
type Candidate = typeof candidate extends fc.Arbitrary<infer T> ? T : never;

const decide = (c: Candidate) =>
  deliberate(
    rules,
    vaeEvidence(
      c.agreed,
      Object.fromEntries(savoirFaire.map((code, k) => [code, c.savoirFaire[k] ?? 0])),
      facts,
    ),
  );

function decided(d: Deliberation) {
  if (d.status !== 'decided') throw new Error(JSON.stringify(d.reasons));
  return d;
}

/** The candidate with one of its scores (a domain's or a savoir-faire's) raised, capped at 100. */
function raise(c: Candidate, pick: number, by: number): Candidate {
  const copy: Candidate = structuredClone(c);
  const domains = Object.keys(copy.agreed) as Array<keyof Candidate['agreed']>;
  const slot = pick % (domains.length + copy.savoirFaire.length);
  const domain = domains[slot];
  if (domain) copy.agreed[domain] = Math.min(100, copy.agreed[domain] + by);
  else {
    const k = slot - domains.length;
    copy.savoirFaire[k] = Math.min(100, (copy.savoirFaire[k] ?? 0) + by);
  }
  return copy;
}

describe('partial validation by bloc, for any VAE candidate', () => {
  it('acquires a bloc exactly when every domain its savoir-faire lie in is validated', () => {
    fc.assert(
      fc.property(candidate, (c) => {
        const d = decided(decide(c));
        const validated = new Map(d.units.map((u) => [u.unit, u.passed]));
        for (const bloc of d.blocs ?? []) {
          const domains = facts.blocs
            ?.find((b) => b.code === bloc.bloc)
            ?.competences.flatMap((competence) => competence.units);
          expect(bloc.acquired).toBe((domains ?? []).every((u) => validated.get(u)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('raising any score never turns an acquired bloc into one not acquired', () => {
    fc.assert(
      fc.property(candidate, fc.nat(), pct(0, 50), (c, pick, by) => {
        const before = decided(decide(c)).blocs ?? [];
        const after = decided(decide(raise(c, pick, by))).blocs ?? [];
        expect(after).toHaveLength(3);
        before.forEach((bloc, b) => {
          if (bloc.acquired) expect(after[b]?.acquired).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
