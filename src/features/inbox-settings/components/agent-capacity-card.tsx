import { Trans, useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { useId, useState } from 'react';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { LoadError } from '../../../components/ui/load-error';
import { ScrollableTable } from '../../../components/ui/scrollable-table';
import { SkeletonList } from '../../../components/ui/skeleton';
import { toast } from '../../../components/ui/toast-store';
import { toUserMessage } from '../../../lib/errors';
import { formatNumber, roleTitle } from '../../../lib/format';
import { agentPresence, presenceLabel, presenceTone } from '../agent-presence';
import type { InboxMember } from '../api';
import { useInboxMembers, useSetAgentCapacity } from '../hooks/use-inbox-settings';
import { capacitySchema } from '../inbox-settings-form';
import { memberLabel } from '../member-label';
import { answersConversations } from '../permissions';

type AgentCapacityCardProps = {
  organizationId: string;
  defaultCapacity: number;
  canEdit: boolean;
  userId: string;
};

/** The members who answer, their availability and their own capacity (empty: the default). */
export function AgentCapacityCard({
  organizationId,
  defaultCapacity,
  canEdit,
  userId,
}: AgentCapacityCardProps) {
  const { t } = useLingui();
  const members = useInboxMembers(organizationId);
  const agents = members.data?.filter((member) => answersConversations(member.role)) ?? [];
  const fallback = formatNumber(defaultCapacity);
  return (
    <Card
      title={t`Agents et capacités`}
      description={
        canEdit
          ? t`La capacité est le nombre de conversations ouvertes qu’un agent reçoit au plus par l’attribution automatique. Laissez vide pour la capacité par défaut (${fallback}).`
          : t`La capacité est le nombre de conversations ouvertes qu’un agent reçoit au plus par l’attribution automatique (par défaut : ${fallback}).`
      }
    >
      {members.isPending ? (
        <SkeletonList rows={3} label={t`Chargement des agents…`} />
      ) : members.isError ? (
        <LoadError
          message={toUserMessage(members.error, t`Les agents n’ont pas pu être chargés.`)}
          onRetry={() => void members.refetch()}
        />
      ) : agents.length === 0 ? (
        <p className="text-sm text-slate-600">
          <Trans>Aucun membre ne répond aux conversations pour l’instant.</Trans>
        </p>
      ) : (
        <ScrollableTable caption={t`Agents, disponibilité et capacité`}>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold text-slate-700">
                <Trans>Membre</Trans>
              </th>
              <th scope="col" className="px-3 py-2 font-semibold text-slate-700">
                <Trans>Disponibilité</Trans>
              </th>
              <th scope="col" className="px-3 py-2 font-semibold text-slate-700">
                <Trans>Capacité</Trans>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 bg-white">
            {agents.map((member) => (
              <AgentRow
                key={member.userId}
                organizationId={organizationId}
                member={member}
                defaultCapacity={defaultCapacity}
                canEdit={canEdit}
                isSelf={member.userId === userId}
              />
            ))}
          </tbody>
        </ScrollableTable>
      )}
    </Card>
  );
}

function AgentRow({
  organizationId,
  member,
  defaultCapacity,
  canEdit,
  isSelf,
}: {
  organizationId: string;
  member: InboxMember;
  defaultCapacity: number;
  canEdit: boolean;
  isSelf: boolean;
}) {
  const { t } = useLingui();
  const inputId = useId();
  const errorId = `${inputId}-error`;
  const saved = member.capacity === null ? '' : String(member.capacity);
  const [value, setValue] = useState(saved);
  const [error, setError] = useState<string | null>(null);
  const setCapacity = useSetAgentCapacity(organizationId);
  const presence = agentPresence(member);
  const name = memberLabel(member);
  const changed = value.trim() !== saved;

  const save = () => {
    const text = value.trim();
    let capacity: number | null = null;
    if (text !== '') {
      const parsed = capacitySchema.safeParse(Number(text));
      if (!parsed.success) {
        setError(parsed.error.issues[0]?.message ?? null);
        return;
      }
      capacity = parsed.data;
    }
    setError(null);
    setCapacity.mutate(
      { userId: member.userId, capacity },
      {
        onSuccess: () => {
          setValue(capacity === null ? '' : String(capacity));
          toast.success(
            capacity === null
              ? t`${name} reprend la capacité par défaut.`
              : t`Capacité de ${name} enregistrée : ${capacity}.`,
          );
        },
        onError: (caught) =>
          setError(toUserMessage(caught, t`La capacité n’a pas pu être enregistrée.`)),
      },
    );
  };

  return (
    <tr className="align-top">
      <td className="px-3 py-3">
        <p className="font-medium break-words text-slate-900">
          {name}
          {isSelf && (
            <span className="font-normal text-slate-600">
              {' '}
              <Trans>(vous)</Trans>
            </span>
          )}
        </p>
        <p className="text-slate-600">{roleTitle(member.role)}</p>
      </td>
      <td className="px-3 py-3">
        <Badge tone={presenceTone(presence)}>{presenceLabel(presence)}</Badge>
      </td>
      <td className="px-3 py-3">
        {canEdit ? (
          <form
            noValidate
            className="flex min-w-48 flex-col gap-1"
            onSubmit={(event) => {
              event.preventDefault();
              save();
            }}
          >
            <div className="flex items-center gap-2">
              <label htmlFor={inputId} className="sr-only">
                {t`Capacité de ${name}`}
              </label>
              <input
                id={inputId}
                type="number"
                inputMode="numeric"
                min={1}
                max={500}
                step={1}
                value={value}
                placeholder={String(defaultCapacity)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                onChange={(event) => {
                  setValue(event.target.value);
                  setError(null);
                }}
                className={clsx(
                  'min-h-10 w-24 min-w-0 rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-xs',
                  'placeholder:text-slate-400 focus-visible:outline-2 focus-visible:outline-offset-0',
                  error
                    ? 'border-red-600 focus-visible:outline-red-600'
                    : 'border-slate-300 focus-visible:outline-brand-700',
                )}
              />
              <Button
                type="submit"
                variant="secondary"
                disabled={!changed}
                loading={setCapacity.isPending}
              >
                <Trans>Enregistrer</Trans>
                <span className="sr-only">{t`la capacité de ${name}`}</span>
              </Button>
            </div>
            {error && (
              <p id={errorId} className="text-sm text-red-700" role="alert">
                {error}
              </p>
            )}
          </form>
        ) : member.capacity === null ? (
          <span className="text-slate-700">
            <Trans>Par défaut ({defaultCapacity})</Trans>
          </span>
        ) : (
          <span className="font-medium text-slate-900 tabular-nums">
            {formatNumber(member.capacity)}
          </span>
        )}
      </td>
    </tr>
  );
}
