import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CANDIDATE_STATES } from '../candidates/fileStates.ts';
import { deliberationBlockers, memberGridStatus, type SeatFacts } from './deliberationBlockers.ts';
import {
  type EvaluatorTask,
  evaluatorTasks,
  isLate,
  LATE_AFTER_DAYS,
  type WorkEvaluation,
  type WorkFile,
} from './evaluatorTasks.ts';
import { nextStep, type PathwayFacts } from './nextStep.ts';
import { candidateTodo, certifierTodo, evaluatorTodo, juryTodo, pilotTodo } from './todo.ts';

const evaluation = (fields: Partial<WorkEvaluation>): WorkEvaluation => ({
  id: 'e1',
  kind: 'continuous',
  status: 'submitted',
  evaluatorRole: 'tutor',
  mine: false,
  date: '2026-11-02',
  ...fields,
});

const file = (fields: Partial<WorkFile> = {}): WorkFile => ({
  status: 'enrolled',
  accessRoute: 'professionalisation_contract',
  evaluations: [],
  ...fields,
});

const types = (tasks: EvaluatorTask[]) => tasks.map((t) => t.type);

describe("a tutor's and a trainer's tasks on a file", () => {
  it('asks the tutor, not the trainer, to position an enrolled candidate in training', () => {
    expect(types(evaluatorTasks('tutor', file()))).toEqual(['position']);
    expect(evaluatorTasks('trainer', file())).toEqual([]);
  });

  it('asks no positioning of a VAE candidate, nor once a positioning is opened', () => {
    expect(evaluatorTasks('tutor', file({ accessRoute: 'vae' }))).toEqual([]);
    const opened = file({ evaluations: [evaluation({ kind: 'positioning', status: 'draft' })] });
    expect(types(evaluatorTasks('tutor', opened))).toEqual([]);
  });

  it("turns the reader's own draft into a task to finish, whoever's draft blocks the positioning", () => {
    const draft = evaluation({ id: 'p1', kind: 'positioning', status: 'draft', mine: true });
    expect(evaluatorTasks('tutor', file({ evaluations: [draft] }))).toEqual([
      { type: 'finish', evaluationId: 'p1', kind: 'positioning' },
    ]);
  });

  it('asks each evaluator for their final evaluation once the file is in training', () => {
    const inTraining = file({
      status: 'in_training',
      evaluations: [evaluation({ kind: 'final', evaluatorRole: 'tutor' })],
    });
    expect(types(evaluatorTasks('tutor', inTraining))).toEqual([]);
    expect(types(evaluatorTasks('trainer', inTraining))).toEqual(['final']);
  });

  it('asks the trainer to mark the open answers of the questionnaires they gave', () => {
    const taken = file({
      status: 'in_training',
      evaluations: [
        evaluation({
          id: 'q1',
          kind: 'final',
          evaluatorRole: 'trainer',
          status: 'to_grade',
          mine: true,
        }),
        evaluation({ id: 'q2', evaluatorRole: 'trainer', status: 'to_grade', mine: false }),
      ],
    });
    expect(evaluatorTasks('trainer', taken)).toEqual([{ type: 'mark', evaluationId: 'q1' }]);
  });

  it('asks nothing of a file decided, withdrawn or before the jury', () => {
    for (const status of ['ready_for_jury', 'decided', 'withdrawn'] as const)
      for (const role of ['tutor', 'trainer'] as const)
        expect(evaluatorTasks(role, file({ status }))).toEqual([]);
  });
});

describe('an evaluation late', () => {
  const now = '2026-12-07T10:00:00Z';
  it(`is open more than ${LATE_AFTER_DAYS} days after its day`, () => {
    expect(isLate(evaluation({ status: 'draft', date: '2026-11-07' }), now)).toBe(false);
    expect(isLate(evaluation({ status: 'draft', date: '2026-11-06' }), now)).toBe(true);
    expect(isLate(evaluation({ status: 'submitted', date: '2020-01-01' }), now)).toBe(false);
  });

  it('is a questionnaire in progress past its end', () => {
    const started = evaluation({ status: 'in_progress', date: '2026-12-07' });
    expect(isLate({ ...started, dueAt: '2026-12-07T09:30:00Z' }, now)).toBe(true);
    expect(isLate({ ...started, dueAt: '2026-12-07T10:30:00Z' }, now)).toBe(false);
  });
});

