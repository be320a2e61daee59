import type { CompetencePosition } from '@certeval/core/candidates/positioning';
import { describe, expect, it } from 'vitest';
import type { ApiProblem } from '../../app/apiClient.ts';
import {
  candidateFormProblems,
  candidateInput,
  candidateValues,
  emptyCandidate,
  placeProblems,
} from './candidateForm.ts';
import {
  candidateName,
  firstPage,
  nameFilter,
  nextPage,
  previousPage,
  spaceFilter,
} from './candidateList.ts';
import type { CandidateSummary } from './candidatesApi.ts';
import { groupByDomain, planBasis, planChanged, updateEntry } from './positioningModel.ts';
import { chartDomains, progressRows } from './progressChart.ts';
import {
  emptyProject,
  projectInput,
  projectMoves,
  projectProblems,
  withoutEmptyLines,
} from './projectForm.ts';

const summary = (fields: Partial<CandidateSummary>): CandidateSummary => ({
  id: 'c1',
  projectId: 'p1',
  projectTitle: 'CQP AGC 2026',
  certification: 'cqp-agc',
  organisationName: 'Biscuiterie des Trois Vallées',
  birthName: 'Moreau',
  usageName: null,
  firstNames: ['Lucas'],
  accessRoute: 'vae',
  tutorName: 'Sophie Lemaire',
  trainerName: 'Karim Benali',
  status: 'enrolled',
  ...fields,
});

describe('the candidates a space lists', () => {
  const space = (role: string) =>
    ({
      role,
      organisationId: 'company',
      organisationName: 'Biscuiterie des Trois Vallées',
    }) as never;
  const sophie = { id: 'u1', displayName: 'Sophie Lemaire' };

  it('asks the server for a tutor’s own tutees, the pilot’s company and everything for the certifier', () => {
    expect(spaceFilter(space('tutor'), sophie)).toEqual({ tutor: 'u1' });
    expect(spaceFilter(space('trainer'), sophie)).toEqual({ trainer: 'u1' });
    expect(spaceFilter(space('company_pilot'), sophie)).toEqual({ company: 'company' });
    expect(spaceFilter(space('certifier_admin'), sophie)).toEqual({});
  });

  it('sends the name typed, trimmed, and nothing for blanks', () => {
    expect(spaceFilter(space('tutor'), sophie, '  héloïse ')).toEqual({
      tutor: 'u1',
      name: 'héloïse',
    });
    expect(spaceFilter(space('certifier_admin'), sophie, '   ')).toEqual({});
    expect(nameFilter(' Noël ')).toEqual({ name: 'Noël' });
    expect(nameFilter('   ')).toEqual({});
  });

  it('walks the pages by their cursors, forward and back, never past either end', () => {
    const second = nextPage(firstPage, 'c2');
    expect(second).toEqual([null, 'c2']);
    expect(nextPage(second, null)).toBe(second);
    expect(previousPage(second)).toEqual([null]);
    expect(previousPage(firstPage)).toBe(firstPage);
  });

  it('names a candidate by first names and usage name', () => {
    const inès = summary({
      birthName: 'Vasseur',
      usageName: 'Dumont',
      firstNames: ['Inès', 'Marie'],
    });
    expect(candidateName(inès)).toBe('Inès Marie Dumont');
  });
});

describe('the enrolment form', () => {
  const filled = {
    ...emptyCandidate,
    birthName: ' Vasseur ',
    firstNames: 'Inès, Marie',
    birthDate: '1996-09-02',
    birthPlace: 'Bréhal-sur-Sienne (Manche)',
    accessRoute: 'continuing_education' as const,
    tutorId: 'u1',
    accommodations: 'Tiers temps\n\nPoste adapté ',
  };

  it('lists every problem at once before sending, each under its field', () => {
    const today = '2026-12-07';
    const fieldsOf = (values: typeof emptyCandidate) =>
      new Set(Object.keys(placeProblems(candidateFormProblems(values, today)).byField));
    const valid = { ...filled, tutorId: '' };
    expect(fieldsOf(emptyCandidate)).toEqual(
      new Set(['birthName', 'firstNames', 'birthDate', 'birthPlace', 'accessRoute']),
    );
    expect(fieldsOf({ ...valid, firstNames: ' , ' })).toEqual(new Set(['firstNames']));
    expect(fieldsOf(valid)).toEqual(new Set());
    expect(fieldsOf(filled)).toEqual(new Set(['tutorId']));
    const garbage = {
      ...valid,
      birthName: '123',
      birthPlace: 'X',
      phone: 'abc',
      birthDate: '2030-01-01',
    };
    expect(fieldsOf(garbage)).toEqual(new Set(['birthName', 'birthPlace', 'phone', 'birthDate']));
    const [first] = candidateFormProblems(emptyCandidate, today);
    expect(first?.message.fr).toBe('Ce champ est obligatoire.');
  });

  it('sends the candidate without the optional fields left empty, and reads it back', () => {
    const input = candidateInput(filled);
    expect(input).toEqual({
      birthName: 'Vasseur',
      firstNames: ['Inès', 'Marie'],
      birthDate: '1996-09-02',
      birthPlace: 'Bréhal-sur-Sienne (Manche)',
      accessRoute: 'continuing_education',
      tutorId: 'u1',
      trainerId: null,
      accommodations: ['Tiers temps', 'Poste adapté'],
    });
    expect(candidateInput(candidateValues(input))).toEqual(input);
  });

  it('places each server problem under its field, the others above the form', () => {
    const problem = (path: string, fr: string): ApiProblem => ({
      code: 'identity',
      path,
      message: { fr, en: fr },
    });
    const placed = placeProblems([
      problem('body/candidate/birthDate', 'La date de naissance doit être passée.'),
      problem('body/candidate/firstNames/1', 'Prénom vide'),
      problem('body/candidate', 'Il manque birthPlace'),
    ]);
    expect(Object.keys(placed.byField)).toEqual(['birthDate', 'firstNames']);
    expect(placed.general.map((m) => m.fr)).toEqual(['Il manque birthPlace']);
  });
});

