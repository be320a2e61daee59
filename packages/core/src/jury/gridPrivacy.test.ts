import { describe, expect, it } from 'vitest';
import {
  type FileDeliberation,
  fileDecision,
  juryEvaluationKind,
  presidingOver,
  synthesisSigned,
} from './gridPrivacy.ts';

const deliberating: FileDeliberation = {
  juryCandidateId: 'jc-june',
  signed: false,
  presidentId: 'p-fournier',
};
const signed: FileDeliberation = { ...deliberating, signed: true };
const grid = { evaluatorRole: 'jury_member', juryCandidateId: 'jc-june', status: 'draft' };
const synthesis = {
  evaluatorRole: 'jury_president',
  juryCandidateId: 'jc-june',
  status: 'submitted',
};

describe('the jury’s evaluations of a candidate (issue 14)', () => {
  it('tells a member’s grid from the synthesis and from the others’ evaluations', () => {
    expect(juryEvaluationKind(grid)).toBe('member_grid');
    expect(juryEvaluationKind(synthesis)).toBe('synthesis');
    expect(juryEvaluationKind({ evaluatorRole: 'tutor' })).toBeUndefined();
  });

  it('shows a member’s grid to the president while deliberating, not once signed', () => {
    expect(presidingOver(grid, [deliberating])).toEqual(['p-fournier']);
    expect(presidingOver(grid, [signed])).toEqual([]);
    // Another session's president does not read it.
    const other = { ...deliberating, juryCandidateId: 'jc-sept', presidentId: 'p-collin' };
    expect(presidingOver(grid, [signed, other])).toEqual([]);
    // A member's evaluation outside a deliberation (the VAE booklet appreciated): any in progress.
    expect(presidingOver({ ...grid, juryCandidateId: null }, [signed, other])).toEqual([
      'p-collin',
    ]);
  });

  it('shows the synthesis to the file’s readers once signed, and never a superseded one', () => {
    expect(synthesisSigned(synthesis, [deliberating])).toBe(false);
    expect(synthesisSigned(synthesis, [signed])).toBe(true);
    expect(synthesisSigned({ ...synthesis, status: 'superseded' }, [signed])).toBe(false);
    expect(synthesisSigned({ ...synthesis, juryCandidateId: null }, [])).toBe(true);
  });

  it('freezes the file while one of its decisions stands signed', () => {
    expect(fileDecision([])).toEqual({ signed: false });
    expect(fileDecision([deliberating])).toEqual({ signed: false });
    expect(fileDecision([deliberating, signed])).toEqual({ signed: true });
  });
});
