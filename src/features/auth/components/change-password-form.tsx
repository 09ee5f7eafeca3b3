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

export function ChangePasswordForm() {
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
              toast.success('Mot de passe modifié. Vos autres appareils devront se reconnecter.');
            },
          }),
        )(event);
      }}
      className="flex flex-col gap-4"
    >
      <InlineError
        message={changePassword.isError ? toChangePasswordErrorMessage(changePassword.error) : null}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Nouveau mot de passe"
          type="password"
          autoComplete="new-password"
          hint={`Au moins ${minimumPasswordLength} caractères.`}
          error={errors.password?.message}
          {...register('password')}
        />
        <TextField
          label="Confirmation du nouveau mot de passe"
          type="password"
          autoComplete="new-password"
          error={errors.passwordConfirmation?.message}
          {...register('passwordConfirmation')}
        />
      </div>
      <div>
        <Button type="submit" loading={changePassword.isPending} loadingText="Modification…">
          Modifier le mot de passe
        </Button>
      </div>
    </form>
  );
}
