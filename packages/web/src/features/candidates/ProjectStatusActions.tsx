import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { moveProject, type ProjectDetail, projectsQuery } from './candidatesApi.ts';
import { type ProjectMove, projectMoves } from './projectForm.ts';

/**
 * Submit (pilot), validate or return with a comment (certifier), close (pilot): only the moves
 * the person may make are offered, and the server's refusal is shown as it says it.
 */
export function ProjectStatusActions({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const [comment, setComment] = useState('');
  const moves = projectMoves(project);
  const move = useMutation({
    mutationFn: ({ to }: ProjectMove) =>
      moveProject(project.id, {
        to,
        revision: project.revision,
        ...(comment.trim() && { comment: comment.trim() }),
      }),
    onSuccess: async () => {
      setComment('');
      await queryClient.invalidateQueries({ queryKey: projectsQuery.queryKey });
    },
  });
  if (moves.length === 0) return null;
  const commented = moves.some((m) => m.action === 'return' || m.action === 'validate');
  return (
    <Paper withBorder p="md" data-testid="project-actions">
      <Stack gap="sm">
        <Text fw={600}>{t('projects.actions.title')}</Text>
        {commented ? (
          <Textarea
            label={t('projects.actions.comment')}
            description={t('projects.actions.commentHelp')}
            autosize
            minRows={2}
            maxLength={5000}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
          />
        ) : null}
        <Group gap="sm">
          {moves.map((m) => (
            <Button
              key={m.action}
              variant={m.action === 'return' ? 'default' : 'filled'}
              loading={move.isPending && move.variables?.action === m.action}
              onClick={() => move.mutate(m)}
              data-testid={`project-${m.action}`}
            >
              {t(`projects.actions.${m.action}`)}
            </Button>
          ))}
        </Group>
        <LiveMessage
          message={move.error ? errorMessage(move.error) : null}
          testId="project-move-error"
        />
      </Stack>
    </Paper>
  );
}
