import type { ReactNode } from 'react';
import type { Me, Membership } from '../features/auth/me.ts';
import { UserMenu } from '../features/auth/UserMenu.tsx';
import { useChangeLanguage } from '../features/auth/useChangeLanguage.ts';
import { SpaceNav } from '../features/home/SpaceNav.tsx';
import { SpaceSelector } from '../features/home/SpaceSelector.tsx';
import { AppFrame } from '../ui/AppFrame.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';

type Props = { me: Me; space: Membership | undefined; children: ReactNode };

/** The header, space selector, menu and language of every page a signed-in person sees. */
export function SignedInFrame({ me, space, children }: Props) {
  const changeLanguage = useChangeLanguage();
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
      {children}
    </AppFrame>
  );
}
