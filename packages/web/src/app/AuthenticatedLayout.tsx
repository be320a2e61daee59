import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { meQuery } from '../features/auth/authApi.ts';
import type { Me } from '../features/auth/me.ts';
import { SessionDialog } from '../features/auth/SessionDialog.tsx';
import { useAdoptPersonLocale } from '../features/auth/useAdoptPersonLocale.ts';
import { useCurrentSpace } from '../features/home/useCurrentSpace.ts';
import { SignedInFrame } from './SignedInFrame.tsx';
import { sessionEnded, useSessionState } from './session.ts';

/** The shell of every signed-in page: header, space selector, sidebar of the current space. */
export function AuthenticatedLayout() {
  const { data: me } = useQuery(meQuery);
  const session = useSessionState();
  // Issue 16, item 7: when the session ends, the page stays with the person it was open for,
  // under a dialog to sign in again; signing out on purpose leaves it.
  const lastMe = useRef<Me | null>(null);
  if (me) lastMe.current = me;
  const shown = me ?? (session === 'closed' ? null : lastMe.current);
  useAdoptPersonLocale(me);
  const space = useCurrentSpace(shown);
  // Asked again, the server says nobody is signed in any more (expired, signed out elsewhere).
  useEffect(() => {
    if (me === null && lastMe.current) sessionEnded();
  }, [me]);

  if (!shown) return me === null ? <Navigate to="/login" /> : null;
  return (
    <SignedInFrame me={shown} space={space}>
      <Outlet />
      <SessionDialog me={shown} />
    </SignedInFrame>
  );
}
