import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import type { WhatIf } from './juryApi.ts';
import { type VerdictLine, verdictLines } from './verdictLines.ts';

type Decided = Extract<WhatIf['decision'], { status: 'decided' }>;

function Line({ line, strong, testId }: { line: VerdictLine; strong?: boolean; testId: string }) {
  return (
    <List.Item
      icon={
        <Text span fw={700} c={line.passed ? 'green.9' : 'red.8'} aria-hidden>
          {line.passed ? '✓' : '✗'}
        </Text>
      }
    >
      <Text
        span
        fw={strong ? 700 : 600}
        size={strong ? 'lg' : 'md'}
        c={line.passed ? 'green.9' : 'red.8'}
        data-testid={testId}
      >
        {line.text[currentLocale()]}
      </Text>
    </List.Item>
  );
}

/** One line per domain (or bloc), then the final verdict: what the president reads first. */
export function VerdictList({ decision, testId }: { decision: Decided; testId: string }) {
  const lines = verdictLines(decision);
  return (
    <List spacing={2} listStyleType="none" data-testid={`${testId}-verdicts`}>
      {lines.lead.map((line) => (
        <Line key={line.key} line={line} testId={`${testId}-verdict-${line.key}`} />
      ))}
      <Line line={lines.final} strong testId={`${testId}-summary`} />
    </List>
  );
}

/** Every line of the decision, folded under its domain; the savoir-faire open on demand. */
export function Explanation({
  decision,
  open,
  testId,
}: {
  decision: Decided;
  open: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const lines = verdictLines(decision);
  return (
    <details open={open}>
      <summary>{t('jury.deliberation.explanation')}</summary>
      <Stack gap={4} data-testid={`${testId}-explanation`} pl="sm">
        {lines.units.map((unit) => (
          <details key={unit.key} open={open} data-testid={`${testId}-explanation-${unit.key}`}>
            <summary>
              <Text span fw={600} c={unit.passed ? 'green.9' : 'red.8'}>
                {unit.text[locale]}
              </Text>
            </summary>
            <List size="sm" pl="md">
              {unit.conditions.map((line) => (
                <List.Item key={line.en}>{line[locale]}</List.Item>
              ))}
            </List>
            {unit.knowHow.length > 0 ? (
              <details data-testid={`${testId}-explanation-${unit.key}-know-how`}>
                <summary>
                  <Text span size="sm">
                    {t('jury.deliberation.knowHowLines', { count: unit.knowHow.length })}
                  </Text>
                </summary>
                <List size="sm" pl="md">
                  {unit.knowHow.map((line) => (
                    <List.Item key={line.en}>{line[locale]}</List.Item>
                  ))}
                </List>
              </details>
            ) : null}
          </details>
        ))}
        {lines.finalConditions.length > 0 ? (
          <List size="sm">
            {lines.finalConditions.map((line) => (
              <List.Item key={line.en}>{line[locale]}</List.Item>
            ))}
          </List>
        ) : null}
      </Stack>
    </details>
  );
}
