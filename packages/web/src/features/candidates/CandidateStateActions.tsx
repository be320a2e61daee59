import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/apiClient.ts';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import {
  CANDIDATES_KEY,
  type CandidateFile,
  type CandidateState,
  moveCandidate,
} from './candidatesApi.ts';

/**
 * The states the person may move the file to (the server's `next`); a refusal says what is
 * missing ("Il manque l'évaluation finale du formateur"), as the server wrote it.
 */
export function CandidateStateActions({ file }: { file: CandidateFile }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const move = useMutation({
    mutationFn: (to: CandidateState) => moveCandidate(file.id, { to, revision: file.revision }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CANDIDATES_KEY }),
  });
  if (file.next.length === 0) return null;
  const refused = move.error instanceof ApiError && move.error.code === 'transition_refused';
  return (
    <Paper withBorder p="md" data-testid="candidate-moves">
      <Stack gap="sm">
        <Text fw={600}>{t('candidates.moves.title')}</Text>
        <Group gap="sm">
          {file.next.map((to) => (
            <Button
              key={to}
              variant={to === 'withdrawn' ? 'default' : 'filled'}
              color={to === 'withdrawn' ? 'red.9' : undefined}
              loading={move.isPending && move.variables === to}
              onClick={() => move.mutate(to)}
              data-testid={`move-${to}`}
            >
              {t('candidates.moves.to', { state: t(`candidates.states.${to}`) })}
            </Button>
          ))}
        </Group>
        <div aria-live="assertive">
          {move.error ? (
            <Alert
              color={refused ? 'orange' : 'red'}
              variant="outline"
              title={refused ? t('candidates.moves.refused') : undefined}
              data-testid="move-error"
            >
              {errorMessage(move.error)}
            </Alert>
          ) : null}
        </div>
      </Stack>
    </Paper>
  );
}
