// The three seed certifications as shipped in data/certifications, loaded through the validator
// and checked against the seeds (../shared/seeds): exact counts, each traced to the slide or
// section it comes from, and every transcribed text found verbatim in its seed.
// This is the one test file of core that reads files (core itself does no I/O).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReferentialFile, ReferentialVersion } from './fileSchema.ts';
import { REFERENTIAL_SCHEMA_FILE, referentialJsonSchemaText } from './jsonSchema.ts';
import { asExtracted } from './lostApostrophes.ts';
import { parseReferential } from './parse.ts';
import { competencesOfKind, findNode, linksOfType, nodesOfType } from './tree.ts';

const repo = new URL('../../../../', import.meta.url);
const seedsDir = new URL('../shared/seeds/', repo);

function seedText(prefix: string): string {
  const name = readdirSync(seedsDir).find((file) => file.startsWith(`${prefix}_`));
  if (!name) throw new Error(`seed ${prefix} not found in ${seedsDir.pathname}`);
  return readFileSync(new URL(name, seedsDir), 'utf8');
}

function load(name: string): ReferentialFile {
  const text = readFileSync(new URL(`data/certifications/${name}`, repo), 'utf8');
  const result = parseReferential(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5), null, 2));
  return result.value;
}

function firstVersion(file: ReferentialFile): ReferentialVersion {
  const version = file.versions[0];
  if (!version) throw new Error('no version');
  return version;
}

const label = (version: ReferentialVersion, code: string) => findNode(version, code)?.label;
const count = (version: ReferentialVersion, type: Parameters<typeof nodesOfType>[1]) =>
  nodesOfType(version, type).length;

// Keys whose values are ours (codes, enums, dates, notes), not text transcribed from a seed.
const NOT_TRANSCRIBED = new Set(
  'format id kind type code parent from to toVersion source sources status route represents part appliesTo deliverables date publishedOn effectiveFrom until note noteFr codes url'.split(
    ' ',
  ),
);

function transcribedTexts(value: unknown, key = ''): string[] {
  if (NOT_TRANSCRIBED.has(key)) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((item) => transcribedTexts(item, key));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => transcribedTexts(v, k));
  }
  return [];
}

/** Line wraps, bullets and non-breaking spaces of the seeds do not count as differences. */
const flat = (text: string) => text.replace(/[•◾]/g, ' ').replace(/\s+/g, ' ').trim();

function notInSeeds(file: ReferentialFile, seeds: string[], except: string[] = []): string[] {
  const haystack = flat(seeds.join('\n'));
  return (
    transcribedTexts(file)
      .filter((text) => !except.includes(text))
      .filter((text) => !haystack.includes(flat(text)))
      // A label whose lost apostrophes were restored is found as the seed's extraction gives it.
      .filter((text) => !haystack.includes(flat(asExtracted(text))))
  );
}

describe('the published JSON Schema', () => {
  it('equals the schema generated from the TypeBox model', () => {
    const url = new URL(REFERENTIAL_SCHEMA_FILE, repo);
    // Regenerate with: CERTEVAL_WRITE_SCHEMA=1 npx vitest run packages/core/src/referential/seeds.test.ts
    if (process.env.CERTEVAL_WRITE_SCHEMA === '1') writeFileSync(url, referentialJsonSchemaText());
    // Compared as JSON values: Biome may reformat the file.
    const published: unknown = JSON.parse(readFileSync(url, 'utf8'));
    expect(published).toEqual(JSON.parse(referentialJsonSchemaText()));
  });
});

