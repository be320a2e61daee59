// The shipped rule sets (data/rules) against their schema, the seeds they quote, and the real
// referentials they decide on. Reads files: tests may (core itself does no I/O).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asExtracted } from '../referential/lostApostrophes.ts';
import { compileRules } from './compile.ts';
import { deliberate } from './deliberate.ts';
import { factsFromReferential } from './facts.ts';
import { RULE_SET_SCHEMA_FILE, ruleSetJsonSchemaText } from './jsonSchema.ts';
import { cqpEvidence, loadReferential, loadRuleSet, repo } from './testSupport.testing.ts';

const seeds = new URL('../shared/seeds/', repo);
const seedText = (prefix: string) => {
  const name = readdirSync(seeds).find((file) => file.startsWith(`${prefix}_`)) ?? '';
  return readFileSync(new URL(name, seeds), 'utf8');
};
const flat = (text: string) => text.replace(/[•◾]/g, ' ').replace(/\s+/g, ' ').trim();

/** Verbatim, or as the seed's extraction gives it once its lost apostrophes are dropped again. */
const quoted = (haystack: string, quote: string) =>
  haystack.includes(flat(quote)) || haystack.includes(flat(asExtracted(quote)));

function quotes(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(quotes);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (k === 'quote' ? [String(v)] : quotes(v)));
  }
  return [];
}

describe('the published JSON Schema of rule sets', () => {
  it('equals the schema generated from the TypeBox model', () => {
    const url = new URL(RULE_SET_SCHEMA_FILE, repo);
    // Regenerate with: CERTEVAL_WRITE_SCHEMA=1 npx vitest run packages/core/src/deliberation/shipped.test.ts
    if (process.env.CERTEVAL_WRITE_SCHEMA === '1') writeFileSync(url, ruleSetJsonSchemaText());
    const published: unknown = JSON.parse(readFileSync(url, 'utf8'));
    expect(published).toEqual(JSON.parse(ruleSetJsonSchemaText()));
  });
});

describe('data/rules/cqp-agc.yaml: seed 000, slide 19', () => {
  const ruleSet = loadRuleSet('cqp-agc.yaml');

  it('quotes the seeds verbatim', () => {
    const haystack = flat([seedText('000'), seedText('001'), seedText('002')].join('\n'));
    const missing = quotes(ruleSet).filter((quote) => !quoted(haystack, quote));
    expect(missing).toEqual([]);
  });

  it('states the thresholds and comparisons as written: above 70, 50 and 30 minimum', () => {
    expect(
      ruleSet.unitConditions.map((c) => [
        c.kind,
        'comparison' in c ? c.comparison : '',
        'threshold' in c ? c.threshold : 0,
      ]),
    ).toEqual([
      ['mean_of_instruments', 'gt', 70],
      ['each_instrument', 'gte', 50],
      ['each_competence', 'gte', 30],
    ]);
    expect(ruleSet.instruments.map((i) => i.id)).toEqual(['tutor', 'trainer', 'jury']);
  });

  it('builds its facts from the real referential: every savoir-faire of slides 14-15', () => {
    const facts = factsFromReferential(loadReferential('cqp-agc.yaml'), ruleSet);
    expect(facts.units.map((u) => [u.code, u.competences.length])).toEqual([
      ['R', 10], // RSF1-RSF10
      ['PO', 7], // POSF1-POSF7
      ['OT', 9], // OTSF1-OTSF9
    ]);
    expect(facts.units[2]?.competences).toContain('OTSF7');
    expect(facts.units.flatMap((u) => u.competences).every((code) => code.includes('SF'))).toBe(
      true,
    );
  });

  it('decides a candidate on the real referential, and names every savoir-faire never evaluated', () => {
    const facts = factsFromReferential(loadReferential('cqp-agc.yaml'), ruleSet);
    const rules = compileRules(ruleSet, facts);
    const all = { R: 80, PO: 75, OT: 72 };
    const decided = deliberate(rules, cqpEvidence({ tutor: all, trainer: all, jury: all }, facts));
    expect(decided.status === 'decided' && decided.overall.summary.fr).toBe('CQP attribué');
    const partial = {
      ...facts,
      units: facts.units.map((u) => ({ ...u, competences: u.competences.slice(1) })),
    };
    const missing = deliberate(
      rules,
      cqpEvidence({ tutor: all, trainer: all, jury: all }, partial),
    );
    expect(missing.status === 'undecidable' && missing.reasons.map((r) => r.at.competence)).toEqual(
      ['RSF1', 'POSF1', 'OTSF1'],
    );
  });
});