const facts = (fields: Partial<PathwayFacts> = {}): PathwayFacts => ({
  status: 'enrolled',
  accessRoute: 'professionalisation_contract',
  questionnaires: [],
  vaeBooklet: null,
  finalsFrom: [],
  jury: null,
  ...fields,
});

describe("a candidate's next step", () => {
  it('is the positioning, then the training, then the final evaluations missing', () => {
    expect(nextStep(facts())).toEqual({ type: 'positioning' });
    expect(nextStep(facts({ status: 'positioned' }))).toEqual({ type: 'training' });
    expect(nextStep(facts({ status: 'in_training', finalsFrom: ['tutor'] }))).toEqual({
      type: 'final_evaluations',
      missing: ['trainer'],
    });
    expect(nextStep(facts({ status: 'in_training', finalsFrom: ['trainer', 'tutor'] }))).toEqual({
      type: 'await_jury',
    });
  });

  it('puts a questionnaire to take first: the one started, else the oldest given', () => {
    const q = (id: string, date: string, status: 'assigned' | 'in_progress') => ({
      evaluationId: id,
      title: id,
      date,
      status,
      dueAt: null,
    });
    const given = [q('b', '2026-12-01', 'assigned'), q('a', '2026-11-01', 'assigned')];
    expect(nextStep(facts({ questionnaires: given }))).toMatchObject({ evaluationId: 'a' });
    const started = [...given, q('c', '2026-12-05', 'in_progress')];
    expect(nextStep(facts({ questionnaires: started }))).toMatchObject({
      evaluationId: 'c',
      started: true,
    });
  });

  it('is the VAE booklet until sent, then the jury, with its date once convened', () => {
    const vae = facts({ accessRoute: 'vae' });
    expect(nextStep(vae)).toEqual({ type: 'write_vae_booklet', started: false });
    expect(nextStep({ ...vae, vaeBooklet: 'draft' })).toEqual({
      type: 'write_vae_booklet',
      started: true,
    });
    const jury = { date: '2027-03-12', startTime: '09:30', place: 'Lyon' };
    expect(nextStep({ ...vae, status: 'ready_for_jury', vaeBooklet: 'submitted' })).toEqual({
      type: 'await_jury',
    });
    expect(nextStep({ ...vae, status: 'ready_for_jury', jury })).toEqual({ type: 'jury', ...jury });
  });

  it('is never a task for a file decided or withdrawn', () => {
    const q = {
      evaluationId: 'q',
      title: 'Q',
      date: '2026-12-01',
      status: 'assigned' as const,
      dueAt: null,
    };
    expect(nextStep(facts({ status: 'decided', questionnaires: [q] }))).toEqual({
      type: 'decided',
    });
    expect(nextStep(facts({ status: 'withdrawn' }))).toEqual({ type: 'withdrawn' });
  });

  it('always gives one step, whatever the file', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CANDIDATE_STATES),
        fc.constantFrom('vae', 'professionalisation_contract'),
        fc.constantFrom(null, 'draft' as const, 'submitted' as const),
        (status, accessRoute, vaeBooklet) => {
          const step = nextStep(facts({ status, accessRoute, vaeBooklet }));
          expect(typeof step.type).toBe('string');
        },
      ),
    );
  });
});

const seat = (fields: Partial<SeatFacts> = {}): SeatFacts => ({
  status: 'grading',
  graders: [
    { personId: 'a', name: 'Isabelle Fournier' },
    { personId: 'b', name: 'Antoine Lebrun' },
  ],
  grids: [],
  president: 'Isabelle Fournier',
  problems: [],
  reopenReason: null,
  sessionDate: '2026-12-07',
  issued: false,
  ...fields,
});

describe('what holds a deliberation up', () => {
  it('names the members whose grid is missing, and the session still ahead', () => {
    const grids = [{ personId: 'a', status: 'submitted' }];
    expect(deliberationBlockers(seat({ grids }), '2026-12-07')).toEqual([
      { code: 'grids_missing', names: ['Antoine Lebrun'] },
    ]);
    expect(deliberationBlockers(seat({ sessionDate: '2027-01-10' }), '2026-12-07')).toEqual([
      { code: 'session_ahead', date: '2027-01-10' },
      { code: 'grids_missing', names: ['Isabelle Fournier', 'Antoine Lebrun'] },
    ]);
  });

  it('waits for the president at each of their steps, and for the certificates once signed', () => {
    const all = [
      { personId: 'a', status: 'submitted' },
      { personId: 'b', status: 'submitted' },
    ];
    const codes = (status: SeatFacts['status'], issued = false) =>
      deliberationBlockers(seat({ status, grids: all, issued }), '2026-12-07').map((b) => b.code);
    expect(codes('grading')).toEqual(['close_grading']);
    expect(codes('consensus')).toEqual(['agreement']);
    expect(codes('decided')).toEqual(['signature']);
    expect(codes('reopened')).toEqual(['resume']);
    expect(codes('signed')).toEqual(['certificates']);
    expect(codes('signed', true)).toEqual([]);
  });

  it('puts a jury that cannot sit before anything else', () => {
    const problems = [{ fr: 'Collège des salariés vide', en: 'No employee member' }];
    expect(deliberationBlockers(seat({ problems }), '2026-12-07')).toEqual([
      { code: 'jury_incomplete', messages: problems },
    ]);
  });
});

