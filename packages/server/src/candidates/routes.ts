// HTTP of company projects, candidates, positioning plans and the follow-up booklet.
import {
  ACCESS_ROUTES,
  BookletEntrySchema,
  bookletEntryCheck,
  CANDIDATE_STATES,
  formCheck,
  PLAN_MODALITIES,
  PROJECT_WORDS,
  ProjectFormSchema,
  projectRules,
} from '@certeval/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Static, Type } from 'typebox';
import * as evaluations from '../evaluations/service.ts';
import { type Context, todayOf } from '../platform/context.ts';
import { requireActor } from '../platform/http/authorization.ts';
import { formBody } from '../platform/http/formValidation.ts';
import { IdParams, Nullable, type WithId } from '../platform/http/params.ts';
import { errors } from '../platform/http/schemas.ts';
import { MAX_PAGE_SIZE, TOTAL_CAP } from './candidateList.ts';
import * as service from './service.ts';

// 0 creates a training plan; elsewhere a revision of 0 is simply stale (409).
const Revision = Type.Integer({ minimum: 0 });

const NewProjectBody = Type.Object({
  organisationId: Type.String({ format: 'uuid' }),
  ...ProjectFormSchema.properties,
});
const SavedProjectBody = Type.Object({ ...ProjectFormSchema.properties, revision: Revision });

const ProjectSummary = Type.Object({
  id: Type.String(),
  organisationId: Type.String(),
  organisationName: Type.String(),
  certification: Type.String(),
  referentialVersion: Type.String(),
  title: Type.String(),
  status: Type.String(),
  revision: Type.Integer(),
});

const CandidateSummary = Type.Object({
  id: Type.String(),
  projectId: Type.String(),
  organisationId: Type.String(),
  tutorId: Nullable(Type.String()),
  trainerId: Nullable(Type.String()),
  projectTitle: Type.String(),
  certification: Type.String(),
  organisationName: Type.String(),
  birthName: Type.String(),
  usageName: Nullable(Type.String()),
  firstNames: Type.Array(Type.String()),
  accessRoute: Type.String(),
  tutorName: Nullable(Type.String()),
  trainerName: Nullable(Type.String()),
  status: Type.String(),
});

const Uuid = Type.String({ format: 'uuid' });
const ListQuery = Type.Object({
  project: Type.Optional(Uuid),
  certification: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  company: Type.Optional(Uuid),
  state: Type.Optional(Type.Union(CANDIDATE_STATES.map((s) => Type.Literal(s)))),
  tutor: Type.Optional(Uuid),
  trainer: Type.Optional(Uuid),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  after: Type.Optional(Type.String({ maxLength: 2000 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE })),
});

const PlanEntrySchema = Type.Object({
  competence: Type.String({ minLength: 1 }),
  label: Type.String(),
  domain: Type.Optional(Type.String()),
  modality: Type.Union(PLAN_MODALITIES.map((m) => Type.Literal(m))),
  priority: Type.Union([Type.Literal('high'), Type.Literal('normal')]),
  hours: Type.Optional(Type.Number({ minimum: 0, maximum: 2000 })),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
});

