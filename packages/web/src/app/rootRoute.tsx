import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, Outlet } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useInsideShell } from '../ui/insideShell.ts';
import { MessagePage, NotFoundPage } from '../ui/MessagePage.tsx';
import { SkipLink } from '../ui/SkipLink.tsx';
import { useErrorMessage } from '../ui/useErrorMessage.ts';
import { useFocusMainOnNavigation } from '../ui/useFocusMainOnNavigation.ts';

export type RouterContext = { queryClient: QueryClient };

function RootLayout() {
  useFocusMainOnNavigation();
  return (
    <>
      <SkipLink />
      <Outlet />
    </>
  );
}

const FramedNotFound = lazy(() =>
  import('./FramedNotFound.tsx').then((m) => ({ default: m.FramedNotFound })),
);

/**
 * A path or an id that leads nowhere (issue 16, item 7): inside a signed-in page, in its
 * place; anywhere else, a page of its own with the app's header, menu and language switch.
 */
export function AppNotFound() {
  if (useInsideShell()) return <NotFoundPage />;
  return (
    <Suspense fallback={null}>
      <FramedNotFound />
    </Suspense>
  );
}

function RouteErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  return (
    <MessagePage title={t('errors.unexpected')} message={errorMessage(error)} testId="error" />
  );
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: AppNotFound,
  errorComponent: RouteErrorPage,
});
