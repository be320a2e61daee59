// The words of a home's to-do items, in the reader's language, dates through Intl.
import { LATE_AFTER_DAYS } from '@certeval/core/worklist/evaluatorTasks';
import type { NextStep } from '@certeval/core/worklist/nextStep';
import type { TodoItem } from '@certeval/core/worklist/todo';
import { useTranslation } from 'react-i18next';
import { useFormatDay } from '../candidates/useFormatDay.ts';

export function useTodoText(): (item: TodoItem) => string {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const when = (date: string, time: string | null | undefined, place?: string | null) => {
    const day = time ? t('worklist.todo.when', { date: formatDay(date), time }) : formatDay(date);
    return place ? t('worklist.todo.at', { when: day, place }) : day;
  };
  const step = (s: NextStep | undefined): string => {
    if (s === undefined) return '';
    switch (s.type) {
      case 'take_questionnaire':
        return s.started
          ? t('worklist.todo.steps.take_questionnaire_started', { title: s.title })
          : t('worklist.todo.steps.take_questionnaire', {
              title: s.title,
              date: formatDay(s.date),
            });
      case 'write_vae_booklet':
        return t(
          `worklist.todo.steps.${s.started ? 'write_vae_booklet_started' : 'write_vae_booklet'}`,
        );
      case 'final_evaluations': {
        const [first, second] = s.missing.map((role) => t(`worklist.todo.steps.${role}`));
        const who = second ? t('worklist.todo.steps.and', { first, second }) : (first ?? '');
        return t('worklist.todo.steps.final_evaluations', { who });
      }
      case 'jury':
        return t('worklist.todo.steps.jury', { when: when(s.date, s.startTime, s.place) });
      default:
        return t(`worklist.todo.steps.${s.type}`);
    }
  };
  return (item) => {
    const count = item.count;
    switch (item.task) {
      case 'next_step':
        return step(item.step);
      case 'candidates_in_state':
        return t('worklist.todo.tasks.candidates_in_state', {
          count,
          state: t(`candidates.states.${item.state ?? 'enrolled'}`),
        });
      case 'evaluations_late':
        return t('worklist.todo.tasks.evaluations_late', { count, days: LATE_AFTER_DAYS });
      case 'next_steering_meeting':
        return t('worklist.todo.tasks.next_steering_meeting', { date: formatDay(item.date ?? '') });
      case 'next_session':
        return t('worklist.todo.tasks.next_session', {
          count,
          when: when(item.date ?? '', item.startTime, item.place),
        });
      default:
        return t(`worklist.todo.tasks.${item.task}`, { count });
    }
  };
}
