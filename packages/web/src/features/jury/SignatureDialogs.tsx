import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../ui/PasswordField.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { type JuryCandidate, reopen, sign } from './juryApi.ts';

function useRefresh(view: JuryCandidate) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: ['jury'] });
    await queryClient.invalidateQueries({ queryKey: ['candidates', view.candidate.id] });
  };
}

/** The president signs after typing their password again (issue 6, item 4). */
export function SignDialog({ view }: { view: JuryCandidate }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const refresh = useRefresh(view);
  const [opened, setOpened] = useState(false);
  const [password, setPassword] = useState('');
  const signing = useMutation({
    mutationFn: () => sign(view.id, password, view.revision),
    onSuccess: async () => {
      setOpened(false);
      setPassword('');
      await refresh();
    },
  });
  return (
    <>
      <Button color="green.9" onClick={() => setOpened(true)} data-testid="sign-open">
        {t('jury.deliberation.sign')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('jury.deliberation.signTitle')}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            signing.mutate();
          }}
        >
          <Stack gap="sm" data-testid="sign-dialog">
            <Text size="sm">{t('jury.deliberation.signIntro')}</Text>
            <PasswordField
              label={t('jury.deliberation.password')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoComplete="current-password"
              required
              error={signing.error ? errorMessage(signing.error) : undefined}
              data-testid="sign-password"
            />
            <Group>
              <Button
                type="submit"
                loading={signing.isPending}
                disabled={!password}
                data-testid="sign-confirm"
              >
                {t('jury.deliberation.confirmSign')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/** The certifier reopens a signed deliberation with a written reason. */
export function ReopenDialog({ view }: { view: JuryCandidate }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const refresh = useRefresh(view);
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const reopening = useMutation({
    mutationFn: () => reopen(view.id, reason, view.revision),
    onSuccess: async () => {
      setOpened(false);
      setReason('');
      await refresh();
    },
  });
  return (
    <>
      <Button
        variant="default"
        color="orange"
        onClick={() => setOpened(true)}
        data-testid="reopen-open"
      >
        {t('jury.deliberation.reopen')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('jury.deliberation.reopenTitle')}
      >
        <Stack gap="sm" data-testid="reopen-dialog">
          <Text size="sm">{t('jury.deliberation.reopenIntro')}</Text>
          <Textarea
            label={t('jury.deliberation.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={3}
            required
            data-testid="reopen-reason"
          />
          {reopening.error ? (
            <Alert color="red" variant="outline" role="alert">
              {errorMessage(reopening.error)}
            </Alert>
          ) : null}
          <Group>
            <Button
              color="orange"
              onClick={() => reopening.mutate()}
              disabled={!reason.trim()}
              loading={reopening.isPending}
              data-testid="reopen-confirm"
            >
              {t('jury.deliberation.confirmReopen')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
