import { Trans, useLingui } from '@lingui/react/macro';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/ui/button';
import { InlineError } from '../../../components/ui/inline-error';
import { TextField } from '../../../components/ui/text-field';
import { toast } from '../../../components/ui/toast-store';
import { toChangePasswordErrorMessage } from '../auth-error-messages';
import { useChangePassword } from '../hooks/use-change-password';
import { changePasswordSchema } from '../change-password-form';
import { minimumPasswordLength } from '../credential-fields';

/** A new password, twice; `onChanged` runs once it is saved (the recovery page goes home). */
export function ChangePasswordForm({ onChanged }: { onChanged?: () => void } = {}) {
  const { t } = useLingui();
  const changePassword = useChangePassword();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { password: '', passwordConfirmation: '' },
  });

  return (
    <form
      noValidate
      onSubmit={(event) => {
        changePassword.reset();
        void handleSubmit((values) =>
          changePassword.mutate(values, {
            onSuccess: () => {
              reset();
              toast.success(t`Mot de passe modifié. Vos autres appareils devront se reconnecter.`);
              onChanged?.();
            },
          }),
        )(event);
      }}
      className="@container flex flex-col gap-4"
    >
      <InlineError
        message={changePassword.isError ? toChangePasswordErrorMessage(changePassword.error) : null}
      />
      {/* Side by side where the form is wide (the profile), stacked in the recovery card. */}
      <div className="grid gap-4 @lg:grid-cols-2">
        <TextField
          label={t`Nouveau mot de passe`}
          type="password"
          autoComplete="new-password"
          hint={t`Au moins ${minimumPasswordLength} caractères.`}
          error={errors.password?.message}
          {...register('password')}
        />
        <TextField
          label={t`Confirmation du nouveau mot de passe`}
          type="password"
          autoComplete="new-password"
          error={errors.passwordConfirmation?.message}
          {...register('passwordConfirmation')}
        />
      </div>
      <div>
        <Button type="submit" loading={changePassword.isPending} loadingText={t`Modification…`}>
          <Trans>Modifier le mot de passe</Trans>
        </Button>
      </div>
    </form>
  );
}
