import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { LogOutIcon, PlusIcon, UserIcon } from '../../components/ui/icons';
import { toast } from '../../components/ui/toast-store';
import { useDisclosureDismiss } from '../../components/ui/use-disclosure-dismiss';
import { initials } from '../../domain/people/initials';
import { useSignOut } from '../../features/auth/hooks/use-sign-out';
import { useMyProfile } from '../../features/profile/hooks/use-my-profile';
import { roleTitle } from '../../lib/format';
import { paths } from '../../lib/paths';
import { useWorkspace } from '../../lib/workspace';
import { languageToFocus } from './language-focus';
import { LanguageSwitch } from './language-switch';

/**
 * A disclosure: a button that shows a short list of links and the language switch, closed by Escape
 * or a click outside.
 */
export function UserMenu() {
  const { t } = useLingui();
  const { userId, email, role, organization } = useWorkspace();
  const profile = useMyProfile(userId);
  const signOut = useSignOut();
  // Open again after the interface was drawn anew in the language chosen from it.
  const [open, setOpen] = useState(() => languageToFocus() !== null);
  const panelId = useId();
  const { containerRef, buttonRef, onKeyDown } = useDisclosureDismiss(open, () => setOpen(false));
  const displayName = profile.data?.full_name?.trim() || email;

  return (
    <div
      ref={containerRef}
      className="relative"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        // Tabbing out of the menu closes it.
        if (open && !event.currentTarget.contains(event.relatedTarget as Node | null))
          setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="inline-flex min-h-10 items-center gap-2 rounded-full p-0.5 text-sm font-medium text-slate-800 hover:bg-slate-100 lg:rounded-md lg:pr-3"
      >
        <span
          aria-hidden="true"
          className="inline-flex size-9 items-center justify-center rounded-full bg-brand-100 text-sm font-semibold text-brand-900"
        >
          {initials(displayName)}
        </span>
        <span className="hidden max-w-40 truncate lg:inline">{displayName}</span>
        <span className="sr-only">
          <Trans>Mon compte</Trans>
        </span>
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute right-0 z-40 mt-2 w-72 max-w-[calc(100vw-2rem)] rounded-lg border border-slate-200 bg-white py-2 shadow-lg"
      >
        <div className="border-b border-slate-200 px-4 pt-1 pb-3">
          <p className="truncate text-sm font-semibold text-slate-900">{displayName}</p>
          <p className="truncate text-sm text-slate-600">{email}</p>
          <p className="mt-1 truncate text-xs text-slate-500">
            {roleTitle(role)} · {organization.name}
          </p>
        </div>
        <ul className="py-2">
          <li>
            <Link
              to={paths.profile}
              onClick={() => setOpen(false)}
              className="flex min-h-10 items-center gap-3 px-4 py-2 text-sm text-slate-800 hover:bg-slate-100"
            >
              <UserIcon className="size-4" />
              <Trans>Mon profil</Trans>
            </Link>
          </li>
          <li>
            <Link
              to={paths.onboarding}
              onClick={() => setOpen(false)}
              className="flex min-h-10 items-center gap-3 px-4 py-2 text-sm text-slate-800 hover:bg-slate-100"
            >
              <PlusIcon className="size-4" />
              <Trans>Créer une organisation</Trans>
            </Link>
          </li>
        </ul>
        <LanguageSwitch userId={userId} />
        <ul className="border-t border-slate-200 pt-2">
          <li>
            <button
              type="button"
              disabled={signOut.isPending}
              onClick={() =>
                signOut.mutate(undefined, {
                  onError: () => toast.error(t`Déconnexion impossible pour le moment. Réessayez.`),
                })
              }
              className="flex min-h-10 w-full items-center gap-3 px-4 py-2 text-left text-sm text-slate-800 hover:bg-slate-100 disabled:opacity-70"
            >
              <LogOutIcon className="size-4" />
              {signOut.isPending ? t`Déconnexion…` : t`Se déconnecter`}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