describe('the project form', () => {
  it('needs a title, a certification and its version; drops wholly empty committee lines', () => {
    const paths = (values: typeof emptyProject) => projectProblems(values).map((p) => p.path);
    expect(paths(emptyProject)).toEqual([
      'body/certification',
      'body/referentialVersion',
      'body/title',
    ]);
    const values = withoutEmptyLines({
      ...emptyProject,
      title: ' CQP AGC ',
      certification: 'cqp-agc',
      referentialVersion: '1',
      steeringCommittee: [
        { name: 'Julien Roussel', role: 'Pilote' },
        { name: '', role: '' },
        { name: ' ', role: 'Tutrice' },
      ],
      instruments: ['cqp-agc-tutor-grid@1'],
    });
    expect(paths(values)).toEqual(['body/steeringCommittee/1/name']);
    expect(projectInput(values)).toMatchObject({
      title: 'CQP AGC',
      variantId: null,
      steeringCommittee: [
        { name: 'Julien Roussel', role: 'Pilote' },
        { name: '', role: 'Tutrice' },
      ],
      instruments: [{ key: 'cqp-agc-tutor-grid', version: '1' }],
    });
  });

  it('offers the pilot submit and close, the certifier validate and return', () => {
    const moves = (status: 'draft' | 'submitted' | 'validated', pilot: boolean) =>
      projectMoves({ status, canEdit: pilot, canValidate: !pilot }).map((m) => m.action);
    expect(moves('draft', true)).toEqual(['submit']);
    expect(moves('submitted', true)).toEqual([]);
    expect(moves('submitted', false)).toEqual(['validate', 'return']);
    expect(moves('validated', true)).toEqual(['close']);
    expect(moves('draft', false)).toEqual([]);
  });
});

describe('the positioning page', () => {
  const position = (competence: string, domain: string | undefined): CompetencePosition => ({
    competence,
    label: competence,
    kind: 'know_how' as CompetencePosition['kind'],
    domain,
    score: 30,
    target: 70,
    gap: 40,
    items: [],
  });

  it('groups competences by domain in the referential’s order', () => {
    const groups = groupByDomain(
      [
        position('OTSF2', 'OT'),
        position('RSF10', 'R'),
        position('RSF2', 'R'),
        position('X1', undefined),
      ],
      [
        { code: 'R', label: 'Relation client' },
        { code: 'OT', label: 'Outil' },
      ],
    );
    expect(groups.map((g) => [g.domain, g.label, g.competences.map((c) => c.competence)])).toEqual([
      ['R', 'Relation client', ['RSF2', 'RSF10']],
      ['OT', 'Outil', ['OTSF2']],
      [undefined, undefined, ['X1']],
    ]);
  });

  it('edits the suggested plan until saved, leaving out empty notes and hours', () => {
    const suggested = [
      { competence: 'RSF2', label: 'x', modality: 'tutoring', priority: 'high' },
    ] as const;
    const basis = planBasis({
      evaluationId: 'e1',
      positioning: { target: 70, competences: [], plan: [...suggested] },
      plan: null,
    });
    expect(basis).toMatchObject({ revision: 0, suggested: true });
    const edited = updateEntry(basis.entries, 0, { hours: 14, note: ' ' });
    expect(edited).toEqual([{ ...suggested[0], hours: 14 }]);
    expect(updateEntry(edited, 0, { hours: undefined })).toEqual([suggested[0]]);
    const saved = { entries: edited, revision: 3, suggested: false };
    expect(planChanged(saved, edited)).toBe(false);
    expect(planChanged(saved, [])).toBe(true);
  });
});

describe('the booklet’s progress chart', () => {
  const point = (evaluation: string, date: string, value: number) => ({
    evaluation,
    date,
    kind: 'continuous',
    evaluatorRole: 'tutor',
    value,
  });

  it('makes one row per evaluation in date order, with each domain it rated', () => {
    const series = {
      R: [point('e2', '2026-02-01', 50), point('e1', '2026-01-15', 30)],
      OT: [point('e1', '2026-01-15', 70)],
      PO: [],
    };
    expect(progressRows(series).map((r) => [r.evaluation, r.values])).toEqual([
      ['e1', { R: 30, OT: 70 }],
      ['e2', { R: 50 }],
    ]);
    expect(chartDomains(series, ['R', 'PO', 'OT'])).toEqual(['R', 'OT']);
    expect(chartDomains({ Z: [point('e1', '2026-01-15', 1)] }, ['R'])).toEqual(['Z']);
  });
});
