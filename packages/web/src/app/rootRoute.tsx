import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
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

function RouteErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  return (
    <MessagePage title={t('errors.unexpected')} message={errorMessage(error)} testId="error" />
  );
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});
