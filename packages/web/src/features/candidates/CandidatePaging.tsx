// The total and the previous / next buttons of a list of candidates read page by page.
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { nextPage, type PageTrail, previousPage } from './candidateList.ts';
import type { CandidatePage } from './candidatesApi.ts';

/** "12 candidates", or "More than 1,000 candidates" when the server stopped counting. */
export function CandidateTotal({
  total,
  testId = 'candidate-list-total',
}: {
  total: CandidatePage['total'];
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const shown = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR').format(
    total.count,
  );
  return (
    <span data-testid={testId}>
      {total.atLeast
        ? t('candidates.list.captionMore', { shown })
        : t('candidates.list.caption', { count: total.count, shown })}
    </span>
  );
}

/** Previous and next page, each shown only when there is one. */
export function PageButtons(props: {
  trail: PageTrail;
  next: string | null;
  go: (t: PageTrail) => void;
}) {
  const { t } = useTranslation();
  const { trail, next, go } = props;
  if (trail.length === 1 && !next) return null;
  return (
    <Group justify="space-between">
      <Button
        variant="default"
        disabled={trail.length === 1}
        onClick={() => go(previousPage(trail))}
        data-testid="candidate-list-previous"
      >
        {t('candidates.list.previous')}
      </Button>
      <Text size="sm" c="dimmed">
        {t('candidates.list.page', { page: trail.length })}
      </Text>
      <Button
        variant="default"
        disabled={!next}
        onClick={() => go(nextPage(trail, next))}
        data-testid="candidate-list-next"
      >
        {t('candidates.list.next')}
      </Button>
    </Group>
  );
}
