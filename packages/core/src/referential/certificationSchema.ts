// The certification-level facts of a referential file (who certifies, registration, access
// routes, jury, result scale...). Each fact keeps the seed's sentence verbatim in `text` next to
// its structured fields, and a `source` naming where the seed states it.
import { type Static, Type } from 'typebox';

export const CERTIFICATION_KINDS = ['cqp', 'rncp_title', 'rs', 'diploma'] as const;

export const Verbatim = Type.String({ minLength: 1, description: 'Text as written in the source' });
export const Source = Type.String({
  minLength: 1,
  description: 'Where the source states it, e.g. "seed 000, slide 9"',
});
const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const Count = Type.Integer({ minimum: 0 });
const closed = { additionalProperties: false } as const;

const CodeLabel = Type.Object(
  { code: Type.String({ minLength: 1 }), label: Type.Optional(Verbatim) },
  closed,
);

const Certifier = Type.Object(
  {
    name: Verbatim,
    signatoryQuality: Type.Optional(Verbatim),
    source: Source,
  },
  closed,
);

/** A decision by a body approving the certification (e.g. a branch commission). */
const Approval = Type.Object(
  { body: Verbatim, date: IsoDate, text: Verbatim, source: Source },
  closed,
);

/** Registration in a national directory (RNCP, RS). */
const Registration = Type.Object(
  {
    decision: Verbatim,
    publishedOn: Type.Optional(IsoDate),
    effectiveFrom: Type.Optional(IsoDate),
    until: Type.Optional(IsoDate),
    durationYears: Type.Optional(Count),
    text: Verbatim,
    source: Source,
  },
  closed,
);

export const ACCESS_ROUTES = [
  'initial_education',
  'apprenticeship',
  'continuing_education',
  'professionalisation_contract',
  'individual_application',
  'vae',
] as const;

/**
 * The evaluation routes a certification may give different components (seed 001, "Modalités
 * d'évaluation des compétences / accès par la formation" and "/ accès par la VAE"). Every
 * access route but the VAE is evaluated on the training route.
 */
export const EVALUATION_ROUTES = ['training', 'vae'] as const;

const AccessRoute = Type.Object(
  {
    route: Type.Enum(ACCESS_ROUTES),
    label: Verbatim,
    /** Absent when the source does not say (e.g. a Oui/Non column lost in extraction). */
    open: Type.Optional(Type.Boolean()),
    /** True when the source gives the jury composition for this route. */
    juryComposed: Type.Optional(Type.Boolean()),
    plannedYear: Type.Optional(Type.Integer({ minimum: 1900 })),
    source: Source,
  },
  closed,
);

export const JURY_REPRESENTATIONS = [
  'employers_organisation',
  'employee_unions',
  'opca',
  'professional',
  'other',
] as const;

const Jury = Type.Object(
  {
    members: Type.Optional(
      Type.Array(
        Type.Object({ represents: Type.Enum(JURY_REPRESENTATIONS), label: Verbatim }, closed),
      ),
    ),
    assessorCount: Type.Optional(Count),
    /** Assessors independent of the certifying authority. */
    independentAssessorCount: Type.Optional(Count),
    text: Type.Optional(Verbatim),
    source: Source,
  },
  closed,
);

export const EVALUATION_COMPONENT_KINDS = [
  'questionnaire',
  'observation_grid',
  'jury_assessment',
  'activity_booklet',
  'oral_presentation_interview',
  'bloc_synthesis_test',
  'final_project',
] as const;

const EvaluationComponent = Type.Object(
  {
    kind: Type.Enum(EVALUATION_COMPONENT_KINDS),
    text: Verbatim,
    details: Type.Optional(Type.Array(Verbatim)),
  },
  closed,
);

/** How candidates are evaluated, for one access route or for all when `route` is absent. */
const EvaluationRoute = Type.Object(
  {
    route: Type.Optional(Type.Enum(EVALUATION_ROUTES)),
    label: Verbatim,
    components: Type.Array(EvaluationComponent, { minItems: 1 }),
    source: Source,
  },
  closed,
);

/** The scale each competence is judged on, e.g. Acquis / Non acquis. */
const ResultScale = Type.Object(
  {
    appliesTo: Type.Enum(['competence', 'domain', 'bloc']),
    levels: Type.Array(Verbatim, { minItems: 2 }),
    text: Verbatim,
    source: Source,
  },
  closed,
);

const FinalProject = Type.Object(
  {
    deliverables: Type.Array(Type.Enum(['written_report', 'defence']), { minItems: 1 }),
    defenceMinutes: Type.Optional(Count),
    jury: Type.Optional(Verbatim),
    text: Type.Array(Verbatim, { minItems: 1 }),
    source: Source,
  },
  closed,
);

const Accommodation = Type.Object(
  { contact: Type.Optional(Verbatim), text: Verbatim, source: Source },
  closed,
);

