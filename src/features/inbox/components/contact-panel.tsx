import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { LoadError } from '../../../components/ui/load-error';
import { SelectField } from '../../../components/ui/select-field';
import { SkeletonList } from '../../../components/ui/skeleton';
import { formatPhone } from '../../../domain/contacts/phone-display';
import { toUserMessage } from '../../../lib/errors';
import { formatDate, formatDateTime } from '../../../lib/format';
import { campaignPath, contactPath } from '../../../lib/paths';
import type { useConversationActions } from '../hooks/use-conversation-actions';
import { useContactConversations, useReceivedCampaigns } from '../hooks/use-conversations';
import { priorities, priorityLabel, statusLabel } from '../labels';
import { sendStatusLabel } from '../message-status';
import type { ConversationDetail, ConversationPriority, InboxMember, Team } from '../types';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="border-b border-slate-200 px-4 py-4">
      <h3 id={id} className="mb-2 text-sm font-semibold tracking-wide text-slate-900 uppercase">
        {title}
      </h3>
      {children}
    </section>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-col py-1">
      <dt className="text-xs text-slate-600">{term}</dt>
      <dd className="text-sm break-words text-slate-900">{children}</dd>
    </div>
  );
}

/** The conversation's labels: removed one by one, added by typing them. */
function LabelsEditor({
  labels,
  disabled,
  onChange,
}: {
  labels: string[];
  disabled: boolean;
  onChange: (labels: string[]) => void;
}) {
  const { t } = useLingui();
  const [value, setValue] = useState('');
  const inputId = useId();
  const add = () => {
    const label = value.trim().toLowerCase();
    if (!label) return;
    if (!labels.includes(label)) onChange([...labels, label]);
    setValue('');
  };
  return (
    <div className="flex flex-col gap-2">
      {labels.length > 0 ? (
        <ul aria-label={t`Étiquettes de la conversation`} className="flex flex-wrap gap-1.5">
          {labels.map((label) => (
            <li
              key={label}
              className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1 pl-2.5 text-xs font-semibold text-slate-800 ring-1 ring-slate-300"
            >
              {label}
              <button
                type="button"
                disabled={disabled}
                onClick={() => onChange(labels.filter((candidate) => candidate !== label))}
                aria-label={t`Retirer l’étiquette ${label}`}
                className="inline-flex size-6 items-center justify-center rounded-full hover:bg-slate-200"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">
          <Trans>Aucune étiquette.</Trans>
        </p>
      )}
      <div className="flex gap-2">
        <label htmlFor={inputId} className="sr-only">
          <Trans>Nouvelle étiquette</Trans>
        </label>
        <input
          id={inputId}
          value={value}
          maxLength={40}
          disabled={disabled}
          placeholder={t`Nouvelle étiquette`}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
          className="min-h-10 min-w-0 flex-1 rounded-md border border-slate-300 px-3 text-base placeholder:text-slate-500"
        />
        <Button variant="secondary" disabled={disabled || !value.trim()} onClick={add}>
          <Trans>Ajouter</Trans>
        </Button>
      </div>
    </div>
  );
}

function attributeEntries(attributes: unknown): [string, string][] {
  if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) return [];
  return Object.entries(attributes).flatMap(([key, value]) =>
    value === null || value === undefined || value === ''
      ? []
      : [[key, String(value)] as [string, string]],
  );
}

type ContactPanelProps = {
  organizationId: string;
  conversation: ConversationDetail;
  members: InboxMember[];
  teams: Team[];
  mayAct: boolean;
  timeZone: string;
  threadHref: string;
  conversationHref: (conversationId: string) => string;
  actions: ReturnType<typeof useConversationActions>;
};

/**
 * Beside the thread (or in its place on a phone): who has the conversation, its team, priority and
 * labels; the contact's details, subscription, campaigns received and earlier conversations.
 */
export function ContactPanel({
  organizationId,
  conversation,
  members,
  teams,
  mayAct,
  timeZone,
  threadHref,
  conversationHref,
  actions,
}: ContactPanelProps) {
  const { t } = useLingui();
  const contact = conversation.contact;
  const campaigns = useReceivedCampaigns(organizationId, contact.id);
  const history = useContactConversations(organizationId, contact.id);
  const agents = members.filter((member) => member.role !== 'viewer');
  const busy = actions.assign.isPending || actions.updateDetails.isPending;
  const attributes = attributeEntries(contact.attributes);
  const previous = (history.data ?? []).filter((item) => item.id !== conversation.id);
  const optedOutAt = contact.opted_out_at ? formatDate(contact.opted_out_at, timeZone) : null;
  const assignee = members.find((member) => member.userId === conversation.assignee_id);
  const team = teams.find((candidate) => candidate.id === conversation.team_id);

  return (
    <div className="flex min-h-0 flex-1 flex-col overflow-y-auto bg-white">
      <div className="flex items-center gap-2 border-b border-slate-200 px-4 py-2">
        <Link
          to={threadHref}
          className="-ml-1 inline-flex min-h-10 items-center rounded-md px-2 text-sm font-semibold text-brand-800 underline 2xl:hidden"
        >
          <span aria-hidden="true">←&nbsp;</span>
          <Trans>Conversation</Trans>
        </Link>
        <h2 className="text-base font-semibold text-slate-900">
          <Trans>Détails</Trans>
        </h2>
      </div>

      <Section title={t`Conversation`}>
        {mayAct ? (
          <div className="flex flex-col gap-3">
            <SelectField
              label={t`Assignée à`}
              value={conversation.assignee_id ?? ''}
              disabled={busy}
              onChange={(event) =>
                actions.assign.mutate({ assigneeId: event.target.value || null })
              }
            >
              <option value="">{t`Personne`}</option>
              {agents.map((member) => (
                <option key={member.userId} value={member.userId}>
                  {member.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t`Équipe`}
              value={conversation.team_id ?? ''}
              disabled={busy}
              onChange={(event) => actions.assign.mutate({ teamId: event.target.value || null })}
            >
              <option value="">{t`Aucune équipe`}</option>
              {teams.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t`Priorité`}
              value={conversation.priority ?? ''}
              disabled={busy}
              onChange={(event) =>
                actions.updateDetails.mutate({
                  priority: (event.target.value || null) as ConversationPriority | null,
                })
              }
            >
              <option value="">{t`Aucune`}</option>
              {priorities.map((priority) => (
                <option key={priority} value={priority}>
                  {priorityLabel(priority)}
                </option>
              ))}
            </SelectField>
            <div className="flex flex-col gap-1.5">
              <p className="text-sm font-medium text-slate-800">
                <Trans>Étiquettes</Trans>
              </p>
              <LabelsEditor
                labels={conversation.labels}
                disabled={busy}
                onChange={(labels) => actions.updateDetails.mutate({ labels })}
              />
            </div>
          </div>
        ) : (
          <dl>
            <Detail term={t`Assignée à`}>{assignee?.name ?? t`Personne`}</Detail>
            <Detail term={t`Équipe`}>{team?.name ?? t`Aucune équipe`}</Detail>
            <Detail term={t`Priorité`}>
              {conversation.priority ? priorityLabel(conversation.priority) : t`Aucune`}
            </Detail>
            <Detail term={t`Étiquettes`}>
              {conversation.labels.length > 0 ? conversation.labels.join(', ') : t`Aucune`}
            </Detail>
          </dl>
        )}
      </Section>

      <Section title={t`Contact`}>
        <dl>
          <Detail term={t`Nom`}>{contact.name ?? t`Sans nom`}</Detail>
          <Detail term={t`Téléphone`}>{formatPhone(contact.phone)}</Detail>
          {contact.email && <Detail term={t`E-mail`}>{contact.email}</Detail>}
          <Detail term={t`Abonnement`}>
            {contact.opt_in_status === 'opted_out' ? (
              <Badge tone="danger">
                {optedOutAt ? t`Désabonné le ${optedOutAt}` : t`Désabonné`}
              </Badge>
            ) : (
              <Badge tone="brand">
                <Trans>Abonné</Trans>
              </Badge>
            )}
          </Detail>
          {contact.tags.length > 0 && (
            <Detail term={t`Étiquettes du contact`}>
              <span className="flex flex-wrap gap-1">
                {contact.tags.map((tag) => (
                  <Badge key={tag}>{tag}</Badge>
                ))}
              </span>
            </Detail>
          )}
          {attributes.map(([key, value]) => (
            <Detail key={key} term={key}>
              {value}
            </Detail>
          ))}
        </dl>
        <Link
          to={contactPath(contact.id)}
          className="mt-2 inline-flex min-h-10 items-center text-sm font-semibold text-brand-800 underline"
        >
          <Trans>Ouvrir la fiche du contact</Trans>
        </Link>
      </Section>

      <Section title={t`Campagnes reçues`}>
        {campaigns.isPending ? (
          <SkeletonList rows={2} label={t`Chargement des campagnes…`} />
        ) : campaigns.isError ? (
          <LoadError
            message={toUserMessage(campaigns.error, t`Les campagnes n’ont pas pu être chargées.`)}
            onRetry={() => void campaigns.refetch()}
          />
        ) : campaigns.data.length === 0 ? (
          <p className="text-sm text-slate-600">
            <Trans>Aucune campagne reçue.</Trans>
          </p>
        ) : (
          <ul className="flex flex-col gap-2">
            {campaigns.data.map((item) => (
              <li key={item.id} className="text-sm">
                <Link
                  to={campaignPath(item.campaignId)}
                  className="font-semibold text-brand-800 underline"
                >
                  {item.campaignName ?? t`Campagne`}
                </Link>
                <p className="text-xs text-slate-600">
                  {item.at ? `${formatDateTime(item.at, timeZone)} · ` : ''}
                  {sendStatusLabel(item.status)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t`Conversations précédentes`}>
        {history.isPending ? (
          <SkeletonList rows={2} label={t`Chargement des conversations…`} />
        ) : history.isError ? (
          <LoadError
            message={toUserMessage(history.error, t`Les conversations n’ont pas pu être chargées.`)}
            onRetry={() => void history.refetch()}
          />
        ) : previous.length === 0 ? (
          <p className="text-sm text-slate-600">
            <Trans>Aucune autre conversation.</Trans>
          </p>
        ) : (
          <ul className="flex flex-col gap-2">
            {previous.map((item) => (
              <li key={item.id} className="text-sm">
                <Link
                  to={conversationHref(item.id)}
                  className="font-semibold text-brand-800 underline"
                >
                  {formatDateTime(item.created_at, timeZone)}
                </Link>
                <p className="text-xs text-slate-600">
                  {statusLabel(item.status)}
                  {item.last_message_preview ? ` · ${item.last_message_preview}` : ''}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
