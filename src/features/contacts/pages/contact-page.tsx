import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadError } from '../../../components/ui/load-error';
import { PageHeader } from '../../../components/ui/page-header';
import { Skeleton } from '../../../components/ui/skeleton';
import { TagInput } from '../../../domain/contacts/components/tag-input';
import { toast } from '../../../components/ui/toast-store';
import { toUserMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { isUuid } from '../../../lib/uuid';
import { useWorkspace } from '../../../lib/workspace';
import { ContactFormModal } from '../components/contact-form-modal';
import { OptInBadge, WatiSyncBadge } from '../components/contact-badges';
import { ConsentSection } from '../components/consent-section';
import { WatiSyncSection } from '../components/wati-sync-section';
import { MessageHistory } from '../components/message-history/message-history';
import { maxTags, readAttributes } from '../contact-form';
import { countryName, languageLabel } from '../contact-labels';
import {
  canDeleteContacts,
  canEditContacts,
  canResubscribeContacts,
  canRetryWatiSync,
} from '../permissions';
import type { Contact } from '../contact-query';
import { useContact, useDeleteContact, useUpdateContact } from '../hooks/use-contact';
import { formatPhone, phoneCountry } from '../../../domain/contacts/phone-display';

export function ContactPage() {
  const { contactId = '' } = useParams();
  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-6">
      <BackLink to={paths.contacts}>
        <Trans>Tous les contacts</Trans>
      </BackLink>
      {isUuid(contactId) ? <ContactDetails contactId={contactId} /> : <ContactNotFound />}
    </div>
  );
}

function ContactNotFound() {
  const { t } = useLingui();
  return (
    <>
      <title>{t`Contact introuvable · WCAP`}</title>
      <EmptyState title={t`Contact introuvable`}>
        <Trans>
          Ce contact n’existe pas, ou plus, dans cette organisation. Retrouvez vos contacts dans la
          liste.
        </Trans>
      </EmptyState>
    </>
  );
}

function ContactDetails({ contactId }: { contactId: string }) {
  const { t } = useLingui();
  const { organization } = useWorkspace();
  const contact = useContact(organization.id, contactId);

  if (contact.isPending) {
    return (
      <div role="status" aria-busy="true" className="flex flex-col gap-6">
        <span className="sr-only">
          <Trans>Chargement du contact…</Trans>
        </span>
        <Skeleton className="h-10 w-2/3" />
        <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          <Skeleton className="h-64 w-full rounded-xl" />
          <Skeleton className="h-64 w-full rounded-xl" />
        </div>
      </div>
    );
  }
  if (contact.isError) {
    return (
      <LoadError
        message={toUserMessage(contact.error, t`Le contact n’a pas pu être chargé.`)}
        onRetry={() => void contact.refetch()}
      />
    );
  }
  if (!contact.data) return <ContactNotFound />;
  return <ContactView contact={contact.data} />;
}