/** How long acquired components (blocs) stay valid. */
const ComponentValidity = Type.Object(
  { unlimited: Type.Boolean(), years: Type.Optional(Count), text: Verbatim, source: Source },
  closed,
);

const Statistics = Type.Object(
  {
    awarded: Type.Array(Type.Object({ year: Type.Integer(), count: Count }, closed)),
    averagePerYear: Type.Optional(Type.Number({ minimum: 0 })),
    text: Type.Array(Verbatim),
    source: Source,
  },
  closed,
);

/**
 * What a national directory (France Compétences' RNCP / RS) publishes beyond the
 * referentials: every certifier with its SIRET, whether the fiche is active, the fiches it
 * replaces and is replaced by, and which of its blocs correspond to another fiche's.
 */
const DirectoryEntry = Type.Object(
  {
    active: Type.Optional(Type.Boolean()),
    state: Type.Optional(Verbatim),
    certifiers: Type.Array(
      Type.Object(
        {
          name: Verbatim,
          siret: Type.Optional(Type.String({ pattern: '^[0-9]{14}$' })),
          active: Type.Optional(Type.Boolean()),
        },
        closed,
      ),
    ),
    replaces: Type.Array(Type.String({ minLength: 1 })),
    replacedBy: Type.Array(Type.String({ minLength: 1 })),
    correspondences: Type.Array(
      Type.Object(
        {
          fromBlocs: Type.Array(Type.String()),
          toFiche: Type.String({ minLength: 1 }),
          toBlocs: Type.Array(Type.String()),
        },
        closed,
      ),
    ),
    source: Source,
  },
  closed,
);

/** Paragraphs of the source, in order, each verbatim (a list item is a paragraph). */
const Passage = Type.Object(
  { text: Type.Array(Verbatim, { minItems: 1 }), source: Source },
  closed,
);

/** A link the fiche gives; `url` absent when the source names the link but lost its address. */
const Link = Type.Object(
  {
    label: Verbatim,
    url: Type.Optional(
      Type.String({ pattern: '^https?://\\S+$', description: 'As printed in the source' }),
    ),
    source: Source,
  },
  closed,
);

/** Where the certification may be taken (e.g. New Caledonia), whether or not it is open there. */
const Territory = Type.Object(
  {
    label: Verbatim,
    /** Absent when the source does not say (the Oui / Non column lost in extraction). */
    open: Type.Optional(Type.Boolean()),
    source: Source,
  },
  closed,
);

export const CertificationSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: 'Stable slug' }),
    kind: Type.Enum(CERTIFICATION_KINDS),
    /** Absent when the source does not name the certification. */
    title: Type.Optional(Type.Object({ fr: Verbatim, en: Type.Optional(Verbatim) }, closed)),
    certifier: Type.Optional(Certifier),
    rncp: Type.Optional(Type.String({ pattern: '^[0-9]+$' })),
    rs: Type.Optional(Type.String({ pattern: '^[0-9]+$' })),
    level: Type.Optional(Verbatim),
    nsf: Type.Array(CodeLabel),
    rome: Type.Array(CodeLabel),
    formacode: Type.Optional(Type.Array(CodeLabel)),
    collectiveAgreements: Type.Optional(Type.Array(CodeLabel)),
    /** The fiche's "Résumé du référentiel d'emploi": what the job is, its missions. */
    jobSummary: Type.Optional(Passage),
    sectors: Type.Optional(Type.Array(Verbatim)),
    jobTitles: Type.Optional(Type.Array(Verbatim)),
    approvals: Type.Optional(Type.Array(Approval)),
    registration: Type.Optional(Registration),
    accessRoutes: Type.Optional(Type.Array(AccessRoute)),
    /** Overseas territories where the certification is accessible (RNCP fiches list them). */
    territories: Type.Optional(Type.Array(Territory)),
    /** "Lieu(x) de certification". */
    certificationPlaces: Type.Optional(Passage),
    /** "Lieu(x) de préparation à la certification déclarés par l'organisme certificateur". */
    preparationPlaces: Type.Optional(Passage),
    /** The certifier's links: other sources of information, its website. */
    links: Type.Optional(Type.Array(Link)),
    evaluationRoutes: Type.Optional(Type.Array(EvaluationRoute)),
    jury: Type.Optional(Jury),
    resultScale: Type.Optional(ResultScale),
    finalProject: Type.Optional(FinalProject),
    disabilityAccommodation: Type.Optional(Accommodation),
    componentValidity: Type.Optional(ComponentValidity),
    statistics: Type.Optional(Statistics),
    history: Type.Optional(Type.Array(Verbatim)),
    directory: Type.Optional(DirectoryEntry),
  },
  closed,
);

export type Certification = Static<typeof CertificationSchema>;
export type CertificationKind = (typeof CERTIFICATION_KINDS)[number];
