import type { Instrument } from '@certeval/core/instruments/schema';
import { Alert, Stack, Tabs } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/apiClient.ts';
import type { Membership } from '../auth/me.ts';
import { EditorProvider } from './EditorContext.tsx';
import { InstrumentActions } from './InstrumentActions.tsx';
import { InstrumentEditor } from './InstrumentEditor.tsx';
import { InstrumentPreview } from './InstrumentPreview.tsx';
import { InstrumentSaveBar } from './InstrumentSaveBar.tsx';
import { canEdit, type InstrumentOwnership } from './instrumentAccess.ts';
import type { DraftAction } from './instrumentDraft.ts';
import type { InstrumentView } from './instrumentRouteIds.ts';
import {
  type InstrumentDetail,
  instrumentQuery,
  instrumentsQuery,
  saveInstrument,
} from './instrumentsApi.ts';
import { normalisePath } from './problemPaths.ts';
import { UnsavedChangesGuard } from './UnsavedChangesGuard.tsx';
import type { BoundVersion } from './useBoundVersion.ts';
import { useDraftProblems, useInstrumentDraft } from './useInstrumentDraft.ts';

type Props = {
  space: Membership;
  detail: InstrumentDetail;
  ownership: InstrumentOwnership;
  bound: BoundVersion;
  view: InstrumentView | undefined;
  onView: (view: InstrumentView) => void;
  onReload: () => Promise<InstrumentDetail | undefined>;
};

function useSave(
  key: string,
  version: string,
  onSaved: (instrument: Instrument, revision: number) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { instrument: Instrument; revision: number }) =>
      saveInstrument(key, version, body),
    onSuccess: async (result, { instrument }) => {
      onSaved(instrument, result.revision);
      // The page shows the saved state without waiting for a refetch.
      queryClient.setQueryData(instrumentQuery(key, version).queryKey, (current) =>
        current ? { ...current, instrument, revision: result.revision } : current,
      );
      await queryClient.invalidateQueries({ queryKey: instrumentsQuery.queryKey, exact: true });
    },
  });
}

/**
 * One version of an instrument open for work: its draft shared by the editor and the preview
 * (the preview shows what is being edited), the save bar, and the page's actions.
 */
export function InstrumentWorkspace(props: Props) {
  const { space, detail, ownership, bound, view, onView, onReload } = props;
  const { t } = useTranslation();
  const state = useInstrumentDraft({ instrument: detail.instrument, revision: detail.revision });
  const { draft, base, dirty, markSaved, reset, discard } = state;
  const { id: key, version } = detail.instrument;
  const save = useSave(key, version, markSaved);
  const localProblems = useDraftProblems(draft, bound.version, bound.target);
  const serverProblems = useMemo(
    () =>
      save.error instanceof ApiError
        ? save.error.problems.map((p) => ({ ...p, path: normalisePath(p.path) }))
        : [],
    [save.error],
  );
  const problems = serverProblems.length > 0 ? serverProblems : localProblems;
  const { reset: resetSave } = save;
  // An edit makes the last save's outcome (its message, its problems) stale.
  const dispatch = useCallback(
    (action: DraftAction) => {
      state.dispatch(action);
      resetSave();
    },
    [state.dispatch, resetSave],
  );
  const editable = canEdit(space, ownership);
  const reload = async () => {
    const fresh = await onReload();
    if (fresh) reset({ instrument: fresh.instrument, revision: fresh.revision });
    resetSave();
  };
  const saveBar = (
    <InstrumentSaveBar
      dirty={dirty}
      problemCount={problems.length}
      saving={save.isPending}
      error={save.error}
      savedMessage={
        save.isSuccess && !dirty ? t('instruments.save.saved', { revision: base.revision }) : null
      }
      onSave={() => save.mutate({ instrument: draft, revision: base.revision })}
      onDiscard={() => {
        discard();
        resetSave();
      }}
      onReload={() => void reload()}
    />
  );
  const shown = editable ? (view ?? 'edit') : 'preview';
  return (
    <EditorProvider draft={draft} dispatch={dispatch} problems={problems} version={bound.version}>
      <Stack gap="md">
        <InstrumentActions
          space={space}
          instrumentKey={key}
          version={version}
          title={detail.instrument.title}
          kind={detail.instrument.kind}
          ownership={ownership}
          revision={base.revision}
          dirty={dirty}
          problemCount={problems.length}
        />
        {editable ? null : (
          <Alert
            color="blue"
            variant="outline"
            className="no-print"
            data-testid="instrument-read-only"
          >
            {ownership.status === 'published'
              ? t('instruments.page.published')
              : t('instruments.page.readOnly')}
          </Alert>
        )}
        {editable ? (
          <Tabs
            value={shown}
            onChange={(value) => value && onView(value as InstrumentView)}
            keepMounted={false}
          >
            <Tabs.List aria-label={t('instruments.page.tabs')} className="no-print">
              <Tabs.Tab value="edit" data-testid="tab-edit">
                {t('instruments.page.edit')}
              </Tabs.Tab>
              <Tabs.Tab value="preview" data-testid="tab-preview">
                {t('instruments.page.preview')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="edit" pt="md">
              <InstrumentEditor saveBar={saveBar} />
            </Tabs.Panel>
            <Tabs.Panel value="preview" pt="md">
              <InstrumentPreview instrument={draft} unsaved={dirty} />
            </Tabs.Panel>
          </Tabs>
        ) : (
          <InstrumentPreview instrument={detail.instrument} unsaved={false} />
        )}
        <UnsavedChangesGuard dirty={editable && dirty} />
      </Stack>
    </EditorProvider>
  );
}
