// A certifier after years of use (issue 19, item 2), as rows of the schema, generated: companies
// with their tutors, candidates with fictional accented names in every state, their tutors'
// evaluations, jury sessions with signed decisions, certificates and attestations. The real
// shapes come from `ScaleTemplates` (a decision as core writes it, a certificate as issuance
// stores it, the demo's password hash), read from a database where the product made them; only
// names, numbers and references vary. `npm run bench -- scale` copies a million candidates with
// it (COPY); the EXPLAIN test (platform/db/pagesUseIndexes.int.test.ts) inserts twelve
// thousand. The same sizes give the same rows but for their ids.
import { randomUUID } from 'node:crypto';

export interface ScaleSizes {
  candidates: number;
  companies: number;
  certifications: number;
  /** Evaluation items in all; each evaluation has ITEMS_PER_EVALUATION. */
  evaluationItems: number;
  certificates: number;
}

/** The proportions: 1,000,000 candidates, 2,000 companies, 50 certifications, 10 items and half a certificate per candidate. */
export function sizesFor(candidates: number): ScaleSizes {
  return {
    candidates,
    companies: Math.max(10, Math.round(candidates / 500)),
    certifications: 50,
    evaluationItems: candidates * 10,
    certificates: Math.round(candidates / 2),
  };
}

export const ITEMS_PER_EVALUATION = 20;
export const SESSION_SIZE = 40;
const TUTORS_PER_COMPANY = 5;
const TRAINERS = 500;
const JURORS = 300;

export interface ScaleTemplates {
  certifierId: string;
  /** The certification whose rules are shipped (sessions of it can be opened): 'cqp-agc'. */
  shipped: { slug: string; data: Record<string, unknown>; document: unknown; title: string };
  /** Signed decisions as the jury stores them (JSON text), one in ten not awarded. */
  awarded: string;
  partial: string;
  ruleSet: string;
  /** A certificate as issuance stores it: its number, data and credential as JSON text. */
  certificate: { number: string; data: string; credential: string };
  instrument: { key: string; version: string; itemIds: string[] };
  passwordHash: string;
}

export interface TableRows {
  table: string;
  columns: string[];
  rows: () => Iterable<Array<string | null>>;
}

const SURNAMES = [
  'Lefèvre',
  'Bérard',
  'Chevalier',
  'Noël',
  'Garnier',
  'Öztürk',
  'Faure',
  'Rousseau',
  'Méndez',
  'Giraud',
  'Lemaître',
  'Hébert',
  'Ménard',
  'Benoît',
  'Barthélemy',
  'Clément',
  'Drouët',
  'Perrin',
  'Étienne',
  'Fontaine',
  'Guérin',
  'Joly',
  'Lacroix',
  'Marchand',
  'Nguyễn',
  'Pelletier',
  'Rémy',
  'Sénéchal',
  'Thébault',
  'Vallée',
  'Zoëlle',
  'Aubry',
  'Boucher',
  'Cordier',
  'Dufresne',
  'Évrard',
  'Ferrand',
  'Gauthier',
  'Huet',
  'Jacquemin',
  'Kerhervé',
  'Labbé',
  'Maréchal',
  'Noiret',
  'Olivié',
  'Prévost',
  'Quéré',
  'Roche',
  'Saïdi',
  'Tessier',
];
const FIRST_NAMES = [
  'Héloïse',
  'Zoé',
  'Maël',
  'Anaïs',
  'Jérôme',
  'Noé',
  'Inès',
  'Théo',
  'Léa',
  'Raphaël',
  'Chloé',
  'Gaël',
  'Mélanie',
  'Loïc',
  'Agnès',
  'Benoît',
  'Cécile',
  'Désirée',
  'Élodie',
  'François',
  'Gérard',
  'Hélène',
  'Irène',
  'Joël',
  'Laëtitia',
  'Maëlys',
  'Noémie',
  'Océane',
  'Pénélope',
  'Rémi',
  'Séverine',
  'Thaïs',
  'Valérie',
  'Yaëlle',
  'Aïcha',
  'Clémence',
  'Émile',
  'Frédéric',
  'Mathéo',
  'Sébastien',
];
const TRADES = [
  'Biscuiterie',
  'Fromagerie',
  'Conserverie',
  'Laiterie',
  'Brasserie',
  'Chocolaterie',
  'Salaisons',
  'Confiserie',
  'Distillerie',
  'Minoterie',
];
const PLACES = [
  'des Écrins',
  'du Lévézou',
  'de la Sèvre',
  'des Hautes-Fagnes',
  'de l’Aubrac',
  'du Vercors',
  'de Bréhal',
  'des Maures',
  'du Béarn',
  'de la Thiérache',
  'du Périgord',
  'des Vosges',
  'de Corrèze',
  'du Léman',
  'de l’Armançon',
  'des Cévennes',
  'du Quercy',
  'de Bièvre',
];
const STATES = [
  // Over a hundred: the first half decided (jury, certificate), the rest along the way.
  ...Array(50).fill('decided'),
  ...Array(14).fill('enrolled'),
  ...Array(8).fill('positioned'),
  ...Array(18).fill('in_training'),
  ...Array(5).fill('ready_for_jury'),
  ...Array(5).fill('withdrawn'),
] as string[];
const ROUTES = ['professionalisation_contract', 'continuing_education', 'vae', 'apprenticeship'];

