import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useInsideShell } from './insideShell.ts';
import { MAIN_CONTENT_ID } from './SkipLink.tsx';

type Props = { title: string; message: string; testId: string };

/** A page that only says something: not found, or an unexpected failure. */
export function MessagePage({ title, message, testId }: Props) {
  const { t } = useTranslation();
  useDocumentTitle(`${title} · ${t('app.name')}`);
  const landmark = useInsideShell() ? {} : { component: 'main', id: MAIN_CONTENT_ID, tabIndex: -1 };
  return (
    <Container {...landmark} py="xl" data-testid={testId}>
      <Stack gap="md">
        <Title order={1}>{title}</Title>
        <Text>{message}</Text>
        <Anchor component={Link} to="/" w="fit-content">
          {t('errors.backHome')}
        </Anchor>
      </Stack>
    </Container>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <MessagePage
      title={t('errors.notFoundTitle')}
      message={t('errors.notFound')}
      testId="not-found"
    />
  );
}
