import { zodResolver } from '@hookform/resolvers/zod';
import { Trans, useLingui } from '@lingui/react/macro';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '../../../components/ui/button';
import { PlusIcon } from '../../../components/ui/icons';
import { TextField } from '../../../components/ui/text-field';
import { toast } from '../../../components/ui/toast-store';
import { lengthHint } from '../../../domain/contacts/length-hint';
import { toUserMessage } from '../../../lib/errors';
import { useCreateTeam } from '../hooks/use-teams';
import { maxTeamNameLength, teamNameSchema } from '../team-form';

export function CreateTeamForm({ organizationId }: { organizationId: string }) {
  const { t } = useLingui();
  const create = useCreateTeam(organizationId);
  const {
    control,
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm({ resolver: zodResolver(teamNameSchema), defaultValues: { name: '' } });
  const name = useWatch({ control, name: 'name' }) ?? '';

  return (
    <form
      noValidate
      className="flex flex-col gap-3 sm:flex-row sm:items-start"
      onSubmit={(event) => {
        void handleSubmit((values) =>
          create.mutate(values.name, {
            onSuccess: () => {
              const created = values.name;
              reset({ name: '' });
              toast.success(t`Équipe « ${created} » créée.`);
            },
            onError: (error) =>
              setError('name', {
                message: toUserMessage(error, t`L’équipe n’a pas pu être créée.`),
              }),
          }),
        )(event);
      }}
    >
      <TextField
        label={t`Nom de la nouvelle équipe`}
        autoComplete="off"
        className="flex-1"
        placeholder={t`Par exemple : Service client`}
        hint={lengthHint(name.trim(), maxTeamNameLength) ?? undefined}
        error={errors.name?.message}
        {...register('name')}
      />
      <Button
        type="submit"
        className="sm:mt-7"
        loading={create.isPending}
        loadingText={t`Création…`}
      >
        <PlusIcon className="size-4" />
        <Trans>Créer l’équipe</Trans>
      </Button>
    </form>
  );
}
