import { requireEnv } from './env.ts';

/** Paramètres › Crédits, where credits are bought (the SPA's `paths.credits`). */
export const CREDITS_PAGE = '/parametres/credits';

/**
 * A page of the app at its public address (WCAP_SITE_URL, Auth's Site URL): the links the
 * functions send people, by WhatsApp or through a payment's return. `path` starts with `/`.
 */
export function sitePage(path: string): string {
  return `${requireEnv('WCAP_SITE_URL').replace(/\/+$/, '')}${path}`;
}
