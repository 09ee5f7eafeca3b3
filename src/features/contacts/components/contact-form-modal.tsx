import { zodResolver } from '@hookform/resolvers/zod';
import { i18n } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';
import { useMemo, useState } from 'react';
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { PlusIcon } from '../../../components/ui/icons';
import { InlineError } from '../../../components/ui/inline-error';
import { SelectField } from '../../../components/ui/select-field';
import { TagInput } from '../../../domain/contacts/components/tag-input';
import { TextField } from '../../../components/ui/text-field';
import { lengthHint } from '../../../domain/contacts/length-hint';
import { toast } from '../../../components/ui/toast-store';
import { contactPath } from '../../../lib/paths';
import { useWorkspace } from '../../../lib/workspace';
import { DuplicatePhoneError } from '../api';
import {
  contactFormDefaults,
  contactFormSchema,
  maxAttributeKeyLength,
  maxAttributeValueLength,
  maxEmailLength,
  maxNameLength,
  maxTags,
  saveErrorMessage,
  toContactValues,
  type ContactFormInput,
  type ContactFormOutput,
} from '../contact-form';
import { contactLanguages, countryName, languageLabel } from '../contact-labels';
import type { Contact } from '../contact-query';
import { useCreateContact, useUpdateContact } from '../hooks/use-contact';

type ContactFormModalProps = {
  open: boolean;
  onClose: () => void;
  /** The contact to edit; absent to add one. */
  contact?: Contact;
};

export function ContactFormModal({ open, onClose, contact }: ContactFormModalProps) {
  const { t } = useLingui();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={contact ? t`Modifier le contact` : t`Ajouter un contact`}
      size="xl"
    >
      <ContactForm contact={contact} onDone={onClose} />
    </Dialog>
  );
}

