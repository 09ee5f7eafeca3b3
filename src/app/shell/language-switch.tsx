import { i18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { CheckIcon, LanguageIcon } from '../../components/ui/icons';
import { toast } from '../../components/ui/toast-store';
import { useChangeLocale } from '../../features/profile/hooks/use-change-locale';
import { isLocale, type Locale } from '../../i18n/locales';
import { languageOptions } from '../../lib/language-names';
import { forgetLanguageFocus, languageToFocus, rememberLanguageFocus } from './language-focus';

// Read when it fails, in whatever language is active by then.
const notSavedMessage = msg`La langue n’a pas pu être enregistrée dans votre profil. Réessayez.`;

/**
 * « Langue »: the interface's languages, each named in itself, as a group of radio buttons (arrow
 * keys move between them, Space or Enter chooses). Choosing one switches the interface at once and
 * saves the choice to the person's profile.
 */
export function LanguageSwitch({ userId }: { userId: string }) {
  const { i18n: active } = useLingui();
  const labelId = useId();
  const changeLocale = useChangeLocale(userId);
  const buttons = useRef(new Map<Locale, HTMLButtonElement>());
  const current: Locale = isLocale(active.locale) ? active.locale : 'fr';
  const options = languageOptions();

  // Drawn anew after a language was chosen here: the focus goes back to it.
  useEffect(() => {
    const chosen = languageToFocus();
    if (chosen) buttons.current.get(chosen)?.focus();
  }, []);

  const choose = (locale: Locale) => {
    if (locale === current) return;
    rememberLanguageFocus(locale);
    changeLocale
      .mutateAsync(locale)
      .catch(() => toast.error(i18n._(notSavedMessage)))
      .finally(forgetLanguageFocus);
  };

  const moveWithArrows = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step =
      event.key === 'ArrowDown' || event.key === 'ArrowRight'
        ? 1
        : event.key === 'ArrowUp' || event.key === 'ArrowLeft'
          ? -1
          : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = options[(index + step + options.length) % options.length];
    if (!next) return;
    buttons.current.get(next.locale)?.focus();
    choose(next.locale);
  };

  return (
    <div className="border-t border-slate-200 py-2">
      <p
        id={labelId}
        className="flex items-center gap-3 px-4 pt-1 pb-1 text-xs font-semibold text-slate-500"
      >
        <LanguageIcon className="size-4" />
        <Trans>Langue</Trans>
      </p>
      <div
        role="radiogroup"
        aria-labelledby={labelId}
        aria-busy={changeLocale.isPending || undefined}
      >
        {options.map(({ locale, label }, index) => {
          const checked = locale === current;
          return (
            <button
              key={locale}
              ref={(element) => {
                if (element) buttons.current.set(locale, element);
                else buttons.current.delete(locale);
              }}
              type="button"
              role="radio"
              aria-checked={checked}
              lang={locale}
              // One stop for Tab, on the current language; arrows move within the group.
              tabIndex={checked ? 0 : -1}
              onClick={() => choose(locale)}
              onKeyDown={(event) => moveWithArrows(event, index)}
              className={clsx(
                'flex min-h-10 w-full items-center gap-3 px-4 py-2 text-left text-sm hover:bg-slate-100',
                checked ? 'font-semibold text-brand-800' : 'text-slate-800',
              )}
            >
              <CheckIcon className={clsx('size-4', !checked && 'invisible')} />
              {label}
            </button>
          );
        })}
      </div>
    </div>
  );
}
