import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StateBadge } from '../../ui/StateBadge.tsx';
import { useFormatDay } from '../candidates/useFormatDay.ts';
import { BookletAnswer } from './BookletAnswer.tsx';
import { BookletSections } from './BookletSections.tsx';
import { DocumentsPanel } from './DocumentsPanel.tsx';
import { ReopenBookletAction } from './ReopenBooklet.tsx';
import type { VaeBooklet } from './vaeApi.ts';

/**
 * The booklet read: each question with the candidate's answer, the documents to download, and
 * re-opening it for those who may.
 */
export function BookletReader({ view }: { view: VaeBooklet }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  return (
    <Stack gap="lg" data-testid="vae-reader">
      <Stack gap={4}>
        <StateBadge kind="evaluation" state={view.status} data-testid="vae-status">
          {t(`vae.status.${view.status}`)}
        </StateBadge>
        <Text>
          {view.submittedAt
            ? t('vae.page.submittedOn', { date: formatDay(view.submittedAt.slice(0, 10)) })
            : t('vae.page.draft')}
        </Text>
        {view.canReopen ? <ReopenBookletAction view={view} /> : null}
      </Stack>
      <BookletSections
        booklet={view.booklet}
        question={(item) => (
          <Stack gap="xs">
            <Text fw={600} style={{ whiteSpace: 'pre-wrap' }}>
              {item.stem}
            </Text>
            <BookletAnswer itemId={item.id} response={view.responses[item.id]} />
          </Stack>
        )}
      />
      <DocumentsPanel view={view} editable={false} />
    </Stack>
  );
}
