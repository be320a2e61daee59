import type { InstrumentKind } from '@certeval/core/instruments/schema';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import IconPrinter from '@tabler/icons-react/icons/IconPrinter';
import IconUpload from '@tabler/icons-react/icons/IconUpload';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import type { Membership } from '../auth/me.ts';
import { CloneDialog, type CloneTarget } from './CloneDialog.tsx';
import {
  canAdapt,
  canPublish,
  canStartNewVersion,
  type InstrumentOwnership,
} from './instrumentAccess.ts';
import {
  instrumentQuery,
  instrumentsQuery,
  newInstrumentVersion,
  publishInstrument,
  qtiUrl,
} from './instrumentsApi.ts';
import { PrintDialog } from './PrintDialog.tsx';
import { useOpenDraft } from './useOpenDraft.ts';

type Props = {
  space: Membership;
  instrumentKey: string;
  version: string;
  title: string;
  kind: InstrumentKind;
  ownership: InstrumentOwnership;
  /** The revision the draft was read at: publishing names it, like a save. */
  revision: number;
  dirty: boolean;
  problemCount: number;
};

function usePublish({ instrumentKey, version }: Pick<Props, 'instrumentKey' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (revision: number) => publishInstrument(instrumentKey, version, revision),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: instrumentsQuery.queryKey });
      await queryClient.invalidateQueries({
        queryKey: instrumentQuery(instrumentKey, version).queryKey,
      });
    },
  });
}

function useNewVersion(
  space: Membership,
  { instrumentKey, version }: Pick<Props, 'instrumentKey' | 'version'>,
) {
  const openDraft = useOpenDraft(space);
  return useMutation({
    mutationFn: () => newInstrumentVersion(instrumentKey, version),
    onSuccess: (draft) => openDraft(draft),
  });
}

/** Print, publish, start a new version, adapt for the company: what the person may do here. */
export function InstrumentActions(props: Props) {
  const { space, instrumentKey, version, title, kind, ownership, revision, dirty, problemCount } =
    props;
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [printing, setPrinting] = useState(false);
  const [confirmingPublish, setConfirmingPublish] = useState(false);
  const [cloning, setCloning] = useState<CloneTarget | null>(null);
  const publish = usePublish(props);
  const nextVersion = useNewVersion(space, props);
  const publishable = canPublish(space, ownership);
  const blockedReason = dirty
    ? t('instruments.page.saveFirst')
    : problemCount > 0
      ? t('instruments.page.fixFirst')
      : null;
  const failure = publish.error ?? nextVersion.error;
  return (
    <Stack gap="xs" className="no-print">
      <Group gap="sm">
        <Button
          leftSection={<IconPrinter size={16} aria-hidden />}
          variant="default"
          onClick={() => setPrinting(true)}
          data-testid="instrument-print"
        >
          {t('instruments.page.print')}
        </Button>
        {kind === 'questionnaire' ? (
          <>
            <Button
              component="a"
              variant="default"
              href={qtiUrl(instrumentKey, version)}
              data-testid="instrument-qti"
            >
              {t('instruments.page.exportQti')}
            </Button>
            <Button
              component="a"
              variant="default"
              href={qtiUrl(instrumentKey, version, '2.1')}
              data-testid="instrument-qti21"
            >
              {t('instruments.page.exportQti21')}
            </Button>
          </>
        ) : null}
        {publishable ? (
          <Button
            leftSection={<IconUpload size={16} aria-hidden />}
            color="green.9"
            disabled={blockedReason !== null}
            onClick={() => setConfirmingPublish(true)}
            data-testid="instrument-publish"
          >
            {t('instruments.page.publish')}
          </Button>
        ) : null}
        {canStartNewVersion(space, ownership) ? (
          <Button
            loading={nextVersion.isPending}
            onClick={() => nextVersion.mutate()}
            data-testid="instrument-new-version"
          >
            {t('instruments.page.newVersion')}
          </Button>
        ) : null}
        {canAdapt(space, ownership) ? (
          <Button
            variant="default"
            aria-label={t('instruments.adaptItem', { title, organisation: space.organisationName })}
            onClick={() => setCloning({ key: instrumentKey, version, title, mode: 'adapt' })}
            data-testid="instrument-adapt"
          >
            {t('instruments.adapt')}
          </Button>
        ) : null}
      </Group>
      {publishable && blockedReason ? (
        <Text size="sm" c="dimmed" data-testid="publish-blocked">
          {blockedReason}
        </Text>
      ) : null}
      <LiveMessage
        message={failure ? errorMessage(failure) : null}
        testId="instrument-action-error"
      />
      <LiveMessage
        message={publish.isSuccess ? t('instruments.page.publishedDone') : null}
        tone="success"
        testId="instrument-published"
      />
      <PrintDialog
        opened={printing}
        instrumentKey={instrumentKey}
        version={version}
        unsaved={dirty}
        onClose={() => setPrinting(false)}
      />
      <Modal
        opened={confirmingPublish}
        onClose={() => setConfirmingPublish(false)}
        title={t('instruments.page.publishTitle', { version })}
        data-testid="publish-dialog"
      >
        <Stack gap="md">
          <Text>{t('instruments.page.publishText')}</Text>
          <Group gap="sm">
            <Button
              color="green.9"
              loading={publish.isPending}
              onClick={() =>
                publish.mutate(revision, { onSettled: () => setConfirmingPublish(false) })
              }
              data-testid="publish-confirm"
            >
              {t('instruments.page.publishConfirm')}
            </Button>
            <Button variant="default" onClick={() => setConfirmingPublish(false)}>
              {t('instruments.page.cancel')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <CloneDialog space={space} target={cloning} onClose={() => setCloning(null)} />
    </Stack>
  );
}
