import type { RolePlay } from '@certeval/core/instruments/formSchema';
import type { AppreciationScale, Instrument } from '@certeval/core/instruments/schema';
import { List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCardName } from './useCardName.ts';

/** A scale as printed on the grid: one row per level, one column per descriptor set. */
export function ScaleTable({ scale }: { scale: AppreciationScale }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} data-testid={`preview-scale-${scale.id}`}>
      <Title order={3} size="h4">
        {scale.title ?? t('instruments.preview.scale')}
      </Title>
      <Table.ScrollContainer minWidth={480}>
        <Table withTableBorder withColumnBorders verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('instruments.preview.value')}</Table.Th>
              {scale.descriptorSets.map((set) => (
                <Table.Th key={set.id} scope="col">
                  {set.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {scale.levels.map((level) => (
              <Table.Tr key={level.value}>
                <Table.Th scope="row">
                  {level.label ?? t('instruments.preview.percentage', { value: level.value })}
                </Table.Th>
                {scale.descriptorSets.map((set) => (
                  <Table.Td key={set.id}>{level.descriptors?.[set.id] ?? ''}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** A role-play card as the jury reads it: roles, context, the lines to play, what succeeds. */
export function RolePlayCardView({ card }: { card: RolePlay }) {
  const { t } = useTranslation();
  const cardName = useCardName();
  return (
    <Paper withBorder p="md" className="instrument-card" data-testid={`preview-card-${card.id}`}>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {cardName(card)}
        </Title>
        <Title order={4} size="h6">
          {t('instruments.preview.roles')}
        </Title>
        <List size="sm">
          {card.roles.map((role) => (
            <List.Item key={`${role.who}:${role.role}`}>
              <strong>{role.who}</strong> : {role.role}
            </List.Item>
          ))}
        </List>
        <Title order={4} size="h6">
          {t('instruments.preview.context')}
        </Title>
        {card.context.map((line) => (
          <Text key={line} size="sm">
            {line}
          </Text>
        ))}
        <Title order={4} size="h6">
          {t('instruments.preview.prompts')}
        </Title>
        {card.promptsIntro ? <Text size="sm">{card.promptsIntro}</Text> : null}
        <List size="sm" spacing={2}>
          {card.prompts.map((prompt) => (
            <List.Item key={`${prompt.condition ?? ''}${prompt.text}`}>
              {prompt.condition ? <em>{prompt.condition} </em> : null}
              {prompt.kind === 'situation' ? <strong>{prompt.text}</strong> : prompt.text}
            </List.Item>
          ))}
        </List>
        <Title order={4} size="h6">
          {t('instruments.preview.successCriteria')}
        </Title>
        <List size="sm">
          {card.successCriteria.map((criterion) => (
            <List.Item key={criterion}>{criterion}</List.Item>
          ))}
        </List>
      </Stack>
    </Paper>
  );
}

/** The instructions to the evaluator (seed 002's before / during / after), when there are some. */
export function Guidance({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation();
  if (!instrument.guidance?.length && !instrument.timing) return null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('instruments.preview.guidance')}
      </Title>
      {instrument.timing ? <Text fw={600}>{instrument.timing.text}</Text> : null}
      {(instrument.guidance ?? []).map((section) => (
        <Stack key={`${section.phase}:${section.heading ?? ''}`} gap={4}>
          {section.heading ? (
            <Title order={3} size="h5">
              {section.heading}
            </Title>
          ) : null}
          {section.passages.map((passage) =>
            typeof passage === 'string' ? (
              <Text key={passage} size="sm">
                {passage}
              </Text>
            ) : (
              <List key={passage.list.join('|')} size="sm">
                {passage.list.map((entry) => (
                  <List.Item key={entry}>{entry}</List.Item>
                ))}
              </List>
            ),
          )}
        </Stack>
      ))}
    </Stack>
  );
}
