import { HOME_TASKS } from '@certeval/core/worklist/todo';
import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/me.ts';
import { sectionsByRole } from './sections.ts';
import { todoSection } from './todoLinks.ts';

// Which role's home lists which task (core: worklist/todo.ts).
const TASKS_OF: Record<Role, readonly string[]> = {
  certifier_admin: HOME_TASKS.slice(0, 5),
  company_pilot: HOME_TASKS.slice(5, 8),
  tutor: ['to_position', 'to_evaluate', 'to_finish'],
  trainer: ['to_evaluate', 'to_finish', 'to_mark'],
  jury_member: ['next_session', 'grids_to_fill'],
  candidate: ['next_step'],
};

const STEPS = [
  'take_questionnaire',
  'write_vae_booklet',
  'positioning',
  'training',
  'final_evaluations',
  'jury',
  'await_jury',
  'decided',
  'withdrawn',
] as const;

describe('the links of a home’s to-do list', () => {
  it('open a section of the role’s own navigation, for every task the role is given', () => {
    for (const [role, tasks] of Object.entries(TASKS_OF) as Array<[Role, string[]]>)
      for (const task of tasks) {
        const items =
          task === 'next_step'
            ? STEPS.map((type) => ({ task, step: { type } }))
            : [{ task, step: undefined }];
        for (const item of items)
          expect(sectionsByRole[role], `${role} ${task} ${item.step?.type ?? ''}`).toContain(
            todoSection(role, item as Parameters<typeof todoSection>[1]),
          );
      }
  });

  it('covers every task of core', () => {
    expect(new Set(Object.values(TASKS_OF).flat())).toEqual(new Set(HOME_TASKS));
  });

  it('sends a candidate with a questionnaire to take to their questionnaires', () => {
    expect(
      todoSection('candidate', {
        task: 'next_step',
        step: {
          type: 'take_questionnaire',
          evaluationId: 'e',
          title: 'Q',
          date: '2026-12-01',
          started: false,
          dueAt: null,
        },
      }),
    ).toBe('myQuestionnaires');
  });
});
