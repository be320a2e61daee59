import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet } from '@tanstack/react-router';
import { meQuery } from '../features/auth/authApi.ts';
import { UserMenu } from '../features/auth/UserMenu.tsx';
import { useAdoptPersonLocale } from '../features/auth/useAdoptPersonLocale.ts';
import { useChangeLanguage } from '../features/auth/useChangeLanguage.ts';
import { SpaceNav } from '../features/home/SpaceNav.tsx';
import { SpaceSelector } from '../features/home/SpaceSelector.tsx';
import { useCurrentSpace } from '../features/home/useCurrentSpace.ts';
import { AppFrame } from '../ui/AppFrame.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';

/** The shell of every signed-in page: header, space selector, sidebar of the current space. */
export function AuthenticatedLayout() {
  const { data: me } = useQuery(meQuery);
  const changeLanguage = useChangeLanguage();
  useAdoptPersonLocale(me);
  const space = useCurrentSpace(me);

  // The session ended while the page was open (expired, or signed out in another tab).
  if (me === null) return <Navigate to="/login" />;
  if (!me) return null;
  return (
    <AppFrame
      headerActions={<LanguageSwitch onChange={changeLanguage} />}
      account={
        <>
          <SpaceSelector me={me} current={space} />
          <UserMenu me={me} />
        </>
      }
      navigation={space ? <SpaceNav space={space} /> : undefined}
    >
      <Outlet />
    </AppFrame>
  );
}
