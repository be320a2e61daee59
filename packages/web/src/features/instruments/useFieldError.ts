import { currentLocale } from '../../i18n/i18n.ts';
import { useEditor } from './EditorContext.tsx';
import { problemsAt } from './problemPaths.ts';

/**
 * The message of the problems at a path, in the reader's language, for a field's `error`:
 * null when there is none. `exact` leaves out the problems of the parts inside it.
 */
export function useFieldError(): (path: string | undefined, exact?: boolean) => string | null {
  const { problems } = useEditor();
  const locale = currentLocale();
  return (path, exact = false) => {
    if (path === undefined) return null;
    const found = problemsAt(problems, path, { exact });
    return found.length === 0 ? null : found.map((p) => p.message[locale]).join(' ');
  };
}
