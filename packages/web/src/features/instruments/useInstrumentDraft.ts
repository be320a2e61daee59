// The editor's state: the draft, the saved document and revision it started from (a save
// sends that revision, so a save made meanwhile by someone else is refused, never
// overwritten), whether anything is pending, and the problems core finds in the draft.
import type { Instrument } from '@certeval/core/instruments/schema';
import { type BindingTarget, validateInstrument } from '@certeval/core/instruments/validate';
import type { ReferentialVersion } from '@certeval/core/referential/fileSchema';
import { useCallback, useDeferredValue, useMemo, useReducer, useState } from 'react';
import { type DraftAction, draftReducer, sameDocument } from './instrumentDraft.ts';
import type { LocatedProblem } from './problemPaths.ts';

type Base = { instrument: Instrument; revision: number };

export function useInstrumentDraft(initial: Base) {
  const [base, setBase] = useState<Base>(initial);
  const [draft, dispatch] = useReducer(draftReducer, initial.instrument);
  const dirty = useMemo(() => !sameDocument(base.instrument, draft), [base, draft]);
  /** After a save: what was sent is now the saved state. */
  const markSaved = useCallback((instrument: Instrument, revision: number) => {
    setBase({ instrument, revision });
  }, []);
  /** After a reload: the server's document replaces the draft. */
  const reset = useCallback((next: Base) => {
    setBase(next);
    dispatch({ type: 'reset', instrument: next.instrument });
  }, []);
  const discard = useCallback(
    () => dispatch({ type: 'reset', instrument: base.instrument }),
    [base],
  );
  return {
    base,
    draft,
    dispatch: dispatch as (action: DraftAction) => void,
    dirty,
    markSaved,
    reset,
    discard,
  };
}

/**
 * What core's validateInstrument (the server's own check) finds in the draft. Deferred: typing
 * stays fluid on a long instrument while the check catches up.
 */
export function useDraftProblems(
  draft: Instrument,
  version: ReferentialVersion,
  target: BindingTarget,
): LocatedProblem[] {
  const deferred = useDeferredValue(draft);
  return useMemo(() => {
    const result = validateInstrument(deferred, version, target);
    return result.ok ? [] : result.problems;
  }, [deferred, version, target]);
}
