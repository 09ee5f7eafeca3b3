import { useMutation, useQueryClient } from '@tanstack/react-query';
import { changeLocale } from '../../../i18n/change-locale';
import type { Locale } from '../../../i18n/locales';
import { queryKeys } from '../../../lib/query-keys';

/**
 * Switches the interface to another language at once and saves the choice for the person (profile
 * and Auth metadata); their profile is read again afterwards, whatever happened, so that the page
 * shows what was saved.
 */
export function useChangeLocale(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale) => changeLocale(locale, userId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.myProfile(userId) }),
  });
}
