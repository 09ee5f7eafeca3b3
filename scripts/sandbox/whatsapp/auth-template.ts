// Meta fixes the text of authentication templates (reference §A10): only the code varies, in the
// template's language. The sandbox's template has no security disclaimer and no expiry footer.
const AUTH_TEXT: Record<string, (code: string) => string> = {
  fr: (code) => `${code} est votre code de vérification.`,
  en: (code) => `${code} is your verification code.`,
};

/** Languages the authentication template exists in (Meta's `language.code`). */
export const AUTH_TEMPLATE_LANGUAGES = Object.keys(AUTH_TEXT);

/** The language of the Twilio content template made from it. */
export const AUTH_CONTENT_LANGUAGE = 'fr';

/** Meta caps authentication codes at 15 characters. */
export const MAX_CODE_LENGTH = 15;

export function authTemplateText(language: string, code: string): string {
  const text = AUTH_TEXT[language];
  if (!text) throw new Error(`no authentication template in ${language}`);
  return text(code);
}
