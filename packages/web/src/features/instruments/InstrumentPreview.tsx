import type { Instrument, Item } from '@certeval/core/instruments/schema';
import {
  Alert,
  Badge,
  Fieldset,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { itemText } from './itemFields.ts';
import { PreviewAnswer } from './PreviewAnswer.tsx';
import { Guidance, RolePlayCardView, ScaleTable } from './PreviewParts.tsx';

type Props = { instrument: Instrument; unsaved: boolean };

function PaperHeader({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation();
  const fields = instrument.header ?? [
    t('instruments.print.date'),
    t('instruments.print.evaluator'),
    t('instruments.print.role'),
    t('instruments.print.candidate'),
    t('instruments.print.company'),
  ];
  return (
    <Fieldset legend={t('instruments.preview.header')} disabled>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {fields.map((label) => (
          <TextInput key={label} label={label} />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
}

function PreviewItem({
  item,
  instrument,
  domain,
}: {
  item: Item;
  instrument: Instrument;
  domain?: string;
}) {
  const { t } = useTranslation();
  const cards = instrument.rolePlays ?? [];
  const prompts = item.type === 'observation' ? item.prompts : [];
  const ownDomain = item.domain ?? domain;
  return (
    <Paper
      withBorder
      p="sm"
      component="li"
      className="instrument-preview-item"
      data-testid={`preview-item-${item.id}`}
    >
      {/* Read only: the fieldset disables every answer field of the item at once. */}
      <Fieldset variant="unstyled" disabled legend={<Text fw={600}>{itemText(item)}</Text>}>
        <Stack gap="xs">
          <Group gap={6}>
            <Badge variant="outline" color="gray.8" tt="none">
              {item.id}
            </Badge>
            {ownDomain ? (
              <Badge variant="outline" color="blue.9">
                {t('instruments.preview.domain', { domain: ownDomain })}
              </Badge>
            ) : null}
            {item.evaluates.length > 0 ? (
              <Text size="xs" c="dimmed">
                {t('instruments.preview.evaluates', { codes: item.evaluates.join(', ') })}
              </Text>
            ) : null}
          </Group>
          {prompts.length > 0 ? (
            <List size="sm" spacing={2}>
              {prompts.map((prompt) => {
                const card = cards.find((c) => c.id === prompt.rolePlay);
                return (
                  <List.Item key={`${prompt.kind}:${prompt.text}`}>
                    {prompt.text}
                    {card ? ` (${t('instruments.preview.rolePlay', { card: card.number })})` : ''}
                  </List.Item>
                );
              })}
            </List>
          ) : null}
          <PreviewAnswer item={item} instrument={instrument} />
        </Stack>
      </Fieldset>
    </Paper>
  );
}

/** The instrument as the evaluator sees it: header, instructions, scale, items, role plays. */
export function InstrumentPreview({ instrument, unsaved }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" data-testid="instrument-preview">
      <Alert color="blue" variant="outline" className="no-print">
        <Stack gap={4}>
          <Text>{t('instruments.preview.intro')}</Text>
          {unsaved ? (
            <Text fw={600} data-testid="preview-unsaved">
              {t('instruments.preview.unsaved')}
            </Text>
          ) : null}
        </Stack>
      </Alert>
      <Stack gap={4}>
        <Title order={2} data-testid="preview-title">
          {instrument.title}
        </Title>
        {instrument.description ? <Text>{instrument.description}</Text> : null}
        {instrument.audience ? <Text c="dimmed">{instrument.audience}</Text> : null}
      </Stack>
      <PaperHeader instrument={instrument} />
      <Guidance instrument={instrument} />
      {instrument.scales.map((scale) => (
        <ScaleTable key={scale.id} scale={scale} />
      ))}
      {instrument.sections.map((section, index) => (
        <Stack key={section.id} gap="sm" component="section">
          <Title order={2} size="h3">
            {section.title ?? t('instruments.editor.section', { number: index + 1 })}
            {section.domain ? ` (${section.domain})` : ''}
          </Title>
          {section.items.length === 0 ? (
            <Text c="dimmed">{t('instruments.preview.noItems')}</Text>
          ) : null}
          <Stack gap="sm" component="ol" className="instrument-preview-items">
            {section.items.map((item) => (
              <PreviewItem
                key={item.id}
                item={item}
                instrument={instrument}
                domain={section.domain}
              />
            ))}
          </Stack>
        </Stack>
      ))}
      {(instrument.rolePlays ?? []).length > 0 ? (
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('instruments.preview.rolePlays')}
          </Title>
          {(instrument.rolePlays ?? []).map((card) => (
            <RolePlayCardView key={card.id} card={card} />
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
