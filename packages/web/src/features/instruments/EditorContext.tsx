// What every part of the editor shares: the draft and its dispatch, the problems found in it,
// the referential version it is tagged against, and two helpers for keyboard and screen-reader
// users — a polite announcement, and focus put back on a control after the list re-renders.
import type { Instrument } from '@certeval/core/instruments/schema';
import type { ReferentialVersion } from '@certeval/core/referential/fileSchema';
import { VisuallyHidden } from '@mantine/core';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react';
import type { DraftAction } from './instrumentDraft.ts';
import type { LocatedProblem } from './problemPaths.ts';

export type EditorContextValue = {
  draft: Instrument;
  dispatch: (action: DraftAction) => void;
  problems: readonly LocatedProblem[];
  version: ReferentialVersion;
  announce: (message: string) => void;
  /** After the next render, focus the first enabled element among these `data-focus` keys. */
  focusLater: (keys: string[]) => void;
};

const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor outside EditorProvider');
  return value;
}

type Props = Omit<EditorContextValue, 'announce' | 'focusLater'> & { children: ReactNode };

function focusFirst(keys: string[]): void {
  for (const key of keys) {
    const element = document.querySelector<HTMLElement>(`[data-focus="${CSS.escape(key)}"]`);
    if (element && !element.hasAttribute('disabled')) {
      element.focus();
      return;
    }
  }
}

export function EditorProvider({ draft, dispatch, problems, version, children }: Props) {
  const [announcement, setAnnouncement] = useState('');
  // A state, not a ref: the request itself re-renders the provider, so the effect below runs
  // after the change that caused it (a moved row is re-inserted by React and loses the focus).
  const [focusRequest, setFocusRequest] = useState<string[] | null>(null);
  useLayoutEffect(() => {
    if (focusRequest) focusFirst(focusRequest);
  }, [focusRequest]);
  const focusLater = useCallback((keys: string[]) => setFocusRequest([...keys]), []);
  const value = useMemo(
    () => ({ draft, dispatch, problems, version, announce: setAnnouncement, focusLater }),
    [draft, dispatch, problems, version, focusLater],
  );
  return (
    <EditorContext.Provider value={value}>
      {children}
      <VisuallyHidden aria-live="polite" aria-atomic="true" data-testid="editor-announcement">
        {announcement}
      </VisuallyHidden>
    </EditorContext.Provider>
  );
}