describe('data/rules/cqp-agc-vae.yaml: the VAE route, Certeval’s reading of slide 19', () => {
  const ruleSet = loadRuleSet('cqp-agc-vae.yaml');
  const training = loadRuleSet('cqp-agc.yaml');

  it('quotes the seeds verbatim', () => {
    const haystack = flat([seedText('000'), seedText('001'), seedText('002')].join('\n'));
    expect(quotes(ruleSet).filter((quote) => !quoted(haystack, quote))).toEqual([]);
  });

  it('decides the VAE route of the CQP AGC on the jury alone: above 70, each savoir-faire 30 minimum', () => {
    expect([ruleSet.certification, ruleSet.referentialVersion, ruleSet.route]).toEqual([
      'cqp-agc',
      training.referentialVersion,
      'vae',
    ]);
    expect(ruleSet.instruments.map((i) => i.id)).toEqual(['jury']);
    expect(
      ruleSet.unitConditions.map((c) => [
        c.kind,
        'instruments' in c ? c.instruments : [],
        'comparison' in c ? c.comparison : '',
        'threshold' in c ? c.threshold : 0,
      ]),
    ).toEqual([
      ['each_instrument', ['jury'], 'gt', 70],
      ['each_competence', [], 'gte', 30],
    ]);
  });

  it('says where it is Certeval’s reading, not the seeds’', () => {
    const notes = [...ruleSet.unitConditions, ruleSet.blocs].map((c) => c?.citation.note ?? '');
    expect(notes.every((note) => note.includes("awaiting the certifier's confirmation"))).toBe(
      true,
    );
  });

  it('decides on the same domains, savoir-faire and final rule as the training route', () => {
    const version = loadReferential('cqp-agc.yaml');
    expect(factsFromReferential(version, ruleSet).units).toEqual(
      factsFromReferential(version, training).units,
    );
    const { citation: _units, ...units } = ruleSet.units;
    const { citation: _trainingUnits, ...trainingUnits } = training.units;
    expect(units).toEqual(trainingUnits);
    expect(ruleSet.final.conditions.map((c) => c.kind)).toEqual(['all_units']);
    expect([ruleSet.validity.unlimited, ruleSet.carryOver.allowed]).toEqual([
      training.validity.unlimited,
      training.carryOver.allowed,
    ]);
  });

  it('validates the three blocs of fiche RNCP 28795 on their own, the training route none', () => {
    const version = loadReferential('cqp-agc.yaml');
    const blocs = factsFromReferential(version, ruleSet).blocs ?? [];
    expect(blocs.map((b) => [b.code, b.competences.map((c) => c.code).join(' ')])).toEqual([
      ['RNCP28795BC01', 'OTSF1 OTSF2 OTSF3 OTSF4 OTSF5 OTSF6 OTSF7 OTSF8 OTSF9'],
      ['RNCP28795BC02', 'RSF1 RSF2 RSF3 RSF4 RSF5 RSF6 RSF7 RSF8 OTSF5 RSF10'],
      ['RNCP28795BC03', 'POSF1 POSF2 POSF3 POSF4 POSF5 POSF6 POSF7'],
    ]);
    expect(ruleSet.validity.unlimited).toBe(true);
    expect(training.blocs).toBeUndefined();
    expect(factsFromReferential(version, training).blocs).toBeUndefined();
  });

  it('leaves the jury to the training rule set instead of copying it', () => {
    expect(ruleSet.jury).toBeUndefined();
    expect(training.jury?.composition.roles.map((r) => r.role)).toContain(
      'employers_representative',
    );
  });
});

describe('data/rules/titre-relation-client.yaml: seed 003', () => {
  const ruleSet = loadRuleSet('titre-relation-client.yaml');

  it('quotes seed 003 verbatim', () => {
    const haystack = flat(seedText('003'));
    expect(quotes(ruleSet).filter((quote) => !quoted(haystack, quote))).toEqual([]);
  });

  it('decides on the blocs of the real referential and requires the final project', () => {
    const facts = factsFromReferential(loadReferential('titre-relation-client.yaml'), ruleSet);
    expect(facts.units.map((u) => [u.code, u.competences.length])).toEqual([
      ['BLOC1', 15], // C1-C15
      ['BLOC2', 17], // C1-C17
    ]);
    expect(ruleSet.final.conditions.map((c) => c.kind)).toEqual([
      'all_units',
      'instrument_acquired',
    ]);
  });
});
