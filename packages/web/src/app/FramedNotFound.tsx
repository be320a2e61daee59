// Issue 16, item 7: a path that leads nowhere is a page of the app, with its header, menu and
// language switch: the signed-in shell (the menu of the space used last), or the public frame.
// Loaded only when needed, so that the sign-in page does not carry the shell.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../features/auth/authApi.ts';
import { useChangeLanguage } from '../features/auth/useChangeLanguage.ts';
import { preferredSpace } from '../features/home/spaces.ts';
import { InsideShell } from '../ui/insideShell.ts';
import { NotFoundPage } from '../ui/MessagePage.tsx';
import { PublicFrame } from '../ui/PublicFrame.tsx';
import { SignedInFrame } from './SignedInFrame.tsx';

export function FramedNotFound() {
  const { t } = useTranslation();
  const { data: me, isPending } = useQuery(meQuery);
  const changeLanguage = useChangeLanguage();
  if (isPending) return null;
  if (me)
    return (
      <SignedInFrame me={me} space={preferredSpace(me)}>
        <NotFoundPage />
      </SignedInFrame>
    );
  return (
    <PublicFrame
      title={t('errors.notFoundTitle')}
      onLanguageChange={changeLanguage}
      size={720}
      py="xl"
    >
      {/* The frame already holds the page's <main>. */}
      <InsideShell value={true}>
        <NotFoundPage />
      </InsideShell>
    </PublicFrame>
  );
}
