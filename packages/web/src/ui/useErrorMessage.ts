import { useTranslation } from 'react-i18next';
import { ApiError, NETWORK_ERROR_STATUS } from '../app/apiClient.ts';
import { currentLocale } from '../i18n/i18n.ts';

/** The text to show for a failure: the server's message in the reader's language. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (error instanceof ApiError && error.localized) return error.localized[currentLocale()];
    if (error instanceof ApiError && error.status === NETWORK_ERROR_STATUS) {
      return t('errors.network');
    }
    return t('errors.unexpected');
  };
}
