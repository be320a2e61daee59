// How an item is scored, read from its responseDeclaration and responseProcessing: the
// templates match_correct (all or nothing) and map_response (the mapping's points), and their
// Common Cartridge variants, matched on the template's name whatever its URL spelling
// (qti_v2p1, qti_v3p0, with or without .xml); custom rules reduced by readRules.ts; no
// processing at all: a survey question, unscored (issue 18, item 4).
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
import { readRules } from './readRules.ts';
import { at, correctResponse, type ScoringContext } from './scoringContext.ts';
import { childElements, type XmlElement } from './xmlTree.ts';

const MATCH_CORRECT = new Set(['match_correct', 'cc2_match', 'cc2_match_basic']);
const MAP_RESPONSE = new Set(['map_response', 'cc2_map_response']);

/** The template read; custom: rules reduced to a scoring; unscored: no score is set. */
export type TemplateName = 'match_correct' | 'map_response' | 'custom' | 'unscored';

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

/** A survey question: answered, never scored; its correct response, if any, kept. */
function unscored(context: ScoringContext): Read<ScoringRead> {
  const given = correctResponse(context, 'unscored');
  if (given.status !== 'ok') return given;
  return ok({
    template: 'unscored',
    scoring: { model: 'unscored' },
    correct: given.value ?? [],
    caseSensitive: true,
  });
}

/**
 * The scoring of a closed item. No responseProcessing: unscored. Custom rules: reduced, or
 * unsupported, named. Another template: unsupported. A template without what it needs
 * (correctResponse, mapping): invalid.
 */
export function readScoring(
  processing: XmlElement | undefined,
  context: ScoringContext,
  root: XmlElement,
): Read<ScoringRead> {
  const url = processing?.attributes.template;
  if (processing === undefined || (url === undefined && childElements(processing).length === 0))
    return unscored(context);
  if (url === undefined) {
    const rules = readRules(processing, root, context);
    if (rules.status === 'ok' && rules.value.template === 'unscored') return unscored(context);
    return rules as Read<ScoringRead>;
  }
  const name = templateName(url);
  if (MATCH_CORRECT.has(name)) return matchCorrect(context);
  if (MAP_RESPONSE.has(name)) return mapResponseScoring(context);
  const reason =
    name === 'map_response_point'
      ? unsupportedReasons.pointTemplate()
      : unsupportedReasons.template(name);
  return unsupported(`responseProcessing template ${name}`, reason, processing.line);
}
