// An erasure's answer read as lists — erased, kept without identity, kept by law with the
// reason — for the confirmation (a preview) and the result (done).
import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import type { Erasure } from './personalDataApi.ts';

const OUTCOMES = ['erased', 'pseudonymised', 'kept'] as const;

export function ErasureLines({ answer }: { answer: Erasure }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack gap="sm">
      {OUTCOMES.filter((o) => answer[o].length > 0).map((outcome) => (
        <div key={outcome} data-testid={`erasure-${outcome}`}>
          <Title order={3} size="h5">
            {t(`personalData.erasure.${outcome}`)}
          </Title>
          <List>
            {answer[outcome].map((line) => (
              <List.Item key={line.kind}>
                {t('personalData.erasure.count', { label: line.label[locale], count: line.count })}
                {line.reason ? <Text size="sm">{line.reason[locale]}</Text> : null}
              </List.Item>
            ))}
          </List>
        </div>
      ))}
    </Stack>
  );
}
