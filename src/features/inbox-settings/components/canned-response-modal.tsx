import { zodResolver } from '@hookform/resolvers/zod';
import { Trans, useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { useId, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { FieldFrame } from '../../../components/ui/field-frame';
import { InlineError } from '../../../components/ui/inline-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { toast } from '../../../components/ui/toast-store';
import { lengthHint } from '../../../domain/contacts/length-hint';
import { toUserMessage } from '../../../lib/errors';
import { DuplicateShortCodeError, type CannedResponse } from '../api';
import {
  attributeVariable,
  builtInVariables,
  cannedResponseSchema,
  insertAt,
  maxContentLength,
  normaliseShortCode,
  variableToken,
  type BuiltInVariable,
  type CannedResponseInput,
  type CannedResponseValues,
} from '../canned-response-form';
import { useAttributeKeys, useSaveCannedResponse } from '../hooks/use-canned-responses';

type CannedResponseModalProps = {
  open: boolean;
  onClose: () => void;
  organizationId: string;
  /** The reply to change; null to write a new one. */
  response: CannedResponse | null;
};

export function CannedResponseModal({
  open,
  onClose,
  organizationId,
  response,
}: CannedResponseModalProps) {
  const { t } = useLingui();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={response ? t`Modifier la réponse rapide` : t`Nouvelle réponse rapide`}
      size="xl"
    >
      <CannedResponseForm organizationId={organizationId} response={response} onDone={onClose} />
    </Dialog>
  );
}

function CannedResponseForm({
  organizationId,
  response,
  onDone,
}: {
  organizationId: string;
  response: CannedResponse | null;
  onDone: () => void;
}) {
  const { t } = useLingui();
  const save = useSaveCannedResponse(organizationId, response?.id ?? null);
  const contentRef = useRef<HTMLTextAreaElement | null>(null);
  const {
    control,
    register,
    handleSubmit,
    getValues,
    setValue,
    setError,
    formState: { errors, isSubmitted },
  } = useForm<CannedResponseInput, unknown, CannedResponseValues>({
    resolver: zodResolver(cannedResponseSchema),
    defaultValues: {
      shortCode: response?.shortCode ?? '',
      content: response?.content ?? '',
      attachmentUrl: response?.attachmentUrl ?? '',
    },
  });
  const content = useWatch({ control, name: 'content' }) ?? '';
  const shortCode = useWatch({ control, name: 'shortCode' }) ?? '';
  const typedCode = normaliseShortCode(shortCode);
  const contentField = register('content');

  const insertVariable = (path: string) => {
    const element = contentRef.current;
    const next = insertAt(
      getValues('content'),
      element?.selectionStart ?? null,
      element?.selectionEnd ?? null,
      variableToken(path),
    );
    setValue('content', next.text, { shouldDirty: true, shouldValidate: isSubmitted });
    // Back to the text, the caret after what was inserted, to go on writing.
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(next.caret, next.caret);
    });
  };

  return (
    <form
      noValidate
      className="mt-4 flex flex-col gap-4"
      onSubmit={(event) => {
        save.reset();
        void handleSubmit((values) =>
          save.mutate(
            {
              shortCode: values.shortCode,
              content: values.content,
              attachmentUrl: values.attachmentUrl || null,
            },
            {
              onSuccess: () => {
                const code = values.shortCode;
                toast.success(
                  response
                    ? t`Réponse rapide /${code} enregistrée.`
                    : t`Réponse rapide /${code} créée.`,
                );
                onDone();
              },
              onError: (error) => {
                if (error instanceof DuplicateShortCodeError) {
                  setError('shortCode', { message: error.message }, { shouldFocus: true });
                }
              },
            },
          ),
        )(event);
      }}
    >
      <InlineError
        message={
          save.isError && !(save.error instanceof DuplicateShortCodeError)
            ? toUserMessage(save.error, t`La réponse rapide n’a pas pu être enregistrée.`)
            : null
        }
      />
      <FieldFrame
        label={t`Raccourci`}
        hint={
          typedCode
            ? t`Dans la boîte de réception, tapez /${typedCode} pour insérer cette réponse.`
            : t`Lettres minuscules, chiffres, « - » et « _ » (32 au plus) : par exemple horaires.`
        }
        error={errors.shortCode?.message}
      >
        {({ id, 'aria-invalid': invalid, 'aria-describedby': describedBy }) => (
          <div
            className={clsx(
              'flex min-h-10 w-full min-w-0 items-stretch overflow-hidden rounded-md border bg-white shadow-xs',
              'focus-within:outline-2 focus-within:outline-offset-0',
              errors.shortCode
                ? 'border-red-600 focus-within:outline-red-600'
                : 'border-slate-300 focus-within:outline-brand-700',
            )}
          >
            <span
              aria-hidden="true"
              className="flex items-center border-r border-slate-200 bg-slate-50 px-3 font-mono text-slate-600"
            >
              /
            </span>
            <input
              type="text"
              autoComplete="off"
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              data-autofocus
              {...register('shortCode')}
              id={id}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              className="min-w-0 flex-1 px-3 py-2 font-mono text-base text-slate-900 outline-none"
            />
          </div>
        )}
      </FieldFrame>
      <TextAreaField
        label={t`Texte de la réponse`}
        rows={6}
        hint={
          lengthHint(content.trim(), maxContentLength) ??
          t`Les variables sont remplacées à l’insertion par les informations du contact et de l’agent.`
        }
        error={errors.content?.message}
        {...contentField}
        ref={(element) => {
          contentField.ref(element);
          contentRef.current = element;
        }}
      />
      <VariablesHelper organizationId={organizationId} onInsert={insertVariable} />
      <TextField
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        label={t`Pièce jointe (facultatif)`}
        placeholder="https://"
        hint={t`L’adresse https:// d’un fichier (image, PDF…) envoyé avec la réponse.`}
        error={errors.attachmentUrl?.message}
        {...register('attachmentUrl')}
      />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onDone} disabled={save.isPending}>
          <Trans>Annuler</Trans>
        </Button>
        <Button type="submit" loading={save.isPending} loadingText={t`Enregistrement…`}>
          {response ? t`Enregistrer` : t`Créer la réponse rapide`}
        </Button>
      </div>
    </form>
  );
}

