import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ItemResponse } from '../online/onlineApi.ts';
import { textOf } from '../online/responses.ts';

/** The candidate's written answer to one question of their booklet, as they submitted it. */
export function BookletAnswer({ itemId, response }: { itemId: string; response?: ItemResponse }) {
  const { t } = useTranslation();
  const text = textOf(response);
  return (
    <Paper bg="gray.0" p="sm" data-testid={`vae-read-${itemId}`}>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('vae.page.answerOf')}
        </Text>
        {text ? (
          <Text style={{ whiteSpace: 'pre-wrap' }}>{text}</Text>
        ) : (
          <Text c="dimmed">{t('vae.page.noAnswer')}</Text>
        )}
      </Stack>
    </Paper>
  );
}
