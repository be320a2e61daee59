import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { type Locale, rememberLocale } from '../../i18n/locale.ts';
import { meQuery, saveLocale } from './authApi.ts';

/**
 * Switches the interface language, remembers it on this device and, when someone is signed
 * in, on their account so it follows them to other devices.
 */
export function useChangeLanguage(): (locale: Locale) => Promise<void> {
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  return useCallback(
    async (locale: Locale) => {
      rememberLocale(locale);
      await i18n.changeLanguage(locale);
      const me = queryClient.getQueryData(meQuery.queryKey);
      if (!me || me.locale === locale) return;
      queryClient.setQueryData(meQuery.queryKey, (old) => (old ? { ...old, locale } : old));
      // If saving fails the choice still holds on this device; the account keeps the former
      // language, which is no reason to interrupt the person.
      await saveLocale(locale).catch(() => undefined);
    },
    [i18n, queryClient],
  );
}
