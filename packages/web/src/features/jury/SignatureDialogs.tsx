import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import IconSignature from '@tabler/icons-react/icons/IconSignature';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../ui/PasswordField.tsx';
import { ReasonAction } from '../../ui/ReasonDialog.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { type JuryCandidate, reopen, sign } from './juryApi.ts';

function useRefresh(view: JuryCandidate) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: ['jury'] });
    await queryClient.invalidateQueries({ queryKey: ['candidates', view.candidate.id] });
    await queryClient.invalidateQueries({ queryKey: ['certificates'] });
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
      <Button
        leftSection={<IconSignature size={16} aria-hidden />}
        color="green.9"
        onClick={() => setOpened(true)}
        data-testid="sign-open"
      >
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

/** The documents issued from the decision, which the reopening suspends (issue 14). */
function DocumentsToSuspend({ view }: { view: JuryCandidate }) {
  const { t } = useTranslation();
  if (view.documents.length === 0) return null;
  return (
    <Alert color="orange" variant="light" data-testid="reopen-documents">
      <Text size="sm">
        {t('jury.deliberation.suspendedDocuments', { count: view.documents.length })}
      </Text>
      <List size="sm" mt={4}>
        {view.documents.map((document) => (
          <List.Item key={document.id} data-testid="reopen-document">
            {t('jury.deliberation.suspendedDocument', {
              kind: t(`jury.deliberation.documentKinds.${document.kind}`),
              number: document.number,
            })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** The certifier reopens a signed deliberation with a written reason. */
export function ReopenDialog({ view }: { view: JuryCandidate }) {
  const { t } = useTranslation();
  const refresh = useRefresh(view);
  return (
    <ReasonAction
      button={t('jury.deliberation.reopen')}
      title={t('jury.deliberation.reopenTitle')}
      intro={t('jury.deliberation.reopenIntro')}
      details={<DocumentsToSuspend view={view} />}
      label={t('jury.deliberation.reason')}
      confirm={t('jury.deliberation.confirmReopen')}
      cancel={t('jury.session.cancel')}
      color="orange"
      maxLength={5000}
      testId="reopen"
      send={(reason) => reopen(view.id, reason, view.revision)}
      onDone={refresh}
    />
  );
}
