import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import IconDeviceFloppy from '@tabler/icons-react/icons/IconDeviceFloppy';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/apiClient.ts';
import { ConflictAlert } from '../../ui/ConflictAlert.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';

type Props = {
  dirty: boolean;
  problemCount: number;
  saving: boolean;
  error: unknown;
  savedMessage: string | null;
  onSave: () => void;
  onDiscard: () => void;
  onReload: () => void;
};

const isConflict = (error: unknown) => error instanceof ApiError && error.status === 409;
const isPublished = (error: unknown) =>
  isConflict(error) && (error as ApiError).code === 'version_published';

/** "Enregistrer" with the state of the draft, and what came of the last attempt. */
export function InstrumentSaveBar(props: Props) {
  const { dirty, problemCount, saving, error, savedMessage, onSave, onDiscard, onReload } = props;
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const invalid = error instanceof ApiError && error.code === 'instrument_invalid';
  const failure =
    error && !isConflict(error)
      ? invalid
        ? t('instruments.save.invalid')
        : errorMessage(error)
      : null;
  return (
    <Paper
      withBorder
      p="sm"
      className="no-print instrument-save-bar"
      data-testid="instrument-save-bar"
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="sm">
          <Group gap="sm">
            <Text fw={600} data-testid="instrument-dirty">
              {dirty ? t('instruments.save.unsaved') : t('instruments.save.upToDate')}
            </Text>
            {problemCount > 0 ? (
              <Text c="red.9" size="sm">
                {t('instruments.save.problems', { count: problemCount })}
              </Text>
            ) : null}
          </Group>
          <Group gap="sm">
            {dirty ? (
              <Button
                variant="default"
                onClick={() => setConfirmDiscard(true)}
                data-testid="instrument-discard"
              >
                {t('instruments.save.discard')}
              </Button>
            ) : null}
            <Button
              leftSection={<IconDeviceFloppy size={16} aria-hidden />}
              onClick={onSave}
              loading={saving}
              disabled={!dirty}
              data-testid="instrument-save"
            >
              {t('instruments.save.button')}
            </Button>
          </Group>
        </Group>
        {confirmDiscard && dirty ? (
          <Group gap="sm" role="alert">
            <Text fw={600}>{t('instruments.save.discardConfirm')}</Text>
            <Button
              size="compact-sm"
              color="orange.9"
              onClick={() => {
                setConfirmDiscard(false);
                onDiscard();
              }}
            >
              {t('instruments.editor.confirm')}
            </Button>
            <Button size="compact-sm" variant="default" onClick={() => setConfirmDiscard(false)}>
              {t('instruments.editor.cancel')}
            </Button>
          </Group>
        ) : null}
        {isPublished(error) ? (
          <Alert
            color="orange"
            variant="outline"
            role="alert"
            data-testid="instrument-published-meanwhile"
          >
            <Stack gap="sm">
              <Text>{t('instruments.save.publishedMeanwhile')}</Text>
              <Button w="fit-content" variant="default" onClick={onReload}>
                {t('instruments.save.reload')}
              </Button>
            </Stack>
          </Alert>
        ) : isConflict(error) ? (
          <ConflictAlert
            texts={{
              title: t('instruments.save.conflictTitle'),
              message: t('instruments.save.conflict'),
              reload: t('instruments.save.reload'),
              confirmReload: t('instruments.save.confirmReload'),
              confirm: t('instruments.save.confirm'),
              keep: t('instruments.save.keep'),
            }}
            pendingCount={dirty ? 1 : 0}
            onReload={onReload}
            testIdPrefix="instrument"
          />
        ) : null}
        <div>
          <LiveMessage message={failure} testId="instrument-save-error" />
          <LiveMessage message={savedMessage} tone="success" testId="instrument-saved" />
        </div>
      </Stack>
    </Paper>
  );
}
