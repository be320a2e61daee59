// Partial validation by bloc on the CQP AGC's VAE route (data/rules/cqp-agc-vae.yaml, `blocs`:
// Certeval's reading awaiting the certifier's confirmation), on the real referential: the three
// blocs of fiche RNCP 28795 (seed 001) read off the domains' decisions — OTSF1-9 in bloc n°1,
// RSF1-8, RSF10 and OTSF5 in bloc n°2, POSF1-7 in bloc n°3, RSF9 in none.
import { describe, expect, it } from 'vitest';
import type { BlocDecision } from './blocs.ts';
import { compileRules } from './compile.ts';
import { type Deliberation, deliberate } from './deliberate.ts';
import type { AcquiredUnit } from './evidence.ts';
import { factsFromReferential } from './facts.ts';
import type { RuleSet } from './ruleSetSchema.ts';
import {
  cqpRules,
  loadReferential,
  loadRuleSet,
  smallCqpFacts,
  uniformCqpEvidence,
  vaeEvidence,
} from './testSupport.testing.ts';

const vae = loadRuleSet('cqp-agc-vae.yaml');
const facts = factsFromReferential(loadReferential('cqp-agc.yaml'), vae);
const rules = compileRules(vae, facts);
const good = { R: 80, PO: 80, OT: 80 };

function decided(d: Deliberation) {
  if (d.status !== 'decided') throw new Error(JSON.stringify(d.reasons));
  return d;
}
const blocsOf = (d: Deliberation): BlocDecision[] => decided(d).blocs ?? [];
const acquired = (d: Deliberation) => blocsOf(d).map((b) => [b.bloc, b.acquired]);
const lines = (d: Deliberation, lang: 'fr' | 'en') => decided(d).explanation.map((l) => l[lang]);

describe('Outil / Organisation du travail (OT) not validated', () => {
  const d = deliberate(rules, vaeEvidence({ ...good, OT: 60 }, {}, facts));

  it('leaves blocs n°1 and n°2 not acquired and acquires bloc n°3, PO being validated', () => {
    expect(acquired(d)).toEqual([
      ['RNCP28795BC01', false],
      ['RNCP28795BC02', false],
      ['RNCP28795BC03', true],
    ]);
    expect(decided(d).overall.summary.fr).toBe('CQP non attribué');
  });

  it('says which savoir-faire lies in which domain not validated, in French and English', () => {
    expect(lines(d, 'fr')).toContain(
      'Bloc de compétences RNCP28795BC02 non acquis : OTSF5 relève du domaine Outil / Organisation du travail (OT), non validé',
    );
    expect(lines(d, 'en')).toContain(
      'Skills bloc RNCP28795BC02 not acquired: OTSF5 belongs to domain Outil / Organisation du travail (OT), not validated',
    );
    expect(lines(d, 'fr')).toContain(
      'Bloc de compétences RNCP28795BC01 non acquis : OTSF1, OTSF2, OTSF3, OTSF4, OTSF5, OTSF6, ' +
        'OTSF7, OTSF8, OTSF9 relèvent du domaine Outil / Organisation du travail (OT), non validé',
    );
    expect(lines(d, 'fr')).toContain(
      "Bloc de compétences RNCP28795BC03 acquis : chacun de ses savoir-faire relève d'un domaine validé : Produits / Offres commerciales (PO)",
    );
    expect(lines(d, 'en')).toContain(
      'Skills bloc RNCP28795BC03 acquired: every know-how of the bloc belongs to a validated domain: Produits / Offres commerciales (PO)',
    );
  });

  it('gives each competence of a bloc its domain and whether that domain passed', () => {
    const bc02 = blocsOf(d).find((b) => b.bloc === 'RNCP28795BC02');
    expect(bc02?.label).toBe(
      'Gérer la relation client dans le cadre de son activité commerciale en utilisant les techniques de vente',
    );
    expect(bc02?.competences.filter((c) => !c.passed)).toEqual([
      { competence: 'OTSF5', unit: 'OT', passed: false },
    ]);
    expect(bc02?.competences[0]).toEqual({ competence: 'RSF1', unit: 'R', passed: true });
  });

  it('explains the blocs after the domains and before the final rule, the CQP verdict last', () => {
    const fr = lines(d, 'fr');
    const bloc = fr.findIndex((line) => line.startsWith('Bloc de compétences'));
    expect(fr[bloc - 1]).toBe('Outil / Organisation du travail (OT) non validé');
    expect(fr.slice(bloc, bloc + 3).every((line) => line.startsWith('Bloc'))).toBe(true);
    expect(fr.at(-1)).toBe('CQP non attribué');
  });
});

