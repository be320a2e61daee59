// Finding the person a request is about (issue 19 item 5): by the address they gave, or by the
// name on a candidacy file among the certifier's candidates (the server's name search: accents
// aside, a letter wrong forgiven, its first page of matches). What is chosen is handed up as a
// reference; no id is shown.
import { checkEmailForm } from '@certeval/core/organisation/accountForms';
import {
  Button,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { useFormProblems } from '../../ui/useFormProblems.ts';
import { CandidateStateBadge } from '../candidates/CandidateBadges.tsx';
import { CandidateTotal } from '../candidates/CandidatePaging.tsx';
import { candidateName, nameFilter } from '../candidates/candidateList.ts';
import { candidatePageQuery } from '../candidates/candidatesApi.ts';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import type { PersonRef } from './personalDataApi.ts';

type Props = { onChoose: (ref: PersonRef) => void };

const FIELDS = ['email'] as const;

function ByEmail({ onChoose }: Props) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const form = useFormProblems({
    fields: FIELDS,
    label: () => t('personalData.find.email'),
    name: 'person',
    error: null,
  });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const address = email.trim();
        if (form.accept(checkEmailForm({ email: address }, 'body'))) onChoose({ email: address });
      }}
    >
      <ErrorSummary {...form.summary} testId="person-problems" />
      <Group align="flex-end">
        <TextInput
          {...form.field('email')}
          type="email"
          label={t('personalData.find.email')}
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          required
          miw={320}
          data-testid="person-email"
        />
        <Button type="submit" data-testid="person-find">
          {t('personalData.find.submit')}
        </Button>
      </Group>
    </form>
  );
}

function ByName({ onChoose }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [typed] = useDebouncedValue(text, 300);
  const name = nameFilter(typed);
  const query = useQuery({ ...candidatePageQuery(name, null), enabled: Boolean(name.name) });
  const found = name.name && query.data ? query.data.items : [];
  return (
    <Stack gap="sm">
      <TextInput
        label={t('personalData.find.name')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        maw={420}
        data-testid="person-name"
      />
      {name.name && query.isPending ? <Loading /> : null}
      {query.isError ? <LoadError error={query.error} /> : null}
      {name.name && query.data && found.length === 0 ? (
        <Text>{t('personalData.find.none')}</Text>
      ) : null}
      {found.length > 0 ? (
        <Table striped data-testid="person-candidates">
          <Table.Caption>
            {query.data ? <CandidateTotal total={query.data.total} testId="person-total" /> : null}
          </Table.Caption>
          <Table.Tbody>
            {found.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Th scope="row">{candidateName(c)}</Table.Th>
                <Table.Td>{c.organisationName}</Table.Td>
                <Table.Td>{c.projectTitle}</Table.Td>
                <Table.Td>
                  <CandidateStateBadge state={c.status} />
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="light"
                    onClick={() => onChoose({ candidateId: c.id })}
                    aria-label={`${t('personalData.find.choose')} ${candidateName(c)}`}
                    data-testid="person-choose"
                  >
                    {t('personalData.find.choose')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}

export function PersonSearch({ onChoose }: Props) {
  const { t } = useTranslation();
  const [by, setBy] = useState<'email' | 'name'>('email');
  return (
    <Stack gap="sm" data-testid="person-search">
      <Title order={2}>{t('personalData.find.title')}</Title>
      <SegmentedControl
        aria-label={t('personalData.find.by')}
        value={by}
        onChange={(value) => setBy(value === 'name' ? 'name' : 'email')}
        data={[
          { value: 'email', label: t('personalData.find.byEmail') },
          { value: 'name', label: t('personalData.find.byName') },
        ]}
        maw={420}
        data-testid="person-search-by"
      />
      {by === 'email' ? <ByEmail onChoose={onChoose} /> : <ByName onChoose={onChoose} />}
    </Stack>
  );
}
