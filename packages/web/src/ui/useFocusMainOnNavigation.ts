import { useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { MAIN_CONTENT_ID } from './SkipLink.tsx';

/**
 * After moving to another page, focus goes to its main region, as a full page load would
 * start over: screen readers announce the new page and the next Tab starts from there,
 * not from a link that has disappeared.
 */
export function useFocusMainOnNavigation(): void {
  const pathname = useRouterState({ select: (state) => state.resolvedLocation?.pathname });
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    const isFirstPage = previous.current === undefined;
    previous.current = pathname;
    if (!isFirstPage) document.getElementById(MAIN_CONTENT_ID)?.focus({ preventScroll: true });
  }, [pathname]);
}
