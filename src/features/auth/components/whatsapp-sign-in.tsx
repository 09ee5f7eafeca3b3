import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { formatPhone } from '../../../domain/contacts/phone-display';
import { sendWhatsAppCode, verifyWhatsAppCode } from '../whatsapp-api';
import { toSendCodeErrorMessage } from '../whatsapp-error-messages';
import { browserPhoneCountry, phoneFromLink, type WhatsAppPhoneInput } from '../whatsapp-phone';
import { WhatsAppCodeForm } from './whatsapp-code-form';
import { WhatsAppPhoneForm } from './whatsapp-phone-form';

type Step =
  | { kind: 'phone'; values: WhatsAppPhoneInput; returning?: boolean }
  | { kind: 'code'; phone: string; values: WhatsAppPhoneInput };

/**
 * The link the WhatsApp assistant sends after LOGIN (`?whatsapp=+237…`) comes with a code already
 * on its way: it opens on the code, and « Changer de numéro » leads back to the number.
 */
function firstStep(linkedPhone: string | null): Step {
  const country = browserPhoneCountry();
  if (linkedPhone === null) return { kind: 'phone', values: { country, number: '' } };
  const linked = phoneFromLink(linkedPhone, country);
  if (!linked) return { kind: 'phone', values: { country, number: linkedPhone } };
  return {
    kind: 'code',
    phone: linked.phone,
    values: { country: linked.country, number: formatPhone(linked.phone) },
  };
}

/**
 * Signing in with a code received on WhatsApp. Loaded when the method is chosen: it brings the
 * phone metadata. Once the session is installed, the guest-only guard moves on as for the e-mail
 * (the home, or the onboarding for a new person).
 */
export default function WhatsAppSignIn({ linkedPhone }: { linkedPhone: string | null }) {
  const { t } = useLingui();
  const [step, setStep] = useState(() => firstStep(linkedPhone));

  if (step.kind === 'phone') {
    return (
      <WhatsAppPhoneForm
        defaultValues={step.values}
        send={sendWhatsAppCode}
        toErrorMessage={toSendCodeErrorMessage}
        onSent={({ phone, country, number }) =>
          setStep({ kind: 'code', phone, values: { country, number } })
        }
        submitLabel={t`Recevoir le code`}
        intro={
          <p className="text-sm text-slate-700">
            <Trans>
              Recevez un code à 6 chiffres sur WhatsApp. Pas encore de compte ? Il est créé à la
              première connexion.
            </Trans>
          </p>
        }
        autoFocus={step.returning}
      />
    );
  }

  return (
    <WhatsAppCodeForm
      phone={step.phone}
      verify={(code) => verifyWhatsAppCode({ phone: step.phone, code, type: 'sms' })}
      resend={() => sendWhatsAppCode(step.phone)}
      toResendErrorMessage={toSendCodeErrorMessage}
      onChangeNumber={() => setStep({ kind: 'phone', values: step.values, returning: true })}
    />
  );
}
