import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import IconDeviceFloppy from '@tabler/icons-react/icons/IconDeviceFloppy';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/apiClient.ts';
import { ConflictAlert } from '../../ui/ConflictAlert.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';

type Props = {
  pendingCount: number;
  hasProblems: boolean;
  saving: boolean;
  error: unknown;
  savedMessage: string | null;
  onSave: () => void;
  onReload: () => void;
};

function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}

/** "Enregistrer" with what it will send, and what came of the last attempt. */
export function SaveBar(props: Props) {
  const { pendingCount, hasProblems, saving, error, savedMessage, onSave, onReload } = props;
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const invalid = error instanceof ApiError && error.code === 'variant_invalid';
  const failure =
    error && !isConflict(error)
      ? invalid
        ? t('variant.save.invalid')
        : errorMessage(error)
      : null;
  return (
    <Paper withBorder p="md" className="no-print" data-testid="variant-save-bar">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Text fw={600} data-testid="pending-count">
            {t('variant.pending.count', { count: pendingCount })}
          </Text>
          <Button
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
            onClick={onSave}
            loading={saving}
            disabled={pendingCount === 0}
            data-testid="variant-save"
          >
            {t('variant.save.button')}
          </Button>
        </Group>
        {isConflict(error) ? (
          <ConflictAlert
            texts={{
              title: t('variant.save.conflictTitle'),
              message: t('variant.save.conflict'),
              reload: t('variant.save.reload'),
              confirmReload: t('variant.save.confirmReload', { count: pendingCount }),
              confirm: t('variant.save.confirm'),
              keep: t('variant.save.keep'),
            }}
            pendingCount={pendingCount}
            onReload={onReload}
            testIdPrefix="variant"
          />
        ) : null}
        <div>
          <LiveMessage message={failure} testId="variant-save-error" />
          <LiveMessage
            message={hasProblems && !failure ? t('variant.save.problems') : null}
            testId="variant-problems"
          />
          <LiveMessage message={savedMessage} tone="success" testId="variant-saved" />
        </div>
      </Stack>
    </Paper>
  );
}
