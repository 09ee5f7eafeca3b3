import { supabase } from '../lib/supabase';
import { activateLocale } from './i18n';
import type { Locale } from './locales';

/**
 * The language chosen from the user menu or the profile: the interface switches at once, without a
 * reload, and the choice follows the person (profile for the app on any device, Auth's user
 * metadata for the e-mails Auth sends, such as password recovery).
 */
export async function changeLocale(locale: Locale, userId: string | undefined): Promise<void> {
  await activateLocale(locale);
  if (!userId) return;
  const [profile, metadata] = await Promise.all([
    supabase.from('profiles').update({ preferred_language: locale }).eq('id', userId),
    supabase.auth.updateUser({ data: { language: locale } }),
  ]);
  if (profile.error) throw profile.error;
  if (metadata.error) throw metadata.error;
}
