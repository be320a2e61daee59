import { ActionIcon, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import type { CandidateItem, ItemResponse } from './onlineApi.ts';
import { currentOrder, moved } from './responses.ts';

type Props = {
  item: Extract<CandidateItem, { choices: unknown }>;
  response: ItemResponse | undefined;
  onChange: (response: ItemResponse) => void;
};

type Focus = { id: string; direction: -1 | 1 };

/**
 * An ordering answered with buttons, not by dragging: each entry moves up or down one place,
 * the focus stays on the button pressed (or its twin at either end) and the new position is
 * read aloud.
 */
export function OrderingField({ item, response, onChange }: Props) {
  const { t } = useTranslation();
  const order = currentOrder(item, response);
  const textOf = (id: string) => item.choices.find((c) => c.id === id)?.text ?? id;
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focus, setFocus] = useState<Focus | null>(null);
  const [said, setSaid] = useState<string | null>(null);

  useEffect(() => {
    if (!focus) return;
    const index = order.indexOf(focus.id);
    const atEnd = focus.direction === -1 ? index === 0 : index === order.length - 1;
    const direction = atEnd ? -focus.direction : focus.direction;
    buttons.current.get(`${focus.id}:${direction}`)?.focus();
    setFocus(null);
  }, [focus, order]);

  const move = (index: number, direction: -1 | 1) => {
    const id = order[index];
    if (!id) return;
    const next = moved(order, index, direction);
    onChange({ kind: 'choices', ids: next });
    setFocus({ id, direction });
    setSaid(
      t('online.answer.moved', {
        text: textOf(id),
        position: next.indexOf(id) + 1,
        total: next.length,
      }),
    );
  };
  const ref = (key: string) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(key, element);
    else buttons.current.delete(key);
  };

  return (
    <Stack gap="xs" data-testid={`ordering-${item.id}`}>
      <Text size="sm">{t('online.answer.ordering')}</Text>
      <Stack component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
        {order.map((id, index) => (
          <Paper component="li" key={id} withBorder p="xs" data-testid={`order-${item.id}-${id}`}>
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Text>
                <Text span fw={700} mr="xs">
                  {t('online.answer.position', { position: index + 1 })}
                </Text>
                {textOf(id)}
              </Text>
              <Group gap="xs" wrap="nowrap">
                <ActionIcon
                  ref={ref(`${id}:-1`)}
                  variant="default"
                  size="lg"
                  disabled={index === 0}
                  aria-label={t('online.answer.up', { text: textOf(id) })}
                  title={t('online.answer.upShort')}
                  onClick={() => move(index, -1)}
                >
                  <span aria-hidden="true">↑</span>
                </ActionIcon>
                <ActionIcon
                  ref={ref(`${id}:1`)}
                  variant="default"
                  size="lg"
                  disabled={index === order.length - 1}
                  aria-label={t('online.answer.down', { text: textOf(id) })}
                  title={t('online.answer.downShort')}
                  onClick={() => move(index, 1)}
                >
                  <span aria-hidden="true">↓</span>
                </ActionIcon>
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
      <LiveMessage message={said} tone="success" />
    </Stack>
  );
}