function ContactView({ contact }: { contact: Contact }) {
  const { t } = useLingui();
  const { organization, role } = useWorkspace();
  const canEdit = canEditContacts(role);
  const canDelete = canDeleteContacts(role);
  const [editing, setEditing] = useState(false);
  const timeZone = organization.time_zone;
  const phone = formatPhone(contact.phone);
  const name = contact.name?.trim() || phone;

  return (
    <>
      <PageHeader
        title={name}
        description={
          <span className="flex flex-wrap items-center gap-1.5">
            {contact.name?.trim() && <span className="mr-1 tabular-nums">{phone}</span>}
            <OptInBadge status={contact.opt_in_status} />
            <WatiSyncBadge status={contact.wati_sync_status} error={contact.wati_sync_error} />
          </span>
        }
        actions={
          (canEdit || canDelete) && (
            <>
              {canEdit && (
                <Button onClick={() => setEditing(true)}>
                  <Trans>Modifier</Trans>
                </Button>
              )}
              {canDelete && <DeleteContactButton contact={contact} name={name} />}
            </>
          )
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="flex min-w-0 flex-col gap-6">
          <Card title={t`Coordonnées`}>
            <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
              <Field label={t`Numéro WhatsApp`} value={phone} />
              <Field
                label={t`Pays du numéro`}
                value={countryName(contact.country_code ?? phoneCountry(contact.phone))}
              />
              <Field label={t`Adresse e-mail`} value={contact.email} />
              <Field label={t`Langue`} value={languageLabel(contact.language)} />
              <Field label={t`Ajouté le`} value={formatDateTime(contact.created_at, timeZone)} />
              <Field label={t`Modifié le`} value={formatDateTime(contact.updated_at, timeZone)} />
              <Field
                label={t`Dernier message reçu`}
                value={contact.last_seen_at ? formatDateTime(contact.last_seen_at, timeZone) : null}
              />
            </dl>
          </Card>
          <AttributesCard contact={contact} canEdit={canEdit} onEdit={() => setEditing(true)} />
          <TagsCard contact={contact} canEdit={canEdit} />
          <MessageHistory
            organizationId={contact.organization_id}
            contactId={contact.id}
            timeZone={timeZone}
          />
        </div>
        <div className="flex min-w-0 flex-col gap-6">
          <ConsentSection
            contact={contact}
            name={name}
            timeZone={timeZone}
            canEdit={canEdit}
            canResubscribe={canResubscribeContacts(role)}
          />
          <WatiSyncSection
            contact={contact}
            timeZone={timeZone}
            canRetry={canRetryWatiSync(role)}
          />
        </div>
      </div>
      {canEdit && (
        <ContactFormModal open={editing} onClose={() => setEditing(false)} contact={contact} />
      )}
    </>
  );
}

function Field({ label, value }: { label: string; value: string | null }) {
  return (
    <div className="min-w-0">
      <dt className="text-slate-500">{label}</dt>
      <dd className="font-medium break-words text-slate-900">
        {value ?? (
          <span className="font-normal text-slate-600">
            <Trans>Non renseigné</Trans>
          </span>
        )}
      </dd>
    </div>
  );
}

function AttributesCard({
  contact,
  canEdit,
  onEdit,
}: {
  contact: Contact;
  canEdit: boolean;
  onEdit: () => void;
}) {
  const { t } = useLingui();
  const attributes = Object.entries(readAttributes(contact.attributes));
  return (
    <Card title={t`Attributs`}>
      {attributes.length === 0 ? (
        <p className="text-sm text-slate-600">
          <Trans>Aucun attribut.</Trans>{' '}
          {canEdit && (
            <button
              type="button"
              onClick={onEdit}
              className="font-semibold text-brand-700 underline"
            >
              <Trans>Ajouter des attributs</Trans>
            </button>
          )}
        </p>
      ) : (
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
          {attributes.map(([key, value]) => (
            <Field key={key} label={key} value={value} />
          ))}
        </dl>
      )}
    </Card>
  );
}

function TagsCard({ contact, canEdit }: { contact: Contact; canEdit: boolean }) {
  const { t } = useLingui();
  const update = useUpdateContact(contact.organization_id, contact.id);
  if (!canEdit)
    return (
      <Card title={t`Étiquettes`}>
        {contact.tags.length === 0 ? (
          <p className="text-sm text-slate-600">
            <Trans>Aucune étiquette.</Trans>
          </p>
        ) : (
          <ul aria-label={t`Étiquettes`} className="flex flex-wrap gap-1.5">
            {contact.tags.map((tag) => (
              <li
                key={tag}
                className="rounded-full bg-slate-100 px-2.5 py-0.5 text-sm text-slate-800 ring-1 ring-slate-300 ring-inset"
              >
                {tag}
              </li>
            ))}
          </ul>
        )}
      </Card>
    );
  return (
    <Card title={t`Étiquettes`}>
      <TagInput
        label={t`Étiquettes du contact`}
        hideLabel
        value={contact.tags}
        maxTags={maxTags}
        disabled={update.isPending}
        hint={t`Chaque ajout ou retrait est enregistré aussitôt.`}
        onChange={(tags) =>
          update.mutate(
            { tags },
            {
              onSuccess: () => toast.success(t`Étiquettes enregistrées.`),
              onError: (error) =>
                toast.error(
                  toUserMessage(error, t`Les étiquettes n’ont pas pu être enregistrées.`),
                ),
            },
          )
        }
      />
    </Card>
  );
}

function DeleteContactButton({ contact, name }: { contact: Contact; name: string }) {
  const { t } = useLingui();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteContact(contact.organization_id, contact.id);
  return (
    <>
      <Button variant="secondary" className="text-red-800" onClick={() => setConfirming(true)}>
        <Trans>Supprimer</Trans>
      </Button>
      <ConfirmDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        title={t`Supprimer ${name} ?`}
        description={t`Le contact, ses étiquettes, ses attributs et son historique de consentement seront supprimés définitivement.`}
        confirmLabel={t`Supprimer le contact`}
        pendingLabel={t`Suppression…`}
        failureMessage={t`Le contact n’a pas pu être supprimé.`}
        onConfirm={async () => {
          await remove.mutateAsync();
          toast.success(t`${name} a été supprimé.`);
          void navigate(paths.contacts);
        }}
      />
    </>
  );
}
