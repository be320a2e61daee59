// The CQP AGC jury guide (data/instruments/cqp-agc-jury-guide.yaml) checked against seed 002
// line by line: every transcribed text is found verbatim in the seed (whitespace aside), and
// the counts of observations, questions, prompts and criteria are those the seed prints.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INSTRUMENT_SCHEMA_FILE, instrumentJsonSchemaText } from './jsonSchema.ts';
import type { Instrument, Item } from './schema.ts';
import { cqpAgcVersion, loadInstrument, repo, seedText } from './testData.testing.ts';

const version = cqpAgcVersion();
const guide = loadInstrument('cqp-agc-jury-guide.yaml', version);
const seed002 = seedText('002');
const seed000 = seedText('000');

// Keys whose values are ours (ids, codes, enums, sources, our notes), not transcribed text.
const NOT_TRANSCRIBED = new Set(
  'format id version status kind binding sources source type domain evaluates scoring rolePlay phase filledBy aggregation notes discrepancies unit'.split(
    ' ',
  ),
);

function transcribed(value: unknown, key = ''): string[] {
  if (NOT_TRANSCRIBED.has(key)) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((entry) => transcribed(entry, key));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => transcribed(v, k));
  }
  return [];
}

/** Whitespace and the extraction's markup (<u>, <i>, **) do not count as differences. */
const flat = (text: string) =>
  text
    .replace(/<\/?[ui]>|\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const inSeed = (text: string, seed = seed002) => flat(seed).includes(flat(text));
const items = (instrument: Instrument): Item[] => instrument.sections.flatMap((s) => s.items);
const observations = (sectionId: string) =>
  guide.sections.find((s) => s.id === sectionId)?.items ?? [];
const prompts = (item: Item, kind: 'question' | 'role_play') =>
  item.type === 'observation' ? item.prompts.filter((p) => p.kind === kind) : [];

describe('the published JSON Schema of instruments', () => {
  it('equals the schema generated from the TypeBox model', () => {
    const url = new URL(INSTRUMENT_SCHEMA_FILE, repo);
    // Regenerate with: CERTEVAL_WRITE_SCHEMA=1 npx vitest run packages/core/src/instruments
    if (process.env.CERTEVAL_WRITE_SCHEMA === '1') writeFileSync(url, instrumentJsonSchemaText());
    const published: unknown = JSON.parse(readFileSync(url, 'utf8'));
    expect(published).toEqual(JSON.parse(instrumentJsonSchemaText()));
  });
});

describe('seed 002: the CQP AGC jury guide', () => {
  it('transcribes every text verbatim from seed 002', () => {
    const texts = transcribed(guide);
    expect(texts.length).toBeGreaterThan(90);
    expect(texts.filter((text) => !inSeed(text))).toEqual([]);
  });

  it('keeps the variants of its discrepancies verbatim from the other seed', () => {
    const variants = guide.discrepancies.flatMap((d) => d.variants ?? []);
    expect(variants.length).toBeGreaterThan(0);
    expect(variants.filter((v) => !inSeed(v.text, seed000))).toEqual([]); // seed 000, slide 18
  });

  it('has the three domains of the observation grid with 3, 1 and 3 observations', () => {
    // seed 002, Grille d'observation: the DOMAINE column
    expect(guide.sections.map((s) => [s.domain, s.title])).toEqual([
      ['R', 'RELATION CLIENT / ARGUMENTATION'],
      ['PO', 'PRODUITS / OFFRES COMMERCIALES'],
      ['OT', 'OUTIL / ORGANISATION DU TRAVAIL'],
    ]);
    expect(['R', 'PO', 'OT'].map((d) => observations(d).length)).toEqual([3, 1, 3]);
    expect(guide.grid?.columns).toEqual([
      'DOMAINE',
      'OBSERVATION AU POSTE',
      'QUESTIONS ET JEUX DE RÔLES',
      'PRISE DE NOTES',
      '%',
    ]);
  });

  it('has each observation line with its questions and role-play references', () => {
    // seed 002, Grille d'observation: 7 "Question" labels, 3 "Jeu de rôles" references
    const lines = items(guide);
    expect(lines.map((l) => (l.type === 'observation' ? l.observation : ''))).toEqual([
      'Gestion de la relation client dans le cadre des délais',
      "Gestion de la relation client dans le cadre d'un litige",
      'GPA',
      'Prise de commande',
      'Organisation au moment de la prise de poste',
      "Traitement en interne d'une erreur",
      'Gestion des litiges',
    ]);
    expect(lines.map((l) => prompts(l, 'question').length)).toEqual([0, 0, 3, 1, 1, 1, 1]);
    expect(lines.flatMap((l) => prompts(l, 'role_play').map((p) => p.rolePlay))).toEqual([
      'fiche-1',
      'fiche-2',
      'fiche-3',
    ]);
    const questionLabels = seed002.match(/<u>Question<\/u>/g) ?? [];
    expect(lines.flatMap((l) => prompts(l, 'question'))).toHaveLength(questionLabels.length);
  });

  it('has role-play cards 1-3 with roles, context, every prompt and success criterion', () => {
    const cards = guide.rolePlays ?? [];
    // seed 002, Fiche de Jeux de rôle n°1, n°2, n°3
    expect(cards.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(cards.map((c) => c.title)).toEqual([
      'Délai de livraison',
      'Le produit « détruit sur place »',
      'GPA',
    ]);
    expect(cards.map((c) => c.roles.map((r) => `${r.who}: ${r.role}`))).toEqual(
      Array(3).fill(['Candidat: Assistant(e) de gestion clientèle', 'Jury: Client']),
    );
    expect(cards.map((c) => c.context.length)).toEqual([2, 1, 2]); // Contexte paragraphs
    expect(cards.map((c) => c.prompts.length)).toEqual([8, 4, 4]); // Relances: 7 quotes + 1 situation; 4; 4
    expect(cards.map((c) => c.successCriteria.length)).toEqual([4, 3, 3]); // Critères de réussite
    expect(cards[1]?.prompts[3]?.condition).toBe('Si réclamation acceptée :');
    expect(cards[0]?.promptsIntro).toBe('Le client réagit :');
    const quotes = seed002.match(/« [^»]*[?.!] »/g) ?? [];
    const lines = cards.flatMap((c) => c.prompts.filter((p) => p.kind === 'line'));
    expect(lines).toHaveLength(quotes.length); // every quoted client line of the three cards
  });

  it('has the 0/30/50/70/100 scale with both descriptor sets', () => {
    const [scale] = guide.scales; // seed 002, Echelles d'appréciation
    expect(scale?.levels.map((l) => l.value)).toEqual([0, 30, 50, 70, 100]);
    expect(scale?.descriptorSets.map((s) => s.id)).toEqual(['workstation', 'questions_role_plays']);
    const described = (set: string) => scale?.levels.filter((l) => l.descriptors?.[set]).length;
    expect([described('workstation'), described('questions_role_plays')]).toEqual([4, 4]);
    expect(scale?.levels[0]?.descriptors?.workstation).toBe(
      'Des manquements graves, pouvant avoir des conséquences sur la qualité du service, sont observés.',
    );
  });

  it('has the 45-minute timing, the before/during/after instructions and both grids', () => {
    expect(guide.timing?.minutes).toBe(45); // seed 002, PENDANT L'EPREUVE JURY ("45 mn")
    expect(guide.observerLimit?.max).toBe(3); // "pas ... plus de 3 personnes"
    const phases = (guide.guidance ?? []).map((g) => g.phase);
    expect(phases).toEqual([
      'introduction',
      'objectives',
      'procedure',
      'before',
      'during',
      'after',
    ]);
    const lists = (phase: string) =>
      (guide.guidance ?? [])
        .find((g) => g.phase === phase)
        ?.passages.flatMap((p) => (typeof p === 'string' ? [] : p.list)).length;
    expect([lists('before'), lists('during'), lists('after')]).toEqual([8, 5, 5]); // bullets
    const grids = guide.reportGrids ?? [];
    expect(grids.map((g) => [g.id, g.filledBy, g.aggregation])).toEqual([
      ['report', 'each_evaluator', 'mean_of_items'],
      ['synthesis', 'president', 'agreed'],
    ]);
    expect(grids.map((g) => g.columns.map((c) => c.domain))).toEqual([
      ['R', 'PO', 'OT'],
      ['R', 'PO', 'OT'],
    ]);
  });

  it('scores every line on the jury scale and records the seed discrepancies', () => {
    expect(items(guide).every((i) => i.scoring.model === 'scale_percentage')).toBe(true);
    expect(guide.discrepancies.length).toBeGreaterThanOrEqual(5);
  });
});
