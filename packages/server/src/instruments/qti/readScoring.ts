// How an item is scored, read from its responseDeclaration and responseProcessing: the
// templates match_correct (all or nothing) and map_response (the mapping's points), matched on
// the template's name whatever its URL spelling (qti_v2p1, qti_v3p0, with or without .xml).
import type { Scoring } from '@certeval/core';
import {
  invalid,
  ok,
  qtiMessages,
  type Read,
  unsupported,
  unsupportedReasons,
} from './problems.ts';
import { mapResponseScoring } from './readMapping.ts';
import { at, correctResponse, type ScoringContext } from './scoringContext.ts';
import { childElements, type XmlElement } from './xmlTree.ts';

export type TemplateName = 'match_correct' | 'map_response';

export interface ScoringRead {
  template: TemplateName;
  scoring: Scoring;
  correct: string[];
  caseSensitive: boolean;
}

/** …/rptemplates/match_correct, match_correct.xml, MATCH_CORRECT → match_correct. */
export function templateName(url: string): string {
  const last = url.trim().split(/[/\\]/).pop() ?? '';
  return last.replace(/\.xml$/i, '').toLowerCase();
}

function matchCorrect(context: ScoringContext): Read<ScoringRead> {
  const correct = correctResponse(context, 'match_correct');
  if (correct.status !== 'ok') return correct;
  if (correct.value === undefined) {
    const message = qtiMessages.missingCorrect('match_correct');
    return invalid('missing_correct_response', message, at(context.file, context.declaration));
  }
  return ok({
    template: 'match_correct',
    scoring: { model: 'right_wrong' },
    correct: correct.value,
    caseSensitive: true,
  });
}

/**
 * The scoring of a closed item. No responseProcessing, custom rules or another template:
 * unsupported, named. A template without what it needs (correctResponse, mapping): invalid.
 */
export function readScoring(
  processing: XmlElement | undefined,
  context: ScoringContext,
): Read<ScoringRead> {
  const url = processing?.attributes.template;
  if (processing === undefined || (url === undefined && childElements(processing).length === 0))
    return unsupported(
      'responseProcessing',
      unsupportedReasons.noResponseProcessing(),
      processing?.line ?? context.declaration.line,
    );
  if (url === undefined)
    return unsupported(
      'responseProcessing',
      unsupportedReasons.customResponseProcessing(),
      processing.line,
    );
  const name = templateName(url);
  if (name === 'match_correct') return matchCorrect(context);
  if (name === 'map_response') return mapResponseScoring(context);
  return unsupported(
    `responseProcessing template ${name}`,
    unsupportedReasons.template(name),
    processing.line,
  );
}
