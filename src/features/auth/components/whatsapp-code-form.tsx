import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type ReactNode } from 'react';
import { Button } from '../../../components/ui/button';
import { CodeEntry, type CodeEntryHandle } from '../../../components/ui/code-entry';
import { emptyCode, isComplete } from '../../../components/ui/code-entry-input';
import { InlineError } from '../../../components/ui/inline-error';
import { useCountdown } from '../../../components/ui/use-countdown';
import { formatPhone } from '../../../domain/contacts/phone-display';
import { retryAfterSeconds, toVerifyCodeErrorMessage } from '../whatsapp-error-messages';

// WCAP's codes have 6 digits; the hook sends at most one a minute to a number.
const codeLength = 6;
const resendDelaySeconds = 60;

type WhatsAppCodeFormProps = {
  /** The number the code went to, E.164. */
  phone: string;
  /** Checks the code and installs the session it gives. */
  verify: (code: string) => Promise<unknown>;
  /** Has a new code sent to the same number. */
  resend: () => Promise<unknown>;
  toResendErrorMessage: (error: unknown) => string;
  onVerified?: () => void;
  /** Back to the number (« Changer de numéro »). */
  onChangeNumber: () => void;
  /** Beside « Changer de numéro » (« Annuler »). */
  secondaryAction?: ReactNode;
};

/**
 * Second step of a WhatsApp code: the six digits (sent as soon as the last one is typed), a new
 * code once the minute the server asks for has passed, or another number.
 */
export function WhatsAppCodeForm({
  phone,
  verify,
  resend,
  toResendErrorMessage,
  onVerified,
  onChangeNumber,
  secondaryAction,
}: WhatsAppCodeFormProps) {
  const { t } = useLingui();
  const [digits, setDigits] = useState(() => emptyCode(codeLength));
  const [incomplete, setIncomplete] = useState(false);
  const [resent, setResent] = useState(false);
  const entry = useRef<CodeEntryHandle>(null);
  const countdown = useCountdown(resendDelaySeconds);

  const startOver = () => {
    setDigits(emptyCode(codeLength));
    entry.current?.focus(0);
  };

  const verifyCode = useMutation({
    mutationFn: verify,
    onSuccess: onVerified,
    // A wrong code counts as one of the few tries: the boxes are emptied for the next one.
    onError: startOver,
  });
  const resendCode = useMutation({
    mutationFn: resend,
    onMutate: () => setResent(false),
    onSuccess: () => {
      setResent(true);
      verifyCode.reset();
      countdown.restart(resendDelaySeconds);
      startOver();
    },
    onError: (error) => {
      const seconds = retryAfterSeconds(error);
      if (seconds !== null) countdown.restart(seconds);
    },
  });

  const submit = (code: string) => {
    if (verifyCode.isPending || verifyCode.isSuccess) return;
    setResent(false);
    verifyCode.mutate(code);
  };

  const codeError = incomplete
    ? t`Saisissez les ${codeLength} chiffres du code.`
    : verifyCode.isError
      ? toVerifyCodeErrorMessage(verifyCode.error)
      : null;
  // Until the app has moved on, once the session is installed.
  const verifying = verifyCode.isPending || verifyCode.isSuccess;
  const formattedPhone = formatPhone(phone);
  const secondsLeft = countdown.remaining;

  return (
    <form
      noValidate
      className="@container flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (!isComplete(digits)) {
          setIncomplete(true);
          entry.current?.focus();
          return;
        }
        submit(digits.join(''));
      }}
    >
      <p className="text-sm text-slate-700">
        <Trans>
          Saisissez le code à 6 chiffres envoyé sur WhatsApp au{' '}
          <span className="font-semibold whitespace-nowrap text-slate-900">{formattedPhone}</span>.
        </Trans>
      </p>
      <CodeEntry
        ref={entry}
        label={t`Code reçu sur WhatsApp`}
        value={digits}
        onChange={(next) => {
          setIncomplete(false);
          setDigits(next);
        }}
        onComplete={submit}
        error={codeError}
        hint={t`Le code est valable 10 minutes.`}
        readOnly={verifying}
        autoFocus
      />
      <Button type="submit" loading={verifying} loadingText={t`Vérification…`}>
        <Trans>Valider le code</Trans>
      </Button>

      <div className="flex flex-col gap-2 border-t border-slate-200 pt-4">
        <InlineError message={resendCode.isError ? toResendErrorMessage(resendCode.error) : null} />
        {/* Always rendered, so screen readers announce the message when it appears. */}
        <div role="status">
          {resent && (
            <p className="text-sm text-emerald-800">
              <Trans>Un nouveau code a été envoyé sur WhatsApp.</Trans>
            </p>
          )}
        </div>
        {secondsLeft > 0 ? (
          <p className="text-sm text-slate-600">
            <Trans>Vous pourrez demander un nouveau code dans {secondsLeft} s.</Trans>
          </p>
        ) : (
          <Button
            variant="secondary"
            onClick={() => resendCode.mutate()}
            loading={resendCode.isPending}
            loadingText={t`Envoi du code…`}
            disabled={verifying}
          >
            <Trans>Renvoyer le code</Trans>
          </Button>
        )}
        <div className="flex flex-col gap-2 @lg:flex-row">
          <Button variant="ghost" onClick={onChangeNumber} disabled={verifying}>
            <Trans>Changer de numéro</Trans>
          </Button>
          {secondaryAction}
        </div>
      </div>
    </form>
  );
}
