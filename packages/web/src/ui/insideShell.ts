import { createContext, useContext } from 'react';

/**
 * True below the signed-in shell, which already provides the page's <main>: a page shown
 * both inside and outside it (not found, errors) must not add a second one.
 */
export const InsideShell = createContext(false);

export function useInsideShell(): boolean {
  return useContext(InsideShell);
}