describe("a member's own grid", () => {
  it('is to fill, in progress, filled, closed or signed; none for a member in conflict', () => {
    expect(memberGridStatus(seat(), 'a')).toBe('to_fill');
    expect(memberGridStatus(seat({ grids: [{ personId: 'a', status: 'draft' }] }), 'a')).toBe(
      'in_progress',
    );
    expect(memberGridStatus(seat({ grids: [{ personId: 'a', status: 'submitted' }] }), 'a')).toBe(
      'filled',
    );
    expect(memberGridStatus(seat({ status: 'consensus' }), 'a')).toBe('closed');
    expect(memberGridStatus(seat({ status: 'signed' }), 'a')).toBe('signed');
    expect(memberGridStatus(seat(), 'z')).toBeUndefined();
  });
});

describe('the to-do lists', () => {
  it("counts the tutor's candidates to position: one for the demo's Lucas Moreau", () => {
    expect(evaluatorTodo('tutor', [file()])).toEqual([{ task: 'to_position', count: 1 }]);
    expect(evaluatorTodo('tutor', [file({ status: 'positioned' })])).toEqual([]);
  });

  it("counts the trainer's candidates to evaluate and the answers to mark", () => {
    const files = [
      file({ status: 'in_training' }),
      file({
        status: 'in_training',
        evaluations: [
          evaluation({ kind: 'final', evaluatorRole: 'trainer', status: 'to_grade', mine: true }),
        ],
      }),
    ];
    expect(evaluatorTodo('trainer', files)).toEqual([
      { task: 'to_evaluate', count: 1 },
      { task: 'to_mark', count: 1 },
    ]);
  });

  it("counts the pilot's candidates by state and the evaluations late", () => {
    const files = [
      file(),
      file({ evaluations: [evaluation({ status: 'draft', date: '2026-01-01' })] }),
      file({ status: 'in_training' }),
    ];
    expect(pilotTodo(files, '2026-12-07T10:00:00Z', { date: '2027-01-15' })).toEqual([
      { task: 'candidates_in_state', state: 'enrolled', count: 2 },
      { task: 'candidates_in_state', state: 'in_training', count: 1 },
      { task: 'evaluations_late', count: 1 },
      { task: 'next_steering_meeting', count: 1, date: '2027-01-15' },
    ]);
  });

  it("leaves out the certifier's tasks with nothing to do", () => {
    expect(
      certifierTodo({
        projectsSubmitted: 2,
        readyNotConvened: 0,
        decidedNotSigned: 1,
        signedNotIssued: 0,
        failedJobs: 3,
      }).map((i) => [i.task, i.count]),
    ).toEqual([
      ['projects_to_validate', 2],
      ['deliberations_to_sign', 1],
      ['failed_jobs', 3],
    ]);
  });

  it("gives the jury member's next session, even with no candidate placed yet", () => {
    const sessions = [
      { date: '2026-11-01', startTime: '09:00', place: 'Tours', candidates: 4 },
      { date: '2027-02-01', startTime: '14:00', place: 'Lyon', candidates: 0 },
      { date: '2027-01-10', startTime: '09:00', place: null, candidates: 2 },
    ];
    expect(juryTodo(sessions, ['to_fill', 'filled', 'in_progress'], '2026-12-07')).toEqual([
      { task: 'next_session', count: 2, date: '2027-01-10', startTime: '09:00', place: null },
      { task: 'grids_to_fill', count: 2 },
    ]);
    expect(juryTodo(sessions.slice(1, 2), [], '2026-12-07')).toHaveLength(1);
  });

  it("gives the candidate's next step", () => {
    expect(candidateTodo([{ type: 'positioning' }])).toEqual([
      { task: 'next_step', count: 1, step: { type: 'positioning' } },
    ]);
  });
});
