import type { Instrument } from '@certeval/core/instruments/schema';
import { Group, Paper, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EvaluationDraft } from './evaluationDraft.ts';
import { gridProgress } from './gridProgress.ts';

/** "12 sur 25 renseignés", and the same count for each domain of the grid. */
export function GridProgressBar({
  instrument,
  draft,
}: {
  instrument: Instrument;
  draft: EvaluationDraft;
}) {
  const { t } = useTranslation();
  const { overall, domains } = gridProgress(instrument, draft);
  return (
    <Paper
      withBorder
      p="xs"
      component="section"
      aria-label={t('evaluations.item.progress.label')}
      data-testid="grid-progress"
    >
      <Group gap="md" wrap="wrap">
        <Text fw={700} data-testid="grid-progress-overall" aria-live="polite">
          {t('evaluations.item.progress.overall', overall)}
        </Text>
        <Progress
          value={overall.total === 0 ? 0 : (100 * overall.filled) / overall.total}
          w={160}
          aria-hidden
        />
        {domains.map((d) => (
          <Text size="sm" key={d.domain} data-testid={`grid-progress-${d.domain}`}>
            {t('evaluations.item.progress.domain', d)}
          </Text>
        ))}
      </Group>
    </Paper>
  );
}
