import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberLocale } from '../../i18n/locale.ts';
import type { Me } from './me.ts';

/** Once per signed-in person, the interface takes the language saved on their account. */
export function useAdoptPersonLocale(me: Me | null | undefined): void {
  const { i18n } = useTranslation();
  const adoptedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!me || adoptedFor.current === me.id) return;
    adoptedFor.current = me.id;
    rememberLocale(me.locale);
    if (i18n.language !== me.locale) void i18n.changeLanguage(me.locale);
  }, [me, i18n]);
}
