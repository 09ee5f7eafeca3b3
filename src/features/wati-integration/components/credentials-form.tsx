import { zodResolver } from '@hookform/resolvers/zod';
import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { InlineError } from '../../../components/ui/inline-error';
import { SecretField } from '../../../components/ui/secret-field';
import { TextField } from '../../../components/ui/text-field';
import { toast } from '../../../components/ui/toast-store';
import { toUserMessage } from '../../../lib/errors';
import type { WatiConnectionStatus } from '../api';
import { useSaveWatiCredentials } from '../hooks/use-wati-connection';
import { watiCredentialsSchema } from '../wati-credentials-form';

type CredentialsFormProps = {
  organizationId: string;
  userId: string;
  status: WatiConnectionStatus;
};

/** The endpoint and token from Wati › API Docs; the token is sent once and never kept here. */
export function CredentialsForm({ organizationId, userId, status }: CredentialsFormProps) {
  const { t } = useLingui();
  const live = status.mode === 'live';
  const maskedToken = status.maskedToken;
  const save = useSaveWatiCredentials(organizationId, userId);
  // A new key after each save gives a fresh token field, hidden again.
  const [tokenFieldKey, setTokenFieldKey] = useState(0);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(watiCredentialsSchema),
    defaultValues: { endpoint: status.endpoint ?? '', token: '' },
  });

  return (
    <Card
      title={live ? t`Identifiants Wati` : t`Passer en production`}
      description={
        live
          ? t`Pour changer de compte ou de jeton, saisissez les nouveaux identifiants : ils sont vérifiés auprès de Wati avant de remplacer les actuels.`
          : undefined
      }
    >
      {!live && (
        <ol className="mb-6 flex list-decimal flex-col gap-2 pl-5 text-sm text-slate-700 marker:font-semibold marker:text-slate-900">
          <li>
            <Trans>
              Dans Wati, ouvrez la page <strong className="font-semibold">API Docs</strong> et
              copiez l’<strong className="font-semibold">API Endpoint URL</strong> ainsi que le
              jeton d’accès (<strong className="font-semibold">Access Token</strong>).
            </Trans>
          </li>
          <li>
            <Trans>
              Collez-les ci-dessous, puis enregistrez : WCAP vérifie le jeton auprès de Wati, le
              chiffre, puis passe l’organisation en production.
            </Trans>
          </li>
          <li>
            <Trans>
              Dans Wati › <strong className="font-semibold">Webhooks</strong>, ajoutez l’adresse du
              webhook indiquée plus bas et activez les événements listés.
            </Trans>
          </li>
        </ol>
      )}
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          save.reset();
          void handleSubmit((values) =>
            save.mutate(values, {
              onSuccess: (saved) => {
                reset({ endpoint: saved.endpoint ?? values.endpoint, token: '' });
                setTokenFieldKey((key) => key + 1);
                toast.success(
                  t`Identifiants Wati enregistrés : l’organisation est maintenant en production.`,
                );
              },
            }),
          )(event);
        }}
      >
        <InlineError
          message={
            save.isError
              ? toUserMessage(save.error, t`Les identifiants n’ont pas pu être enregistrés.`)
              : null
          }
        />
        <TextField
          label={t`Adresse de l’API (API Endpoint URL)`}
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://live-mt-server.wati.io/123456"
          error={errors.endpoint?.message}
          {...register('endpoint')}
        />
        <SecretField
          key={tokenFieldKey}
          label={t`Jeton d’accès`}
          secretName={t`le jeton`}
          hint={
            maskedToken
              ? t`Jeton enregistré : ${maskedToken}. Collez un nouveau jeton pour le remplacer.`
              : t`Collez le jeton complet, avec ou sans «\u00a0Bearer\u00a0». Il est chiffré et ne sera plus affiché.`
          }
          error={errors.token?.message}
          {...register('token')}
        />
        <div>
          <Button
            type="submit"
            loading={save.isPending}
            loadingText={t`Vérification auprès de Wati…`}
          >
            <Trans>Enregistrer</Trans>
          </Button>
        </div>
      </form>
    </Card>
  );
}
