import { zodResolver } from '@hookform/resolvers/zod';
import { useLingui } from '@lingui/react/macro';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/ui/button';
import { InlineError } from '../../../components/ui/inline-error';
import { PhoneField } from '../../../components/ui/phone-field';
import {
  whatsAppPhoneSchema,
  type WhatsAppPhone,
  type WhatsAppPhoneInput,
} from '../whatsapp-phone';

type WhatsAppPhoneFormProps = {
  defaultValues: WhatsAppPhoneInput;
  /** Has a code sent to the number (E.164). */
  send: (phone: string) => Promise<unknown>;
  toErrorMessage: (error: unknown) => string;
  /** The code left: the next step takes over. */
  onSent: (phone: WhatsAppPhone) => void;
  submitLabel: string;
  /** What comes before the fields (what the code is for). */
  intro?: ReactNode;
  /** Beside the submit button (« Annuler »). */
  secondaryAction?: ReactNode;
  autoFocus?: boolean;
};

/**
 * First step of a WhatsApp code, for the sign-in and the profile's link: the number, checked and
 * put in E.164 before anything is sent.
 */
export function WhatsAppPhoneForm({
  defaultValues,
  send,
  toErrorMessage,
  onSent,
  submitLabel,
  intro,
  secondaryAction,
  autoFocus,
}: WhatsAppPhoneFormProps) {
  const { t } = useLingui();
  const sendCode = useMutation({ mutationFn: (value: WhatsAppPhone) => send(value.phone) });
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<WhatsAppPhoneInput, unknown, WhatsAppPhone>({
    resolver: zodResolver(whatsAppPhoneSchema),
    defaultValues,
  });

  return (
    // noValidate: the browser's own bubbles would replace the messages below.
    <form
      noValidate
      className="@container flex flex-col gap-4"
      onSubmit={(event) => {
        // A new attempt, even one stopped by validation, must not keep showing the previous failure.
        sendCode.reset();
        void handleSubmit((value) => sendCode.mutate(value, { onSuccess: () => onSent(value) }))(
          event,
        );
      }}
    >
      <InlineError message={sendCode.isError ? toErrorMessage(sendCode.error) : null} />
      {intro}
      <PhoneField
        label={t`Numéro WhatsApp`}
        country={defaultValues.country}
        countryRegistration={register('country')}
        numberRegistration={register('number')}
        error={errors.number?.message}
        autoFocus={autoFocus}
      />
      {/* Full width in the sign-in card, side by side in the profile. */}
      <div className="flex flex-col gap-2 @lg:flex-row">
        <Button type="submit" loading={sendCode.isPending} loadingText={t`Envoi du code…`}>
          {submitLabel}
        </Button>
        {secondaryAction}
      </div>
    </form>
  );
}
