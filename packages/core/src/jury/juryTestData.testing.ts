// Test support, imported only by *.test.ts: the shipped rule sets with their jury sections,
// the jury guide of seed 002, a CQP AGC jury and a seed 003 jury of fictional people, and a
// candidate with readable defaults.
import { compileRules, factsFromReferential, type RuleSet } from '../deliberation/index.ts';
import { loadRuleSet } from '../deliberation/testSupport.testing.ts';
import type { Instrument } from '../instruments/index.ts';
import { cqpAgcVersion, loadInstrument } from '../instruments/testData.testing.ts';
import type { CandidateTies } from './conflicts.ts';
import type { JuryMember } from './juryRoles.ts';
import type { JuryRule } from './juryRuleSchema.ts';

export const cqpRuleSet = (): RuleSet => loadRuleSet('cqp-agc.yaml');
export const titleRuleSet = (): RuleSet => loadRuleSet('titre-relation-client.yaml');

export function juryRuleOf(ruleSet: RuleSet): JuryRule {
  if (!ruleSet.jury) throw new Error(`${ruleSet.id} has no jury section`);
  return ruleSet.jury;
}

export const cqpJuryRule = (): JuryRule => juryRuleOf(cqpRuleSet());
export const titleJuryRule = (): JuryRule => juryRuleOf(titleRuleSet());

export const juryGuide = (): Instrument =>
  loadInstrument('cqp-agc-jury-guide.yaml', cqpAgcVersion());

/** The CQP AGC rule compiled on the real referential (every savoir-faire of slides 14-15). */
export function cqpCompiledRules() {
  const ruleSet = cqpRuleSet();
  return compileRules(ruleSet, factsFromReferential(cqpAgcVersion(), ruleSet));
}

/** The CQP AGC on the VAE route compiled on the real referential, its blocs of fiche RNCP 28795. */
export function vaeCompiledRules() {
  const ruleSet = loadRuleSet('cqp-agc-vae.yaml');
  return compileRules(ruleSet, factsFromReferential(cqpAgcVersion(), ruleSet));
}

export const CERTIFIER_ID = 'org-cpne';

/** A CQP AGC jury (seed 001): one member per college, the employers' representative presides. */
export const cqpMembers = (): JuryMember[] => [
  {
    personId: 'p-dubreuil',
    name: 'Claire Dubreuil',
    role: 'employers_representative',
    presides: true,
    organisationId: 'org-federation',
    organisationName: 'Fédération des biscuitiers',
  },
  {
    personId: 'p-lemoine',
    name: 'Marc Lemoine',
    role: 'employees_representative',
    organisationId: 'org-syndicat',
    organisationName: 'Syndicat de l’agroalimentaire',
  },
  {
    personId: 'p-ferrand',
    name: 'Nadia Ferrand',
    role: 'opca_representative',
    organisationId: 'org-opca',
    organisationName: 'OPCA démo',
  },
];

/** A seed 003 jury: two assessors, one independent of the certifier, the other presides. */
export const titleMembers = (): JuryMember[] => [
  {
    personId: 'p-roux',
    name: 'Amélie Roux',
    role: 'assessor',
    presides: true,
    organisationId: CERTIFIER_ID,
  },
  {
    personId: 'p-garnier',
    name: 'Théo Garnier',
    role: 'independent_assessor',
    organisationId: 'org-conseil',
  },
];

export const candidate = (overrides: Partial<CandidateTies> = {}): CandidateTies => ({
  candidateId: 'c-lefevre',
  name: 'Hélène Lefèvre-Nguyễn',
  companyId: 'org-biscuiterie',
  tutorIds: ['p-tutor'],
  trainerIds: ['p-trainer'],
  ...overrides,
});