export function candidateRoutes(ctx: Context) {
  return async (app: FastifyInstance) => {
    app.get('/api/projects', {
      config: { policy: 'project.read' },
      schema: {
        tags: ['projects'],
        summary: 'The company projects the person may see.',
        response: { 200: Type.Array(ProjectSummary), ...errors(401, 403) },
      },
      handler: async (request) =>
        (await service.listProjects(ctx, requireActor(request))).map((r) => ({
          ...r.project,
          organisationName: r.organisationName,
        })),
    });

    app.post('/api/projects', {
      config: { policy: 'project.write' },
      schema: {
        tags: ['projects'],
        summary: "Open a company's certification project on a published referential version.",
        body: NewProjectBody,
        response: {
          201: Type.Object({ id: Type.String(), revision: Type.Integer() }),
          ...errors(400, 401, 403, 404),
        },
      },
      // The project form's check from core: every problem at once, in people's words.
      ...formBody(formCheck(NewProjectBody, PROJECT_WORDS, projectRules)),
      handler: async (request, reply) => {
        const body = request.body as Parameters<typeof service.createProject>[2];
        reply.code(201);
        return service.createProject(ctx, requireActor(request), body);
      },
    });

    app.get('/api/projects/:id', {
      config: { policy: 'project.read' },
      schema: {
        tags: ['projects'],
        summary: 'One project: steering committee, adapted referential, instruments, status.',
        params: IdParams,
        response: { ...errors(401, 403, 404) },
      },
      handler: async (request: WithId) =>
        service.getProject(ctx, requireActor(request), request.params.id),
    });

    app.put('/api/projects/:id', {
      config: { policy: 'project.write' },
      schema: {
        tags: ['projects'],
        summary: 'Save a project; refused with 409 when someone saved it first.',
        params: IdParams,
        body: SavedProjectBody,
        response: {
          200: Type.Object({ revision: Type.Integer() }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
      ...formBody(formCheck(SavedProjectBody, PROJECT_WORDS, projectRules)),
      handler: async (request: WithId) => {
        const { revision, ...input } = request.body as service.ProjectInput & {
          revision: number;
        };
        return service.updateProject(
          ctx,
          requireActor(request),
          request.params.id,
          input,
          revision,
        );
      },
    });

    app.post('/api/projects/:id/status', {
      config: { policy: 'project.read' },
      schema: {
        tags: ['projects'],
        summary: 'Submit a project (pilot), validate or return it (certifier), close it (pilot).',
        params: IdParams,
        body: Type.Object({
          to: Type.Union(service.PROJECT_STATUSES.map((s) => Type.Literal(s))),
          revision: Revision,
          comment: Type.Optional(Type.String({ maxLength: 5000 })),
        }),
        response: {
          200: Type.Object({ revision: Type.Integer(), status: Type.String() }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
      handler: async (request: WithId) =>
        service.moveProject(
          ctx,
          requireActor(request),
          request.params.id,
          request.body as Parameters<typeof service.moveProject>[3],
        ),
    });

    const Person = Type.Object({
      id: Type.String(),
      displayName: Type.String(),
      email: Type.String(),
      organisationName: Type.String(),
    });
    app.get('/api/projects/:id/assignable', {
      config: { policy: 'candidate.enrol' },
      schema: {
        tags: ['projects'],
        summary:
          "Whom a candidate of the project may be followed by: the company's tutors, trainers.",
        params: IdParams,
        response: {
          200: Type.Object({ tutors: Type.Array(Person), trainers: Type.Array(Person) }),
          ...errors(401, 403, 404),
        },
      },
      handler: async (request: WithId) =>
        service.assignable(ctx, requireActor(request), request.params.id),
    });

    app.get('/api/candidates', {
      config: { policy: 'candidate.read' },
      schema: {
        tags: ['candidates'],
        summary:
          'The candidates the person may see (their tutees, trainees, company, jury…), one page ' +
          'at a time in the order of their names.',
        description:
          'Filters combine. `name` finds a name typed without its accents or with a letter ' +
          'wrong. `next` is the cursor of the following page (`after`), null on the last; ' +
          `\`total\` counts exactly up to ${TOTAL_CAP}, beyond which \`atLeast\` is true; a ` +
          `name search pages through the first ${TOTAL_CAP} matches found (a narrower name ` +
          'finds the others).',
        querystring: ListQuery,
        response: {
          200: Type.Object({
            items: Type.Array(CandidateSummary),
            next: Nullable(Type.String()),
            total: Type.Object({ count: Type.Integer(), atLeast: Type.Boolean() }),
          }),
          ...errors(400, 401, 403),
        },
      },
      handler: async (request: FastifyRequest<{ Querystring: Static<typeof ListQuery> }>) => {
        const { after, limit, ...filter } = request.query;
        const page = await service.candidatePage(ctx, requireActor(request), filter, {
          ...(after ? { after } : {}),
          ...(limit ? { limit } : {}),
        });
        return {
          ...page,
          items: page.items.map((r) => ({
            ...r.candidate,
            firstNames: r.candidate.firstNames as string[],
            projectTitle: r.projectTitle,
            certification: r.certification,
            organisationName: r.organisationName,
            tutorName: r.tutorName,
            trainerName: r.trainerName,
          })),
        };
      },
    });

    app.post('/api/projects/:id/candidates', {
      config: { policy: 'candidate.enrol' },
      schema: {
        tags: ['candidates'],
        summary: 'Enrol a candidate in a project (identity, access route, tutor, trainer).',
        description: `Access routes: ${ACCESS_ROUTES.join(', ')}. Every problem is listed.`,
        params: IdParams,
        body: Type.Object({ candidate: Type.Unknown() }),
        response: {
          201: Type.Object({ id: Type.String(), revision: Type.Integer() }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
      handler: async (request: WithId, reply) => {
        reply.code(201);
        return service.enrolCandidate(
          ctx,
          requireActor(request),
          request.params.id,
          (request.body as { candidate: unknown }).candidate,
        );
      },
    });

    app.get('/api/candidates/:id', {
      config: { policy: 'candidate.read' },
      schema: {
        tags: ['candidates'],
        summary: "A candidate's file: identity, people, state, what the person may do.",
        params: IdParams,
        response: { ...errors(401, 403, 404) },
      },
      handler: async (request: WithId) =>
        service.getCandidate(ctx, requireActor(request), request.params.id),
    });

    app.put('/api/candidates/:id', {
      config: { policy: 'candidate.enrol' },
      schema: {
        tags: ['candidates'],
        summary:
          "Save a candidate's identity; 409 when someone saved it first. Once the jury's decision is signed, only the certifier corrects it, giving the reason (file_decided otherwise).",
        params: IdParams,
        body: Type.Object({
          candidate: Type.Unknown(),
          revision: Revision,
          correction: Type.Optional(
            Type.Object(
              { reason: Type.String({ maxLength: 2000 }) },
              { additionalProperties: false },
            ),
          ),
        }),
        response: {
          200: Type.Object({ revision: Type.Integer() }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
      handler: async (request: WithId) => {
        const body = request.body as {
          candidate: unknown;
          revision: number;
          correction?: { reason: string };
        };
        return service.updateCandidate(
          ctx,
          requireActor(request),
          request.params.id,
          body.candidate,
          body.revision,
          body.correction,
        );
      },
    });

    app.post('/api/candidates/:id/status', {
      config: { policy: 'candidate.advance' },
      schema: {
        tags: ['candidates'],
        summary: "Move a candidate's file to its next state, as the file's rules allow.",
        params: IdParams,
        body: Type.Object({
          to: Type.Union(CANDIDATE_STATES.map((s) => Type.Literal(s))),
          revision: Revision,
        }),
        response: {
          200: Type.Object({ revision: Type.Integer(), status: Type.String() }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
      handler: async (request: WithId) =>
        service.moveCandidate(
          ctx,
          requireActor(request),
          request.params.id,
          request.body as Parameters<typeof service.moveCandidate>[3],
        ),
    });

    app.get('/api/candidates/:id/positioning', {
      config: { policy: 'candidate.read' },
      schema: {
        tags: ['candidates'],
        summary:
          'Positioning: per competence the score, the gap to the required level, and the plan.',
        params: IdParams,
        response: { ...errors(401, 403, 404) },
      },
      handler: async (request: WithId) =>
        evaluations.positioningOf(ctx, requireActor(request), request.params.id),
    });

    app.put('/api/candidates/:id/plan', {
      config: { policy: 'positioning.write' },
      schema: {
        tags: ['candidates'],
        summary: 'Save the training plan (revision 0 creates it); 409 when someone saved first.',
        params: IdParams,
        body: Type.Object({ entries: Type.Array(PlanEntrySchema), revision: Revision }),
        response: {
          200: Type.Object({ revision: Type.Integer() }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
      handler: async (request: WithId) => {
        const body = request.body as { entries: []; revision: number };
        return service.savePlan(
          ctx,
          requireActor(request),
          request.params.id,
          body.entries,
          body.revision,
        );
      },
    });

    app.get('/api/candidates/:id/booklet', {
      config: { policy: 'candidate.read' },
      schema: {
        tags: ['candidates'],
        summary:
          'The follow-up booklet: evaluations, training sessions and notes on a timeline; progress.',
        params: IdParams,
        response: { ...errors(401, 403, 404) },
      },
      handler: async (request: WithId) =>
        evaluations.bookletOf(ctx, requireActor(request), request.params.id),
    });

    app.post('/api/candidates/:id/booklet', {
      config: { policy: 'booklet.write' },
      schema: {
        tags: ['candidates'],
        summary: 'Add a training session, a tutor note or a steering committee to the booklet.',
        params: IdParams,
        body: BookletEntrySchema,
        response: { 201: Type.Object({ id: Type.String() }), ...errors(400, 401, 403, 404, 409) },
      },
      // The form's check from core, on the server's day: every problem at once.
      ...formBody((body, base) => bookletEntryCheck(todayOf(ctx))(body, base)),
      handler: async (request: WithId, reply) => {
        reply.code(201);
        return service.addBookletEntry(
          ctx,
          requireActor(request),
          request.params.id,
          request.body as Parameters<typeof service.addBookletEntry>[3],
        );
      },
    });
  };
}
