import { describe, expect, it } from 'vitest';
import type { ListedCandidate, ListedEvaluation } from './worklistApi.ts';
import { domainsOf, gridsOf, groupsOf, latestResults, questionnairesOf } from './worklistModel.ts';

const evaluation = (fields: Partial<ListedEvaluation>): ListedEvaluation => ({
  id: 'e',
  instrument: { key: 'k', version: '1', title: 'Grille', kind: 'observation_grid' },
  kind: 'continuous',
  status: 'submitted',
  evaluatorRole: 'tutor',
  evaluatorName: 'Sophie Lemaire',
  mine: true,
  online: false,
  date: '2026-11-02',
  dueAt: null,
  submittedAt: null,
  domains: [],
  ...fields,
});

const candidate = (fields: Partial<ListedCandidate>): ListedCandidate => ({
  id: 'c',
  projectId: 'p1',
  projectTitle: 'CQP AGC 2026',
  organisationId: 'o',
  organisationName: 'Biscuiterie des Trois Vallées',
  certification: 'cqp-agc',
  referentialVersion: '1',
  birthName: 'Moreau',
  usageName: null,
  firstNames: ['Lucas'],
  accessRoute: 'professionalisation_contract',
  status: 'enrolled',
  tutorId: null,
  tutorName: null,
  trainerId: null,
  trainerName: null,
  bookletEntries: 0,
  lastBookletEntry: null,
  vaeBooklet: null,
  evaluations: [],
  tasks: [],
  nextStep: { type: 'positioning' },
  jury: null,
  ...fields,
});

describe('the trainer’s groups', () => {
  it('gathers each project’s candidates by stage, in the pathway’s order', () => {
    const groups = groupsOf([
      candidate({ id: 'a', status: 'in_training' }),
      candidate({ id: 'b', status: 'enrolled' }),
      candidate({ id: 'c', status: 'in_training' }),
      candidate({ id: 'd', projectId: 'p2', projectTitle: 'Autre projet' }),
    ]);
    expect(groups.map((g) => [g.projectTitle, g.count])).toEqual([
      ['Autre projet', 1],
      ['CQP AGC 2026', 3],
    ]);
    expect(groups[1]?.stages.map((s) => [s.state, s.candidates.map((c) => c.id)])).toEqual([
      ['enrolled', ['b']],
      ['in_training', ['a', 'c']],
    ]);
  });
});

describe('the tutor’s grids', () => {
  it('puts positionings and final evaluations to open, drafts in progress, tutors’ grids filled', () => {
    const lucas = candidate({
      tasks: [{ type: 'position' }, { type: 'finish', evaluationId: 'd1', kind: 'continuous' }],
      evaluations: [
        evaluation({ id: 'old', date: '2026-10-01' }),
        evaluation({ id: 'new', date: '2026-11-01' }),
        evaluation({ id: 'trainer', evaluatorRole: 'trainer' }),
        evaluation({ id: 'd1', status: 'draft' }),
      ],
    });
    const { toOpen, inProgress, filled } = gridsOf([lucas]);
    expect(toOpen.map((g) => g.task.type)).toEqual(['position']);
    expect(inProgress.map((g) => g.task)).toEqual([
      { type: 'finish', evaluationId: 'd1', kind: 'continuous' },
    ]);
    expect(filled.map((g) => g.evaluation.id)).toEqual(['new', 'old']);
  });
});

describe('the questionnaires taken online', () => {
  it('are sorted by where they stand, a questionnaire filled by hand left out', () => {
    const lists = questionnairesOf([
      candidate({
        evaluations: [
          evaluation({ id: 'a', online: true, status: 'assigned' }),
          evaluation({ id: 'b', online: true, status: 'to_grade' }),
          evaluation({ id: 'c', online: true, status: 'submitted' }),
          evaluation({ id: 'd', online: false, status: 'submitted' }),
          evaluation({ id: 'e', online: true, status: 'in_progress' }),
        ],
      }),
    ]);
    const ids = (l: Array<{ evaluation: { id: string } }>) => l.map((x) => x.evaluation.id);
    expect([lists.toTake, lists.inProgress, lists.toMark, lists.done].map(ids)).toEqual([
      ['a'],
      ['e'],
      ['b'],
      ['c'],
    ]);
  });
});

describe('results per domain', () => {
  it('are the latest submitted of each evaluator, with domains in the referential’s order', () => {
    const r = (percentage: number) => [
      { domain: 'OT', percentage },
      { domain: 'R', percentage },
    ];
    const rows = latestResults(
      candidate({
        evaluations: [
          evaluation({ id: 't1', date: '2026-09-01', domains: r(40) }),
          evaluation({ id: 't2', date: '2026-11-01', domains: r(70) }),
          evaluation({ id: 't3', date: '2026-12-01', status: 'draft', domains: [] }),
          evaluation({
            id: 'q',
            evaluatorRole: 'trainer',
            domains: [{ domain: 'PO', percentage: 80 }],
          }),
          evaluation({ id: 'j', evaluatorRole: 'jury_member', domains: r(50) }),
        ],
      }),
    );
    expect(rows.map((row) => [row.role, row.evaluation.id])).toEqual([
      ['tutor', 't2'],
      ['trainer', 'q'],
    ]);
    expect(domainsOf(rows, ['R', 'PO', 'OT'])).toEqual(['R', 'PO', 'OT']);
    expect(domainsOf(rows, [])).toEqual(['OT', 'R', 'PO']);
  });
});
