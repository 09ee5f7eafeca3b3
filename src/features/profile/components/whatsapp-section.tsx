import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { InlineError } from '../../../components/ui/inline-error';
import { SkeletonList } from '../../../components/ui/skeleton';
import { toast } from '../../../components/ui/toast-store';
import { formatPhone } from '../../../domain/contacts/phone-display';
import { toUserMessage, UserFacingError } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { requestPhoneLink, verifyWhatsAppCode } from '../../auth/whatsapp-api';
import { WhatsAppCodeForm } from '../../auth/components/whatsapp-code-form';
import { WhatsAppPhoneForm } from '../../auth/components/whatsapp-phone-form';
import {
  toLinkPhoneErrorMessage,
  toUnlinkPhoneErrorMessage,
} from '../../auth/whatsapp-error-messages';
import type { WhatsAppPhoneInput } from '../../auth/whatsapp-phone';
import { useLoginPhone, useRefreshLoginPhone, useUnlinkLoginPhone } from '../hooks/use-login-phone';

type Mode =
  | { kind: 'view' }
  | { kind: 'phone'; values: WhatsAppPhoneInput }
  | { kind: 'code'; phone: string; values: WhatsAppPhoneInput };

/**
 * Profil › WhatsApp: the number the person can log in with by a code received on WhatsApp, when
 * a code confirmed it; linking or changing it (a code sent to the new number), removing it.
 * `defaultCountry`: numbers typed without a prefix are read as from there (the organisation's).
 */
export function WhatsAppSection({
  userId,
  defaultCountry,
  timeZone,
}: {
  userId: string;
  defaultCountry: string;
  timeZone: string;
}) {
  const { t } = useLingui();
  const loginPhone = useLoginPhone(userId);
  const refresh = useRefreshLoginPhone(userId);
  const unlink = useUnlinkLoginPhone(userId);
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [confirmingRemoval, setConfirmingRemoval] = useState(false);
  // Back on the summary (cancelled, linked, removed): the focus goes to its main button rather
  // than to the page's start, as the control that had it is gone.
  const action = useRef<HTMLButtonElement>(null);
  const focusAction = useRef(false);
  useEffect(() => {
    if (focusAction.current && action.current) {
      action.current.focus();
      focusAction.current = false;
    }
  });
  const backToSummary = () => {
    focusAction.current = true;
    setMode({ kind: 'view' });
  };

  if (loginPhone.isPending) {
    return <SkeletonList rows={1} label={t`Chargement du numéro WhatsApp…`} />;
  }
  if (loginPhone.isError) {
    return (
      <div className="flex flex-col items-start gap-3">
        <InlineError
          message={toUserMessage(loginPhone.error, t`Le numéro WhatsApp n’a pas pu être chargé.`)}
        />
        <Button variant="secondary" onClick={() => void loginPhone.refetch()}>
          <Trans>Réessayer</Trans>
        </Button>
      </div>
    );
  }

  const { phone, confirmedAt, identity } = loginPhone.data;
  const cancel = (
    <Button variant="ghost" onClick={backToSummary}>
      <Trans>Annuler</Trans>
    </Button>
  );

  if (mode.kind === 'phone') {
    return (
      <WhatsAppPhoneForm
        defaultValues={mode.values}
        send={async (candidate) => {
          // Auth would accept it and send nothing: no code would ever come.
          if (candidate === phone)
            throw new UserFacingError(t`Ce numéro est déjà lié à votre compte.`);
          await requestPhoneLink(candidate);
        }}
        toErrorMessage={toLinkPhoneErrorMessage}
        onSent={({ phone: linked, country, number }) =>
          setMode({ kind: 'code', phone: linked, values: { country, number } })
        }
        submitLabel={t`Recevoir le code`}
        intro={
          <p className="text-sm text-slate-700">
            <Trans>
              Un code à 6 chiffres est envoyé sur WhatsApp au numéro à lier, pour vérifier qu’il est
              bien le vôtre.
            </Trans>
          </p>
        }
        secondaryAction={cancel}
        autoFocus
      />
    );
  }

  if (mode.kind === 'code') {
    return (
      <WhatsAppCodeForm
        phone={mode.phone}
        verify={(code) => verifyWhatsAppCode({ phone: mode.phone, code, type: 'phone_change' })}
        resend={() => requestPhoneLink(mode.phone)}
        toResendErrorMessage={toLinkPhoneErrorMessage}
        onVerified={() => {
          void refresh();
          toast.success(t`Numéro WhatsApp lié : vous pouvez vous connecter avec.`);
          backToSummary();
        }}
        onChangeNumber={() => setMode({ kind: 'phone', values: mode.values })}
        secondaryAction={cancel}
      />
    );
  }

  const formattedPhone = phone ? formatPhone(phone) : '';
  const startLink = () =>
    setMode({ kind: 'phone', values: { country: defaultCountry, number: '' } });

  return (
    <div className="flex flex-col gap-4">
      {phone ? (
        <dl className="grid gap-3 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-slate-600">
              <Trans>Numéro lié</Trans>
            </dt>
            <dd className="font-semibold text-slate-900">{formattedPhone}</dd>
          </div>
          {confirmedAt && (
            <div>
              <dt className="text-slate-600">
                <Trans>Confirmé par code le</Trans>
              </dt>
              <dd className="text-slate-900">{formatDateTime(confirmedAt, timeZone)}</dd>
            </div>
          )}
        </dl>
      ) : (
        <p className="text-sm text-slate-700">
          <Trans>
            Aucun numéro lié. Liez votre numéro WhatsApp pour vous connecter avec un code reçu sur
            WhatsApp, sans mot de passe.
          </Trans>
        </p>
      )}
      <div className="flex flex-col gap-2 sm:flex-row">
        {/* One button whose words change: it keeps the focus when the number comes or goes. */}
        <Button ref={action} variant={phone ? 'secondary' : 'primary'} onClick={startLink}>
          {phone ? t`Changer de numéro` : t`Lier un numéro`}
        </Button>
        {phone && identity && (
          <Button variant="secondary" onClick={() => setConfirmingRemoval(true)}>
            <Trans>Retirer ce numéro</Trans>
          </Button>
        )}
      </div>
      {identity && (
        <ConfirmDialog
          open={confirmingRemoval}
          onCancel={() => setConfirmingRemoval(false)}
          onConfirm={async () => {
            await unlink.mutateAsync(identity);
            focusAction.current = true;
            setConfirmingRemoval(false);
            toast.success(t`Numéro WhatsApp retiré.`);
          }}
          failureMessage={toUnlinkPhoneErrorMessage}
          title={t`Retirer ce numéro ?`}
          description={t`Vous ne pourrez plus vous connecter avec un code envoyé sur WhatsApp au ${formattedPhone}. Vous pourrez le lier de nouveau plus tard.`}
          confirmLabel={t`Retirer le numéro`}
          pendingLabel={t`Retrait…`}
        />
      )}
    </div>
  );
}
