// A questionnaire taken online by the candidate (issue 5, item 6): what the candidate sees
// (the items without their answer keys or scoring tables), their responses as a record's
// item results once scored, and the time left when the instrument is timed.
import type { RecordItemResult } from '../evaluation/recordSchema.ts';
import {
  type Instrument,
  type Item,
  type ItemResponse,
  type QuestionnaireResult,
  type Responses,
  scoreQuestionnaire,
} from '../instruments/index.ts';

/** What the candidate sees with any item: its pictures and, when not French, its language. */
interface Shown {
  images?: Array<{ file: string; alt?: string }>;
  language?: string;
}

/** An item as the candidate sees it: the question and its choices, never the key. */
export type CandidateItem = Shown &
  (
    | {
        id: string;
        type: 'single_choice' | 'multiple_choice' | 'ordering';
        stem: string;
        choices: Array<{ id: string; text: string }>;
      }
    | {
        id: string;
        type: 'matching';
        stem: string;
        sources: Array<{ id: string; text: string; matchMax?: number }>;
        targets: Array<{ id: string; text: string; matchMax?: number }>;
      }
    | { id: string; type: 'text_entry'; stem: string; expectedLength?: number }
    | { id: string; type: 'open'; stem: string }
  );

export interface CandidateQuestionnaire {
  id: string;
  version: string;
  title: string;
  description?: string;
  minutes?: number;
  sections: Array<{ id: string; title?: string; items: CandidateItem[] }>;
}

function candidateItem(item: Item): CandidateItem | undefined {
  switch (item.type) {
    case 'single_choice':
    case 'multiple_choice':
    case 'ordering':
      return { id: item.id, type: item.type, stem: item.stem, choices: item.choices };
    case 'matching':
      return {
        id: item.id,
        type: 'matching',
        stem: item.stem,
        sources: item.sources,
        targets: item.targets,
      };
    case 'text_entry':
      return {
        id: item.id,
        type: 'text_entry',
        stem: item.stem,
        ...(item.expectedLength !== undefined && { expectedLength: item.expectedLength }),
      };
    case 'open':
      return { id: item.id, type: 'open', stem: item.stem };
    case 'observation':
      return undefined;
  }
}

/** The questionnaire without answer keys, scoring tables, sources or notes. */
export function candidateQuestionnaire(instrument: Instrument): CandidateQuestionnaire {
  return {
    id: instrument.id,
    version: instrument.version,
    title: instrument.title,
    ...(instrument.description && { description: instrument.description }),
    ...(instrument.timing && { minutes: instrument.timing.minutes }),
    sections: instrument.sections.map((section) => ({
      id: section.id,
      ...(section.title && { title: section.title }),
      items: section.items.flatMap((item) => {
        const view = candidateItem(item);
        if (!view) return [];
        const shown: Shown = {
          ...(item.images && { images: item.images }),
          ...(item.language && { language: item.language }),
        };
        return [{ ...view, ...shown }];
      }),
    })),
  };
}

/** Whether a stored response has the shape of an item's response (never trusted blindly). */
export function isItemResponse(value: unknown): value is ItemResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.kind === 'choices')
    return Array.isArray(v.ids) && v.ids.every((id) => typeof id === 'string');
  if (v.kind === 'text') return typeof v.text === 'string' && v.text.length <= 20000;
  if (v.kind === 'pairs')
    return (
      Array.isArray(v.pairs) &&
      v.pairs.every(
        (p) =>
          typeof p === 'object' &&
          p !== null &&
          typeof (p as { source?: unknown }).source === 'string' &&
          typeof (p as { target?: unknown }).target === 'string',
      )
    );
  return false;
}

export interface OnlineResult {
  /** The automatically scored items, as results of the evaluation record. */
  items: RecordItemResult[];
  /** Items an evaluator must grade by hand (open answers). */
  pending: string[];
  score: QuestionnaireResult;
}

/** Scores the responses: closed items get their points now, open ones wait for the trainer. */
export function scoreOnline(instrument: Instrument, responses: Responses): OnlineResult {
  const score = scoreQuestionnaire(instrument, responses);
  const items = score.items.flatMap((s): RecordItemResult[] =>
    s.status === 'scored' ? [{ item: s.itemId, points: Math.max(0, s.points) }] : [],
  );
  return { items, pending: score.pending, score };
}

/** Seconds left before `dueAt` (ISO), never below zero; undefined when untimed. */
export function secondsLeft(dueAt: string | null | undefined, now: Date): number | undefined {
  if (!dueAt) return undefined;
  return Math.max(0, Math.floor((new Date(dueAt).getTime() - now.getTime()) / 1000));
}