function ContactForm({ contact, onDone }: { contact?: Contact; onDone: () => void }) {
  const { t } = useLingui();
  const { organization } = useWorkspace();
  const schema = useMemo(
    () => contactFormSchema(organization.default_phone_country),
    [organization.default_phone_country],
  );
  const create = useCreateContact(organization.id);
  const update = useUpdateContact(organization.id, contact?.id ?? '');
  const save = contact ? update : create;
  const [duplicateOf, setDuplicateOf] = useState<string | null | undefined>(undefined);

  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ContactFormInput, unknown, ContactFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: contactFormDefaults(contact),
  });
  const attributes = useFieldArray({ control, name: 'attributes' });
  // Watched for the counters that show as a field nears its limit.
  const name = useWatch({ control, name: 'name' }) ?? '';
  const email = useWatch({ control, name: 'email' }) ?? '';
  const attributeValues = useWatch({ control, name: 'attributes' }) ?? [];
  const languages = [
    ...contactLanguages.map((language) => ({
      code: language.code,
      label: i18n._(language.label),
    })),
    ...(contact && !contactLanguages.some((language) => language.code === contact.language)
      ? [{ code: contact.language, label: languageLabel(contact.language) }]
      : []),
  ];
  const country = countryName(organization.default_phone_country);

  const onError = (error: unknown) => {
    if (error instanceof DuplicatePhoneError) {
      setError('phone', { message: t`Ce numéro existe déjà` });
      setDuplicateOf(error.existingContactId);
    }
  };

  return (
    <form
      noValidate
      className="mt-4 flex flex-col gap-4"
      onSubmit={(event) => {
        save.reset();
        setDuplicateOf(undefined);
        void handleSubmit((output) => {
          const values = toContactValues(output);
          if (contact) {
            update.mutate(values, {
              onSuccess: () => {
                toast.success(t`Contact enregistré.`);
                onDone();
              },
              onError,
            });
          } else {
            create.mutate(values, {
              onSuccess: () => {
                const added = values.name ?? output.phone.phone;
                toast.success(t`Contact ajouté : ${added}.`);
                onDone();
              },
              onError,
            });
          }
        })(event);
      }}
    >
      {duplicateOf !== undefined ? (
        <div role="alert">
          <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            <Trans>Ce numéro existe déjà dans vos contacts.</Trans>{' '}
            {duplicateOf && (
              <Link
                to={contactPath(duplicateOf)}
                onClick={onDone}
                className="font-semibold underline"
              >
                <Trans>Voir la fiche de ce contact</Trans>
              </Link>
            )}
          </p>
        </div>
      ) : (
        <InlineError message={save.isError ? saveErrorMessage(save.error) : null} />
      )}
      <TextField
        label={t`Numéro WhatsApp`}
        type="tel"
        inputMode="tel"
        autoComplete="off"
        placeholder="6 71 23 45 67"
        hint={
          country
            ? t`Au format national (${country}) ou international, avec l’indicatif : +241…`
            : t`Au format national ou international, avec l’indicatif : +241…`
        }
        error={errors.phone?.message}
        {...register('phone')}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t`Nom`}
          autoComplete="off"
          hint={lengthHint(name.trim(), maxNameLength) ?? undefined}
          error={errors.name?.message}
          {...register('name')}
        />
        <TextField
          label={t`Adresse e-mail`}
          type="email"
          autoComplete="off"
          hint={lengthHint(email.trim(), maxEmailLength) ?? undefined}
          error={errors.email?.message}
          {...register('email')}
        />
      </div>
      <SelectField label={t`Langue`} error={errors.language?.message} {...register('language')}>
        {languages.map((language) => (
          <option key={language.code} value={language.code}>
            {language.label}
          </option>
        ))}
      </SelectField>
      <Controller
        control={control}
        name="tags"
        render={({ field, fieldState }) => (
          <TagInput
            label={t`Étiquettes`}
            value={field.value}
            maxTags={maxTags}
            onChange={field.onChange}
            error={fieldState.error?.message}
          />
        )}
      />
      <fieldset className="flex min-w-0 flex-col gap-3">
        <legend className="mb-1 text-sm font-medium text-slate-800">
          <Trans>Attributs</Trans>
        </legend>
        <p className="text-sm text-slate-600">
          <Trans>
            Ville, quartier, âge… : des informations libres, utilisables dans les segments et les
            messages.
          </Trans>
        </p>
        {attributes.fields.map((field, index) => {
          const number = index + 1;
          const row = attributeValues[index];
          return (
            <div
              key={field.id}
              role="group"
              aria-label={t`Attribut ${number}`}
              className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] items-start gap-2"
            >
              <TextField
                label={t`Nom`}
                autoComplete="off"
                hint={lengthHint(row?.key.trim() ?? '', maxAttributeKeyLength) ?? undefined}
                error={errors.attributes?.[index]?.key?.message}
                {...register(`attributes.${index}.key`)}
              />
              <TextField
                label={t`Valeur`}
                autoComplete="off"
                hint={lengthHint(row?.value.trim() ?? '', maxAttributeValueLength) ?? undefined}
                error={errors.attributes?.[index]?.value?.message}
                {...register(`attributes.${index}.value`)}
              />
              <Button
                variant="ghost"
                className="mt-7 px-2.5 text-red-800"
                onClick={() => attributes.remove(index)}
              >
                <span aria-hidden="true">✕</span>
                <span className="sr-only">
                  <Trans>Retirer l’attribut {number}</Trans>
                </span>
              </Button>
            </div>
          );
        })}
        <div>
          <Button variant="secondary" onClick={() => attributes.append({ key: '', value: '' })}>
            <PlusIcon className="size-4" />
            <Trans>Ajouter un attribut</Trans>
          </Button>
        </div>
      </fieldset>
      <div className="mt-2 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onDone} disabled={save.isPending}>
          <Trans>Annuler</Trans>
        </Button>
        <Button type="submit" loading={save.isPending} loadingText={t`Enregistrement…`}>
          {contact ? t`Enregistrer` : t`Ajouter le contact`}
        </Button>
      </div>
    </form>
  );
}
