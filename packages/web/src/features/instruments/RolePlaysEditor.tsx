import { Button, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from './EditorContext.tsx';
import { RolePlayCardEditor } from './RolePlayCardEditor.tsx';
import { newRolePlay } from './rolePlayDraft.ts';

/** The role-play cards (mises en situation) the jury plays with the candidate (seed 002). */
export function RolePlaysEditor() {
  const { t } = useTranslation();
  const { draft, dispatch } = useEditor();
  const headingId = useId();
  const cards = draft.rolePlays ?? [];
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          {t('instruments.rolePlays.title')}
        </Title>
        {cards.length === 0 ? <Text c="dimmed">{t('instruments.rolePlays.none')}</Text> : null}
        {cards.map((card, index) => (
          <RolePlayCardEditor key={card.id} card={card} index={index} count={cards.length} />
        ))}
        <Button
          w="fit-content"
          variant="default"
          onClick={() =>
            dispatch({
              type: 'addRolePlay',
              rolePlay: newRolePlay(draft, t('instruments.rolePlays.newSource')),
            })
          }
        >
          {t('instruments.rolePlays.add')}
        </Button>
      </Stack>
    </section>
  );
}