describe('the blocs and the CQP', () => {
  it('acquires all three blocs and awards the CQP when every domain is validated', () => {
    const d = deliberate(rules, vaeEvidence(good, {}, facts));
    expect(acquired(d).every(([, yes]) => yes)).toBe(true);
    expect(decided(d).overall.summary).toEqual({ fr: 'CQP attribué', en: 'CQP awarded' });
    // Validity unlimited (seed 001: "Validité des composantes acquises : illimitée").
    expect(blocsOf(d).map((b) => b.validUntil)).toEqual([undefined, undefined, undefined]);
  });

  it('gives RSF9 no part: it lies in no bloc, and a domain it fails names the bloc’s own savoir-faire', () => {
    const all = deliberate(rules, vaeEvidence(good, {}, facts));
    const codes = blocsOf(all).flatMap((b) => b.competences.map((c) => c.competence));
    expect(codes).toHaveLength(26); // 26 savoir-faire less RSF9, OTSF5 in two blocs
    expect(codes).not.toContain('RSF9');
    // RSF9 under 30 fails R (slide 19): bloc n°2, drawing on R, is not acquired, and its line
    // names the savoir-faire of the bloc lying in R, never RSF9.
    const d = deliberate(rules, vaeEvidence(good, { RSF9: 20 }, facts));
    expect(acquired(d)).toEqual([
      ['RNCP28795BC01', true],
      ['RNCP28795BC02', false],
      ['RNCP28795BC03', true],
    ]);
    const bc02 = blocsOf(d)[1]?.summary.fr ?? '';
    expect(bc02).toBe(
      'Bloc de compétences RNCP28795BC02 non acquis : RSF1, RSF2, RSF3, RSF4, RSF5, RSF6, RSF7, ' +
        'RSF8, RSF10 relèvent du domaine Relation client / Argumentation (R), non validé',
    );
  });

  it('decides no bloc under a rule set without a blocs section: the training route', () => {
    const d = deliberate(cqpRules(), uniformCqpEvidence(80));
    expect('blocs' in decided(d)).toBe(false);
    expect(lines(d, 'fr').some((line) => line.startsWith('Bloc'))).toBe(false);
  });

  it('decides with hand-written facts without blocs as before: no bloc to acquire', () => {
    const d = deliberate(compileRules(vae, smallCqpFacts), vaeEvidence(good));
    expect(decided(d).blocs).toEqual([]);
    expect(lines(d, 'fr').at(-1)).toBe('CQP attribué');
  });

  it('does not acquire a bloc none of whose competences a domain holds, and says why', () => {
    const empty = { code: 'BLOC-X', label: 'Bloc sans savoir-faire', competences: [] };
    const withEmpty = { ...facts, blocs: [...(facts.blocs ?? []), empty] };
    const d = deliberate(compileRules(vae, withEmpty), vaeEvidence(good, {}, facts));
    const bloc = blocsOf(d).at(-1);
    expect([bloc?.bloc, bloc?.acquired, bloc?.competences]).toEqual(['BLOC-X', false, []]);
    expect(bloc?.summary).toEqual({
      fr: "Bloc de compétences BLOC-X non acquis : aucun de ses savoir-faire ne relève d'un domaine de ce jeu de règles",
      en: 'Skills bloc BLOC-X not acquired: none of its know-how belongs to a domain of this rule set',
    });
  });
});

describe('carried over and limited in time', () => {
  const withCarry = (validity: RuleSet['validity']): RuleSet => ({
    ...vae,
    carryOver: { ...vae.carryOver, allowed: true },
    validity,
  });
  const otEarlier = (ruleSet: RuleSet): AcquiredUnit => ({
    unit: 'OT',
    acquiredOn: '2023-01-10',
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
  });
  /** R and PO evaluated now; OT acquired at an earlier attempt, not evaluated again. */
  const evidence = (ruleSet: RuleSet) => {
    const now = { ...facts, units: facts.units.filter((u) => u.code !== 'OT') };
    return { ...vaeEvidence({ R: 80, PO: 80 }, {}, now), acquiredUnits: [otEarlier(ruleSet)] };
  };

  it('counts a domain carried over as validated for its blocs', () => {
    const ruleSet = withCarry(vae.validity);
    const d = deliberate(compileRules(ruleSet, facts), evidence(ruleSet), {
      decidedOn: '2026-03-12',
    });
    expect(decided(d).units.find((u) => u.unit === 'OT')?.carriedOver?.acquiredOn).toBe(
      '2023-01-10',
    );
    expect(acquired(d).every(([, yes]) => yes)).toBe(true);
    expect(blocsOf(d).map((b) => b.validUntil)).toEqual([undefined, undefined, undefined]);
  });

  it('gives an acquired bloc a validUntil when validity is in years: its domains’ earliest end', () => {
    const ruleSet = withCarry({ unlimited: false, years: 5, citation: vae.validity.citation });
    const d = deliberate(compileRules(ruleSet, facts), evidence(ruleSet), {
      decidedOn: '2026-03-12',
    });
    // Bloc n°1 and n°2 draw on OT, acquired on 2023-01-10; bloc n°3 on PO, decided today.
    expect(blocsOf(d).map((b) => [b.bloc, b.validUntil])).toEqual([
      ['RNCP28795BC01', '2028-01-10'],
      ['RNCP28795BC02', '2028-01-10'],
      ['RNCP28795BC03', '2031-03-12'],
    ]);
    expect(lines(d, 'fr')).toContain(
      "Bloc de compétences RNCP28795BC03 acquis : chacun de ses savoir-faire relève d'un domaine validé : Produits / Offres commerciales (PO) (valable jusqu'au 2031-03-12)",
    );
    expect(blocsOf(d)[1]?.summary.en).toMatch(
      /\(R\), Outil \/ Organisation du travail \(OT\) \(valid until 2028-01-10\)$/,
    );
  });

  it('gives no validUntil to a bloc not acquired, nor without the day of the decision', () => {
    const ruleSet = withCarry({ unlimited: false, years: 5, citation: vae.validity.citation });
    const compiled = compileRules(ruleSet, facts);
    const failing = deliberate(compiled, vaeEvidence({ ...good, OT: 60 }, {}, facts), {
      decidedOn: '2026-03-12',
    });
    expect(blocsOf(failing).map((b) => b.validUntil ?? null)).toEqual([null, null, '2031-03-12']);
    const undated = deliberate(compiled, vaeEvidence(good, {}, facts));
    expect(blocsOf(undated).some((b) => b.validUntil !== undefined)).toBe(false);
  });
});
