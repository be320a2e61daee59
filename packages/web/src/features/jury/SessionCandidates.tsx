import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useRouteContext } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/apiClient.ts';
import { currentLocale } from '../../i18n/i18n.ts';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { candidateName, nameFilter } from '../candidates/candidateList.ts';
import { PATHS } from '../candidates/candidateRouteIds.ts';
import { CANDIDATES_KEY, candidatePageQuery } from '../candidates/candidatesApi.ts';
import { spaceParams } from '../home/spaces.ts';
import { DeliberationBadge } from './JuryBadges.tsx';
import {
  addCandidate,
  convocationUrl,
  removeCandidate,
  type SessionDetail,
  sessionQuery,
} from './juryApi.ts';
import { placeable } from './juryModel.ts';
import { JURY_PATHS } from './juryRouteIds.ts';

function AddCandidate({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [typed] = useDebouncedValue(search, 300);
  // The server's first page of the files ready for this certification, by the name typed.
  const candidates = useQuery(
    candidatePageQuery(
      { state: 'ready_for_jury', certification: session.certification, ...nameFilter(typed) },
      null,
    ),
  );
  const ready = placeable(
    candidates.data?.items ?? [],
    session.certification,
    session.candidates.map((c) => c.candidateId),
  );
  const [chosen, setChosen] = useState('');
  // What was chosen, while the name typed still finds it; else the first one found.
  const candidateId = ready.some((c) => c.id === chosen) ? chosen : (ready[0]?.id ?? '');
  const add = useMutation({
    mutationFn: () => addCandidate(session.id, candidateId, session.revision),
    onSuccess: async () => {
      setChosen('');
      await queryClient.invalidateQueries({ queryKey: sessionQuery(session.id).queryKey });
      await queryClient.invalidateQueries({ queryKey: CANDIDATES_KEY });
    },
  });
  if (candidates.isSuccess && ready.length === 0 && !typed.trim() && !search.trim())
    return <Text>{t('jury.session.noReady')}</Text>;
  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <TextInput
          label={t('jury.session.findCandidate')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          data-testid="add-candidate-name"
        />
        <NativeSelect
          label={t('jury.session.addCandidate')}
          value={candidateId}
          onChange={(e) => setChosen(e.currentTarget.value)}
          data={ready.map((c) => ({
            value: c.id,
            label: `${candidateName(c)} — ${c.organisationName}`,
          }))}
          data-testid="add-candidate-select"
        />
        <Button
          onClick={() => add.mutate()}
          disabled={!candidateId}
          loading={add.isPending}
          data-testid="add-candidate"
        >
          {t('jury.session.add')}
        </Button>
      </Group>
      {candidates.isSuccess && ready.length === 0 ? (
        <Text data-testid="add-candidate-none">{t('jury.session.noneFound')}</Text>
      ) : null}
      {add.error ? (
        <Alert color="red" variant="outline" role="alert" data-testid="add-candidate-error">
          {errorMessage(add.error)}
          {add.error instanceof ApiError
            ? add.error.problems.map((p) => (
                <Text key={p.message.en} size="sm">
                  {p.message[currentLocale()]}
                </Text>
              ))
            : null}
        </Alert>
      ) : null}
    </Stack>
  );
}

/** The candidates of the session on its timetable, each with its convocation and deliberation. */
export function SessionCandidates({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const queryClient = useQueryClient();
  const { membership } = useRouteContext({ from: '/_authenticated/espace/$organisationId/$role' });
  const remove = useMutation({
    mutationFn: (seatId: string) => removeCandidate(session.id, seatId, session.revision),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQuery(session.id).queryKey }),
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="session-candidates">
      <Title order={2} id="session-candidates">
        {t('jury.session.candidates')}
      </Title>
      {session.candidates.length === 0 ? <Text>{t('jury.session.noCandidates')}</Text> : null}
      {session.candidates.length > 0 ? (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" striped data-testid="session-candidates">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('jury.session.slot')}</Table.Th>
                <Table.Th scope="col">{t('jury.session.candidate')}</Table.Th>
                <Table.Th scope="col">{t('jury.session.status')}</Table.Th>
                <Table.Th scope="col">{t('jury.session.decision')}</Table.Th>
                <Table.Th scope="col" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {session.candidates.map((seat) => (
                <Table.Tr key={seat.id} data-testid={`seat-${seat.candidateId}`}>
                  <Table.Td data-testid="seat-slot">
                    {seat.slot ? `${seat.slot.start}–${seat.slot.end}` : '—'}
                  </Table.Td>
                  <Table.Th scope="row">
                    <Text fw={600}>{seat.name}</Text>
                    <Text size="sm">{seat.company}</Text>
                  </Table.Th>
                  <Table.Td>
                    <DeliberationBadge status={seat.status} />
                  </Table.Td>
                  <Table.Td data-testid="seat-decision">
                    {seat.decision ? seat.decision[locale] : '—'}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="sm">
                      {/* The file, where a member reads a VAE booklet and appreciates it. */}
                      <Anchor
                        renderRoot={(props) => (
                          <Link
                            to={PATHS.candidate}
                            params={{ ...spaceParams(membership), candidateId: seat.candidateId }}
                            {...props}
                          />
                        )}
                        data-testid="seat-file"
                      >
                        {t('jury.session.file')}
                      </Anchor>
                      <Anchor
                        renderRoot={(props) => (
                          <Link
                            to={JURY_PATHS.deliberation}
                            params={{ ...spaceParams(membership), seatId: seat.id }}
                            {...props}
                          />
                        )}
                        data-testid="seat-deliberation"
                      >
                        {t('jury.session.deliberation')}
                      </Anchor>
                      {session.can.manage ? (
                        <Anchor
                          href={convocationUrl(session.id, seat.id)}
                          download
                          data-testid="seat-convocation"
                        >
                          {t('jury.session.convocation')}
                        </Anchor>
                      ) : null}
                      {session.can.manage && !seat.started ? (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => remove.mutate(seat.id)}
                          data-testid="seat-remove"
                        >
                          {t('jury.session.remove')}
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {session.can.manage ? <AddCandidate session={session} /> : null}
    </Stack>
  );
}
