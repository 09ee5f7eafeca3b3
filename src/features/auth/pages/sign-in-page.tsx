import { Trans, useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { lazy, Suspense, useId, useState, type KeyboardEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { SkeletonList } from '../../../components/ui/skeleton';
import { paths } from '../../../lib/paths';
import { AuthCard } from '../components/auth-card';
import { SignInForm } from '../components/sign-in-form';

// The WhatsApp method brings the phone metadata (libphonenumber-js): fetched when it is chosen,
// or pointed at, so the e-mail sign-in does not carry it.
const loadWhatsAppSignIn = () => import('../components/whatsapp-sign-in');
const WhatsAppSignIn = lazy(loadWhatsAppSignIn);
// A head start only: when it fails, the method's own load says so once chosen.
const preloadWhatsAppSignIn = () => void loadWhatsAppSignIn().catch(() => undefined);

type Method = 'email' | 'whatsapp';
const methods: readonly Method[] = ['email', 'whatsapp'];

export function SignInPage() {
  const { t } = useLingui();
  const [searchParams] = useSearchParams();
  // The WhatsApp assistant's link: /connexion?whatsapp=<E.164>.
  const linkedPhone = searchParams.get('whatsapp');
  const [method, setMethod] = useState<Method>(linkedPhone !== null ? 'whatsapp' : 'email');
  const tabsId = useId();
  const tabId = (candidate: Method) => `${tabsId}-${candidate}`;
  const labels: Record<Method, string> = { email: t`E-mail`, whatsapp: t`WhatsApp` };

  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = methods.indexOf(method);
    const target =
      event.key === 'ArrowRight'
        ? methods[(index + 1) % methods.length]
        : event.key === 'ArrowLeft'
          ? methods[(index - 1 + methods.length) % methods.length]
          : event.key === 'Home'
            ? methods[0]
            : event.key === 'End'
              ? methods[methods.length - 1]
              : undefined;
    if (!target) return;
    event.preventDefault();
    setMethod(target);
    document.getElementById(tabId(target))?.focus();
  };

  return (
    <AuthCard
      title={t`Connexion`}
      description={t`Accédez à l’espace de votre organisation.`}
      footer={
        <>
          <Trans>Pas encore de compte ?</Trans>{' '}
          <Link to={paths.signUp} className="font-semibold text-brand-700 underline">
            <Trans>Créer un compte</Trans>
          </Link>
        </>
      }
    >
      <div
        role="tablist"
        aria-label={t`Se connecter avec`}
        className="mb-6 grid grid-cols-2 gap-1 rounded-lg bg-slate-100 p-1"
      >
        {methods.map((candidate) => (
          <button
            key={candidate}
            id={tabId(candidate)}
            type="button"
            role="tab"
            aria-selected={method === candidate}
            aria-controls={`${tabsId}-panel`}
            tabIndex={method === candidate ? 0 : -1}
            onClick={() => setMethod(candidate)}
            onKeyDown={onTabKeyDown}
            onPointerEnter={candidate === 'whatsapp' ? preloadWhatsAppSignIn : undefined}
            onFocus={candidate === 'whatsapp' ? preloadWhatsAppSignIn : undefined}
            className={clsx(
              'min-h-10 rounded-md px-3 text-sm font-semibold',
              method === candidate
                ? 'bg-white text-brand-900 shadow-xs'
                : 'text-slate-700 hover:bg-slate-200',
            )}
          >
            {labels[candidate]}
          </button>
        ))}
      </div>
      <div id={`${tabsId}-panel`} role="tabpanel" aria-labelledby={tabId(method)}>
        {method === 'email' ? (
          <SignInForm />
        ) : (
          <Suspense fallback={<SkeletonList rows={2} label={t`Chargement…`} />}>
            <WhatsAppSignIn linkedPhone={linkedPhone} />
          </Suspense>
        )}
      </div>
    </AuthCard>
  );
}