describe('seed 000 + 001: CQP Assistant(e) de Gestion Client', () => {
  const file = load('cqp-agc.yaml');
  const v = firstVersion(file);
  const domainCompetences = (domain: string, kind: 'knowledge' | 'know_how') =>
    competencesOfKind(v, kind).filter((n) => n.parent === domain).length;

  it('has the function, 5 missions and 25 activities of the job referential', () => {
    expect(count(v, 'function')).toBe(1); // seed 000, slide 5 (Finalité / Fonction)
    expect(count(v, 'mission')).toBe(5); // slide 7: M1-M5
    expect(count(v, 'activity')).toBe(25); // slide 7: M1 4, M2 6, M3 7, M4 4, M5 4
    const perMission = ['M1', 'M2', 'M3', 'M4', 'M5'].map(
      (m) => nodesOfType(v, 'activity').filter((a) => a.parent === m).length,
    );
    expect(perMission).toEqual([4, 6, 7, 4, 4]); // slide 7
  });

  it('has every competence by domain and kind, and the 12 qualities', () => {
    expect(count(v, 'domain')).toBe(3); // slide 6 (Codage R, PO, OT)
    expect(domainCompetences('R', 'knowledge')).toBe(6); // slide 14: RC1, RC2, RC4-RC7 (no RC3)
    expect(domainCompetences('R', 'know_how')).toBe(10); // slide 14: RSF1-RSF10
    expect(domainCompetences('PO', 'knowledge')).toBe(7); // slide 14: POC1-POC7
    expect(domainCompetences('PO', 'know_how')).toBe(7); // slide 14: POSF1-POSF7
    expect(domainCompetences('OT', 'knowledge')).toBe(6); // slide 15: OTC1-OTC6
    expect(domainCompetences('OT', 'know_how')).toBe(9); // slide 15: OTSF1-OTSF9
    expect(competencesOfKind(v, 'aptitude')).toHaveLength(12); // slides 14-15: Écoute … dynamisme
  });

  it('maps each mission to its competences as on slides 9-13', () => {
    const requires = linksOfType(v, 'requires');
    expect(requires).toHaveLength(96); // slides 9-13: 14 + 23 + 26 + 19 + 14
    const perMission = ['M1', 'M2', 'M3', 'M4', 'M5'].map(
      (m) => requires.filter((l) => l.from === m).length,
    );
    expect(perMission).toEqual([14, 23, 26, 19, 14]); // slide 9 M1 … slide 13 M5
    expect(requires.filter((l) => l.from === 'M2').map((l) => l.to)).toContain('OTSF8'); // "OTSF 8", slide 10
    expect(requires.filter((l) => l.from === 'M4').map((l) => l.to)).toContain('RSF10'); // "RFS10", slide 12
  });

  it('has the three blocs of fiche RNCP 28795 with their competence texts', () => {
    expect(count(v, 'bloc')).toBe(3); // seed 001, Bloc de compétence n°1-3
    const texts = ['RNCP28795BC01', 'RNCP28795BC02', 'RNCP28795BC03'].map(
      (bloc) => nodesOfType(v, 'competence').filter((n) => n.parent === bloc).length,
    );
    expect(texts).toEqual([9, 10, 7]); // seed 001, Descriptif des compétences évaluées
    expect(linksOfType(v, 'belongs_to')).toHaveLength(26); // one per bloc competence text
    expect(count(v, 'evaluation_modality')).toBe(6); // seed 001: 2 modalities per bloc
  });

  it('keeps labels verbatim', () => {
    expect(label(v, 'M2A3')).toBe(
      'Vérifier les éléments de la commande les correspondances de codes (codes commandés et codes articles dans fichier entreprise) les correspondances de prix la cohérence des informations le respect des CGV.',
    );
    expect(label(v, 'RSF2')).toBe(
      'Conduire un entretien téléphonique en utilisant les formules, mots, phrases, .adaptés et les attitudes facilitatrices (sourire, tonalité, ..).',
    );
    expect(label(v, 'OTSF4')).toBe(
      'Planifier ses appels en définissant des priorités, en prenant en compte le planning (organiser une série d’appels).',
    );
    expect(label(v, 'A12')).toBe('dynamisme');
    expect(label(v, 'RNCP28795BC02')).toBe(
      'Gérer la relation client dans le cadre de son activité commerciale en utilisant les techniques de vente',
    );
    expect(label(v, 'RNCP28795BC02.9')).toBe(
      'Anticiper sur le déroulement de la journée de travail en évaluant le temps nécessaire à chaque opération et les aléas possibles',
    );
  });

  it('carries the certification facts of seed 001', () => {
    const c = file.certification;
    expect(c.rncp).toBe('28795');
    expect(c.rome).toEqual([{ code: 'D1401', label: 'Assistanat commercial' }]);
    expect(c.registration).toMatchObject({ effectiveFrom: '2017-08-05', until: '2022-08-05' });
    expect(c.jury?.members?.map((m) => m.represents)).toEqual([
      'employers_organisation',
      'employee_unions',
      'opca',
    ]);
    expect(c.accessRoutes).toHaveLength(6); // Conditions d'inscription: 6 rows
    expect(c.accessRoutes?.find((r) => r.route === 'vae')?.plannedYear).toBe(2015);
    expect(c.evaluationRoutes?.find((r) => r.route === 'vae')?.components).toHaveLength(2);
    expect(c.componentValidity?.unlimited).toBe(true); // "illimitée"
  });

  it('transcribes every text verbatim from seeds 000 and 001', () => {
    expect(notInSeeds(file, [seedText('000'), seedText('001')])).toEqual([]);
  });

  it('stores all of seed 001: job summary, places, links, access conditions (issue 17, item 6)', () => {
    const c = file.certification;
    expect(c.jobSummary?.text[0]).toMatch(/^L’Assistant\(e\) de Gestion Client gère les commandes/);
    // The summary's five missions, as the fiche words them.
    expect(c.jobSummary?.text.slice(2)).toEqual([
      'Collecte et organisation des informations commerciales et de gestion',
      'Enregistrement d’une commande et déclenchement de la livraison',
      'Intervention auprès du client pour anticiper un défaut de livraison',
      'Gestion des réclamations clients',
      'Information sur son activité et ses résultats',
    ]);
    expect(c.certificationPlaces?.text).toHaveLength(2);
    expect(c.certificationPlaces?.text[1]).toContain('20, Place des Vins de France');
    expect(c.preparationPlaces?.text).toEqual([
      'Au choix des entreprises et des candidats à la VAE',
    ]);
    expect(c.links?.map((link) => [link.label, link.url])).toEqual([
      ["Autres sources d'information", 'http://www.opcalim.org/'],
      ['Site Internet de l’autorité délivrant la certification', undefined],
    ]);
    expect(c.territories?.map((t) => t.label)).toEqual([
      'Accessible en Nouvelle Calédonie',
      'Accessible en Polynésie Française',
    ]);
  });
});

