import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../auth/me.ts';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { todoQuery } from '../worklist/worklistApi.ts';
import { sectionSlug } from './sections.ts';
import { spaceParams } from './spaces.ts';
import { todoSection } from './todoLinks.ts';
import { useTodoText } from './useTodoText.ts';

/**
 * A home's to-do list (issue 16, item 2): what waits, counted, each line a link to the section
 * where it is done; read from the same lists as those sections.
 */
export function TodoList({ space }: { space: Membership }) {
  const { t } = useTranslation();
  const text = useTodoText();
  const todo = useQuery({ ...todoQuery(space), staleTime: 0 });
  const title =
    space.role === 'candidate' ? t('worklist.todo.steps.title') : t('worklist.todo.title');
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="todo-title" data-testid="todo">
      <Stack gap="sm">
        <Title order={2} size="h3" id="todo-title">
          {title}
        </Title>
        {todo.isPending ? <Loading /> : null}
        {todo.isError ? <LoadError error={todo.error} /> : null}
        {todo.data?.length === 0 ? (
          <Text data-testid="todo-nothing">{t('worklist.todo.nothing')}</Text>
        ) : null}
        {todo.data && todo.data.length > 0 ? (
          <List spacing="sm" data-testid="todo-list">
            {todo.data.map((item) => (
              <List.Item
                key={`${item.task}-${item.state ?? ''}-${item.step?.type ?? ''}`}
                data-testid={`todo-${item.task}`}
              >
                <Anchor
                  fw={600}
                  renderRoot={(props) => (
                    <Link
                      to="/espace/$organisationId/$role/$section"
                      params={{
                        ...spaceParams(space),
                        section: sectionSlug(todoSection(space.role, item)),
                      }}
                      {...props}
                    />
                  )}
                >
                  {text(item)}
                </Anchor>
              </List.Item>
            ))}
          </List>
        ) : null}
      </Stack>
    </Paper>
  );
}