function VariablesHelper({
  organizationId,
  onInsert,
}: {
  organizationId: string;
  onInsert: (path: string) => void;
}) {
  const { t } = useLingui();
  const headingId = useId();
  const attributeKeys = useAttributeKeys(organizationId, true);
  const [attribute, setAttribute] = useState('');
  const labels: Record<BuiltInVariable, string> = {
    'contact.name': t`Nom du contact`,
    'contact.phone': t`Numéro du contact`,
    'agent.name': t`Nom de l’agent`,
  };
  const attributes = (attributeKeys.data ?? []).flatMap((key) => {
    const path = attributeVariable(key);
    return path ? [{ key, path }] : [];
  });

  return (
    <div
      role="group"
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
    >
      <p id={headingId} className="text-sm font-medium text-slate-800">
        <Trans>Insérer une variable</Trans>
      </p>
      <div className="flex flex-wrap gap-2">
        {builtInVariables.map((path) => (
          <Button
            key={path}
            variant="secondary"
            className="h-auto flex-col items-start gap-0 py-1.5 text-left"
            onClick={() => onInsert(path)}
          >
            <span>{labels[path]}</span>
            <span className="font-mono text-xs font-normal text-slate-600">
              {variableToken(path)}
            </span>
          </Button>
        ))}
      </div>
      {attributeKeys.isError ? (
        <p className="text-sm text-slate-600">
          {toUserMessage(
            attributeKeys.error,
            t`Les attributs des contacts n’ont pas pu être chargés.`,
          )}
        </p>
      ) : attributes.length === 0 ? (
        attributeKeys.isSuccess && (
          <p className="text-sm text-slate-600">
            <Trans>
              Les attributs des contacts (ville, numéro de client…) apparaîtront ici dès que vos
              contacts en auront.
            </Trans>
          </p>
        )
      ) : (
        <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <SelectField
            label={t`Attribut du contact`}
            className="flex-1"
            value={attribute}
            onChange={(event) => setAttribute(event.target.value)}
          >
            <option value="">{t`Choisir un attribut…`}</option>
            {attributes.map(({ key, path }) => (
              <option key={key} value={path}>
                {key} · {variableToken(path)}
              </option>
            ))}
          </SelectField>
          <Button
            variant="secondary"
            disabled={attribute === ''}
            onClick={() => {
              onInsert(attribute);
              setAttribute('');
            }}
          >
            <Trans>Insérer l’attribut</Trans>
          </Button>
        </div>
      )}
    </div>
  );
}
