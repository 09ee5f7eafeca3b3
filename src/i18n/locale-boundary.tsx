import { I18nProvider } from '@lingui/react';
import { Fragment, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { useSession } from '../lib/session';
import { supabase } from '../lib/supabase';
import { activateLocale, i18n } from './i18n';
import { isLocale } from './locales';

function subscribe(onChange: () => void): () => void {
  return i18n.on('change', onChange);
}

function activeLocale(): string {
  return i18n.locale;
}

/**
 * Once someone signs in, their profile's language wins over the device's guess. Read once per
 * person: later choices (user menu, profile) activate the language themselves.
 */
function useProfileLanguage(userId: string | undefined): void {
  useEffect(() => {
    if (!userId) return;
    let current = true;
    void supabase
      .from('profiles')
      .select('preferred_language')
      .eq('id', userId)
      .maybeSingle()
      .then(({ data }) => {
        const language = data?.preferred_language;
        if (current && isLocale(language) && language !== i18n.locale)
          void activateLocale(language);
      });
    return () => {
      current = false;
    };
  }, [userId]);
}

/**
 * Provides the catalogue and re-renders the whole interface in another language without a reload:
 * the tree below is keyed by the language, so labels computed outside React components (tables of
 * messages, formatters) are read again too. Pages keep their place: the router and the query cache
 * live outside the tree.
 */
export function LocaleBoundary({ children }: { children: ReactNode }) {
  const locale = useSyncExternalStore(subscribe, activeLocale);
  const session = useSession();
  useProfileLanguage(session.status === 'signed-in' ? session.session.user.id : undefined);

  return (
    <I18nProvider i18n={i18n}>
      <Fragment key={locale}>{children}</Fragment>
    </I18nProvider>
  );
}