describe('seed 003: RNCP title in blocs', () => {
  const file = load('titre-relation-client.yaml');
  const v = firstVersion(file);
  const under = (parent: string) => v.nodes.filter((n) => n.parent === parent);

  it('has its blocs, activity areas, competences, modalities and criteria', () => {
    expect(count(v, 'bloc')).toBe(2); // BLOC 1, BLOC 2 (the third heading is missing)
    expect(count(v, 'activity_area')).toBe(9); // BLOC 1: 4, BLOC 2: 4, last page: 1
    expect(under('BLOC1').filter((n) => n.type === 'competence')).toHaveLength(15); // C1-C15
    expect(under('BLOC2').filter((n) => n.type === 'competence')).toHaveLength(17); // C1-C17
    expect(under('SANSBLOC.AA1').filter((n) => n.type === 'competence')).toHaveLength(5); // C10-C14
    expect(count(v, 'evaluation_modality')).toBe(5); // BLOC 1: (1)-(2), BLOC 2: (1)-(3)
    expect(count(v, 'performance_criterion')).toBe(23); // critères: 9 + 11 + 3
    expect(linksOfType(v, 'requires')).toHaveLength(55); // table rows: 3×9 + 6 + 3 + 6 + 4 + 4 + 5
  });

  it('keeps labels and printed codes verbatim', () => {
    expect(findNode(v, 'BLOC2.C11')).toMatchObject({
      printedCode: 'C11',
      label:
        'Proposer des améliorations dans les supports de communication, offline ou online, pour les différents acteurs interne ou externe',
    });
    expect(label(v, 'BLOC1.EM1')).toBe("d'un projet fictif de création d'un produit");
  });

  it('carries the jury rule, the scale, the final project and the accommodations', () => {
    const c = file.certification;
    expect(c.jury).toMatchObject({ assessorCount: 2, independentAssessorCount: 1 });
    expect(c.resultScale?.levels).toEqual(['Acquis', 'Non acquis']);
    expect(c.finalProject).toMatchObject({ defenceMinutes: 30 });
    expect(c.disabilityAccommodation?.contact).toBe('Référent(e) handicap');
  });

  it('transcribes every text verbatim from seed 003', () => {
    // BLOC 2 modality (2) is cut by a page break in the seed and joined here (see discrepancies).
    const joined = findNode(v, 'BLOC2.EM2')?.description ?? '';
    expect(notInSeeds(file, [seedText('003')], [joined])).toEqual([]);
  });
});

describe('seed 004: certification referential in activities and tasks', () => {
  const file = load('referentiel-accueil.yaml');
  const v = firstVersion(file);

  it('has its activities, sub-activities, tasks, competences and knowledge items', () => {
    expect(count(v, 'activity')).toBe(5); // A1-A5
    expect(count(v, 'sub_activity')).toBe(13); // A1.1-A1.3, A2.1-A2.2, A3.1-A3.3, A4.1-A4.2, A5.1-A5.3
    expect(count(v, 'task')).toBe(35); // 8 + 8 + 7 + 5 + 7 task rows
    expect(competencesOfKind(v, 'know_how')).toHaveLength(35); // one C per task
    expect(competencesOfKind(v, 'professional_behaviour')).toHaveLength(36); // 34 CP + 2 common
    expect(count(v, 'knowledge_item')).toBe(48); // SAVOIRS: 13 + 5 + 12 + 11 + 7
    expect(count(v, 'performance_criterion')).toBe(37); // one per task row + 2 common
    expect(count(v, 'condition_of_realisation')).toBe(5); // one per activity
    expect(linksOfType(v, 'requires')).toHaveLength(40); // 35 task → S pairs + 5 common tasks
    expect(linksOfType(v, 'evaluates')).toHaveLength(36); // criteria of rows, but T22.1's
  });

  it('keeps labels, contents and printed codes verbatim', () => {
    expect(label(v, 'C123.1')).toBe(
      'Accompagner et assister les clients/usagers (automates, formulaires)',
    );
    expect(findNode(v, 'CP421.1')?.printedCode).toBe('CP 421.1');
    expect(findNode(v, 'S11.3')?.content).toBe(
      "Les registres de langue, codes sociaux, les paralangages, l'expression orale, l'élocution sont étudiés. L'aspect interculturel est évoqué et illustré dans des situations simulées en se limitant aux cultures européennes.",
    );
    expect(findNode(v, 'A1.COND')?.sections?.map((s) => s.part)).toEqual([
      'context',
      'means',
      'starting_points',
    ]);
  });

  it('transcribes every text verbatim from seed 004', () => {
    expect(notInSeeds(file, [seedText('004')])).toEqual([]);
  });
});
