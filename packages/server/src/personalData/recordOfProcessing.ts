// The record of processing as a document (GDPR article 30, issue 19 item 5): the part of
// docs/PERSONAL-DATA.md between its markers is written from the core's retention rules and the
// tables that hold each kind, with the product's default durations, so that the document and the
// rules the certifier reads in the product cannot drift (recordOfProcessing.test.ts compares
// them; `npm run docs:personal-data` rewrites it).
import {
  type ErasureOutcome,
  type RetentionRule,
  type RetentionSettings,
  retentionRulesWith,
} from '@certeval/core';
import { PERSONAL_TABLES } from './personalTables.ts';

export const GENERATED_START = '<!-- generated from the retention rules: start -->';
export const GENERATED_END = '<!-- generated from the retention rules: end -->';

const OUTCOMES: Record<ErasureOutcome, { fr: string; en: string }> = {
  erased: { fr: 'effacées', en: 'erased' },
  pseudonymised: { fr: 'gardées sans identité', en: 'kept without identity' },
  kept: { fr: 'gardées', en: 'kept' },
};

const cell = (text: string) => text.replaceAll('|', '\\|');

const tablesOf = (kind: string) =>
  Object.entries(PERSONAL_TABLES)
    .filter(([, kinds]) => (kinds as readonly string[]).includes(kind))
    .map(([table]) => `\`${table}\``)
    .join(', ');

function section(rule: RetentionRule): string {
  const rows: Array<[string, { fr: string; en: string }]> = [
    ['What is stored', rule.data],
    ['Why', rule.purpose],
    ['Legal basis', rule.legalBasis],
    ['Recipients', rule.recipients],
    ['How long', rule.retention],
    ['Erasure before any jury', OUTCOMES[rule.onErasure]],
    ['Erasure under a signed decision', OUTCOMES[rule.underSignedDecision]],
  ];
  if (rule.because) rows.push(['Why kept', rule.because]);
  return [
    `### ${rule.label.fr} / ${rule.label.en}`,
    '',
    `Kind \`${rule.kind}\`, stored in ${tablesOf(rule.kind)}.`,
    '',
    '| | Français | English |',
    '| --- | --- | --- |',
    ...rows.map(([name, text]) => `| ${name} | ${cell(text.fr)} | ${cell(text.en)} |`),
  ].join('\n');
}

/** The generated part of docs/PERSONAL-DATA.md, markers included. */
export function recordOfProcessing(settings: RetentionSettings): string {
  return [
    GENERATED_START,
    '',
    ...retentionRulesWith(settings).flatMap((rule) => [section(rule), '']),
    GENERATED_END,
  ].join('\n');
}

/** The document with its generated part replaced. */
export function withRecordOfProcessing(document: string, settings: RetentionSettings): string {
  const start = document.indexOf(GENERATED_START);
  const end = document.indexOf(GENERATED_END);
  if (start < 0 || end < start) throw new Error('docs/PERSONAL-DATA.md lost its markers');
  return (
    document.slice(0, start) +
    recordOfProcessing(settings) +
    document.slice(end + GENERATED_END.length)
  );
}