const pick = <T>(list: readonly T[], n: number) => list[n % list.length] as T;
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const day = (n: number, year: number) =>
  `${year}-${pad(1 + (n % 12), 2)}-${pad(1 + ((n * 7) % 28), 2)}`;

/** Ids made once per dataset, by position (deterministic order, random values). */
function ids(count: number): string[] {
  return Array.from({ length: count }, () => randomUUID());
}

export function scaleTables(sizes: ScaleSizes, t: ScaleTemplates): TableRows[] {
  const companies = ids(sizes.companies);
  const centres = ids(Math.ceil(TRAINERS / 10));
  const tutors = ids(sizes.companies * TUTORS_PER_COMPANY);
  const trainers = ids(TRAINERS);
  const jurors = ids(JURORS);
  const certifications = Array.from({ length: sizes.certifications }, (_, k) =>
    k === 0 ? t.shipped.slug : `cqp-banc-${pad(k, 2)}`,
  );
  const titleOf = (k: number) =>
    k === 0 ? t.shipped.title : `CQP ${pick(TRADES, k)} ${pick(PLACES, k * 5)} (banc)`;
  const projects = ids(sizes.companies);
  const candidates = ids(sizes.candidates);
  const companyOf = (i: number) => i % sizes.companies;
  const certificationOf = (i: number) => companyOf(i) % sizes.certifications;
  const decided = (i: number) => i < sizes.certificates;
  const stateOf = (i: number) => (decided(i) ? 'decided' : pick(STATES.slice(50), i));
  const tutorName = (k: number) =>
    `${pick(FIRST_NAMES, k * 3)} ${pick(SURNAMES, k * 7)} (tuteur ${k})`;

  // Sessions: the decided candidates of one certification, SESSION_SIZE at a time.
  const byCertification = new Map<number, number[]>();
  for (let i = 0; i < sizes.certificates; i++) {
    const list = byCertification.get(certificationOf(i)) ?? [];
    list.push(i);
    byCertification.set(certificationOf(i), list);
  }
  const sessions: Array<{ id: string; certification: number; year: number; seats: number[] }> = [];
  for (const [certification, list] of byCertification)
    for (let s = 0; s < list.length; s += SESSION_SIZE)
      sessions.push({
        id: randomUUID(),
        certification,
        year: 2021 + (sessions.length % 5),
        seats: list.slice(s, s + SESSION_SIZE),
      });
  const seatIds = ids(sizes.certificates);
  const certificateNumber = (i: number, certification: number, year: number) =>
    `${certifications[certification]?.toUpperCase()}-${year}-${pad(i + 1, 7)}`;

  const stamp = '2025-01-15 10:00:00+00';
  return [
    {
      table: 'organisations',
      columns: ['id', 'kind', 'name'],
      rows: function* () {
        for (const [k, id] of companies.entries())
          yield [
            id,
            'company',
            `${pick(TRADES, k)} ${pick(PLACES, Math.floor(k / TRADES.length))} ${Math.floor(k / (TRADES.length * PLACES.length)) + 1}`,
          ];
        for (const [k, id] of centres.entries())
          yield [id, 'training_organisation', `Centre de formation ${pick(PLACES, k)} ${k + 1}`];
      },
    },
    {
      table: 'users',
      columns: ['id', 'email', 'display_name', 'password_hash'],
      rows: function* () {
        for (const [k, id] of tutors.entries())
          yield [id, `tuteur.${k}@banc.certeval.example`, tutorName(k), t.passwordHash];
        for (const [k, id] of trainers.entries())
          yield [
            id,
            `formateur.${k}@banc.certeval.example`,
            `${pick(FIRST_NAMES, k)} ${pick(SURNAMES, k * 3)} (formateur ${k})`,
            null,
          ];
        for (const [k, id] of jurors.entries())
          yield [
            id,
            `jure.${k}@banc.certeval.example`,
            `${pick(FIRST_NAMES, k * 5)} ${pick(SURNAMES, k)} (juré ${k})`,
            null,
          ];
      },
    },
    {
      table: 'memberships',
      columns: ['user_id', 'organisation_id', 'role'],
      rows: function* () {
        for (const [k, id] of tutors.entries())
          yield [id, companies[Math.floor(k / TUTORS_PER_COMPANY)] as string, 'tutor'];
        for (const [k, id] of trainers.entries()) yield [id, pick(centres, k), 'trainer'];
        for (const id of jurors) yield [id, t.certifierId, 'jury_member'];
      },
    },
    {
      table: 'certifications',
      columns: ['id', 'slug', 'kind', 'title', 'data'],
      rows: function* () {
        for (let k = 1; k < sizes.certifications; k++)
          yield [
            randomUUID(),
            certifications[k] as string,
            'cqp',
            titleOf(k),
            JSON.stringify({ ...t.shipped.data, id: certifications[k], title: titleOf(k) }),
          ];
      },
    },
    {
      table: 'projects',
      columns: ['id', 'organisation_id', 'certification', 'referential_version', 'title', 'status'],
      rows: function* () {
        for (const [k, id] of projects.entries())
          yield [
            id,
            companies[k] as string,
            certifications[k % sizes.certifications] as string,
            '1',
            `${titleOf(k % sizes.certifications)} — promotion ${2021 + (k % 5)}`,
            'validated',
          ];
      },
    },
    {
      table: 'candidates',
      columns: [
        'id',
        'project_id',
        'organisation_id',
        'birth_name',
        'usage_name',
        'first_names',
        'birth_date',
        'birth_place',
        'access_route',
        'tutor_id',
        'trainer_id',
        'status',
        'created_at',
      ],
      rows: function* () {
        for (const [i, id] of candidates.entries()) {
          const c = companyOf(i);
          const surname =
            i % 4 === 0 ? `${pick(SURNAMES, i)}-${pick(SURNAMES, i * 13 + 5)}` : pick(SURNAMES, i);
          const firstNames =
            i % 3 === 0
              ? [pick(FIRST_NAMES, i * 7), pick(FIRST_NAMES, i * 11 + 3)]
              : [pick(FIRST_NAMES, i * 7)];
          yield [
            id,
            projects[c] as string,
            companies[c] as string,
            surname,
            i % 9 === 0 ? pick(SURNAMES, i * 17 + 1) : null,
            JSON.stringify(firstNames),
            day(i, 1970 + (i % 35)),
            `${pick(PLACES, i).replace(/^(des|du|de la|de l’|de) /, '')} (fictif)`,
            pick(ROUTES, i),
            tutors[
              c * TUTORS_PER_COMPANY + (Math.floor(i / sizes.companies) % TUTORS_PER_COMPANY)
            ] as string,
            pick(trainers, i * 7),
            stateOf(i),
            stamp,
          ];
        }
      },
    },
    {
      table: 'evaluations',
      columns: [
        'id',
        'candidate_id',
        'instrument_key',
        'instrument_version',
        'kind',
        'evaluator_id',
        'evaluator_name',
        'evaluator_role',
        'date',
        'status',
        'items',
        'submitted_at',
      ],
      rows: function* () {
        const count = Math.floor(sizes.evaluationItems / ITEMS_PER_EVALUATION);
        const variants = [40, 55, 65, 75, 85, 95].map((base) =>
          JSON.stringify(
            t.instrument.itemIds
              .slice(0, ITEMS_PER_EVALUATION)
              .map((item, k) => ({ item, percentage: Math.min(100, base + ((k * 7) % 15)) })),
          ),
        );
        // Every candidate past enrolment has some; the decided ones first.
        for (let e = 0; e < count; e++) {
          const i = e % sizes.candidates;
          const c = companyOf(i);
          const tutor =
            c * TUTORS_PER_COMPANY + (Math.floor(i / sizes.companies) % TUTORS_PER_COMPANY);
          yield [
            randomUUID(),
            candidates[i] as string,
            t.instrument.key,
            t.instrument.version,
            e < sizes.candidates ? 'continuous' : 'final',
            tutors[tutor] as string,
            tutorName(tutor),
            'tutor',
            day(e, 2024),
            'submitted',
            pick(variants, e),
            stamp,
          ];
        }
      },
    },
    {
      table: 'jury_sessions',
      columns: [
        'id',
        'certifier_id',
        'certification',
        'referential_version',
        'date',
        'start_time',
        'place',
        'status',
      ],
      rows: function* () {
        for (const [k, s] of sessions.entries())
          yield [
            s.id,
            t.certifierId,
            certifications[s.certification] as string,
            '1',
            day(k, s.year),
            '09:00',
            `Salle ${pick(PLACES, k)}`,
            'closed',
          ];
      },
    },
    {
      table: 'jury_members',
      columns: ['session_id', 'user_id', 'role', 'affiliation', 'presides'],
      rows: function* () {
        const seats = [
          'employers_representative',
          'employees_representative',
          'opca_representative',
        ];
        for (const [k, s] of sessions.entries())
          for (const [m, role] of seats.entries())
            yield [
              s.id,
              pick(jurors, k * 3 + m),
              role,
              `Collège ${m + 1} (fictif)`,
              m === 0 ? '1' : '0',
            ];
      },
    },
    {
      table: 'jury_candidates',
      columns: [
        'id',
        'session_id',
        'candidate_id',
        'slot_start',
        'state',
        'decision',
        'rule_set',
        'signed_by',
        'signed_at',
      ],
      rows: function* () {
        for (const [k, s] of sessions.entries())
          for (const [n, i] of s.seats.entries())
            yield [
              seatIds[i] as string,
              s.id,
              candidates[i] as string,
              `${pad(9 + Math.floor(n / 8), 2)}:${pad((n % 8) * 7, 2)}`,
              'signed',
              i % 10 === 9 ? t.partial : t.awarded,
              t.ruleSet,
              pick(jurors, k * 3),
              `${day(k, s.year)} 17:00:00+00`,
            ];
      },
    },
    {
      table: 'certificates',
      columns: [
        'id',
        'number',
        'kind',
        'organisation_id',
        'candidate_id',
        'jury_candidate_id',
        'certification',
        'referential_version',
        'decision_date',
        'data',
        'credential',
        'issued_at',
      ],
      rows: function* () {
        for (const [k, s] of sessions.entries())
          for (const i of s.seats) {
            const number = certificateNumber(i, s.certification, s.year);
            yield [
              randomUUID(),
              number,
              i % 10 === 9 ? 'attestation' : 'certificate',
              t.certifierId,
              candidates[i] as string,
              seatIds[i] as string,
              certifications[s.certification] as string,
              '1',
              day(k, s.year),
              t.certificate.data.replaceAll(t.certificate.number, number),
              t.certificate.credential.replaceAll(t.certificate.number, number),
              stamp,
            ];
          }
      },
    },
  ];
}

/** One field of COPY's text format. */
export function copyField(value: string | null): string {
  if (value === null) return '\\N';
  return value.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

/** A table's rows as objects by column, its jsonb columns' text parsed (INSERT through JSON). */
export function* scaleRowObjects(table: TableRows, json: ReadonlySet<string>) {
  for (const row of table.rows()) {
    const object: Record<string, unknown> = {};
    for (const [k, column] of table.columns.entries()) {
      const value = row[k] ?? null;
      object[column] = value !== null && json.has(column) ? JSON.parse(value) : value;
    }
    yield object;
  }
}
