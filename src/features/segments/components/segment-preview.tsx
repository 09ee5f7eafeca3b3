import { Trans, useLingui } from '@lingui/react/macro';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { InlineError } from '../../../components/ui/inline-error';
import { Skeleton } from '../../../components/ui/skeleton';
import { Spinner } from '../../../components/ui/spinner';
import { toUserMessage } from '../../../lib/errors';
import { contactPath } from '../../../lib/paths';
import type { SegmentCriteria } from '@shared/segments/criteria.ts';
import type { SampleContact } from '../api';
import { contactCountSentence } from '../count-text';
import { useSegmentCount, useSegmentSample } from '../hooks/use-segments';
import { formatPhone } from '../../../domain/contacts/phone-display';

type SegmentPreviewProps = {
  organizationId: string;
  /** Valid criteria once the editing has settled; null while the conditions are incomplete. */
  criteria: SegmentCriteria | null;
  /** The conditions changed and the count has not caught up yet. */
  settling: boolean;
};

/** The live count and a sample of the contacts the criteria select, beside the builder. */
export function SegmentPreview({ organizationId, criteria, settling }: SegmentPreviewProps) {
  const { t } = useLingui();
  const count = useSegmentCount(organizationId, criteria);
  const sample = useSegmentSample(organizationId, criteria);
  const updating = criteria !== null && (settling || count.isFetching);

  let message: string;
  if (criteria === null) {
    message = t`Complétez les conditions pour voir combien de contacts elles retiennent.`;
  } else if (count.data !== undefined) {
    message = contactCountSentence(count.data);
  } else if (count.isError) {
    message = '';
  } else {
    message = t`Calcul du nombre de contacts…`;
  }

  return (
    <Card title={t`Aperçu`} description={t`Recalculé à chaque changement des conditions.`}>
      <div className="flex min-h-8 items-start gap-2" aria-busy={updating}>
        {/* Announced politely once the figure settles; the spinner is only for the eyes. */}
        <p
          role="status"
          aria-live="polite"
          aria-atomic="true"
          className="min-w-0 flex-1 text-lg font-semibold text-slate-900"
          data-testid="segment-count"
        >
          {message}
        </p>
        {updating && <Spinner className="mt-1.5 text-brand-700" />}
      </div>
      {count.isError && criteria !== null && (
        <div className="mt-2 flex flex-col items-start gap-2">
          <InlineError
            message={toUserMessage(count.error, t`Le nombre de contacts n’a pas pu être calculé.`)}
          />
          <Button variant="secondary" onClick={() => void count.refetch()}>
            <Trans>Réessayer</Trans>
          </Button>
        </div>
      )}
      {criteria !== null && (
        <div className="mt-4 border-t border-slate-200 pt-4">
          <h3 className="text-sm font-semibold text-slate-900">
            <Trans>Exemples de contacts</Trans>
          </h3>
          <SampleList
            loading={sample.isPending}
            error={sample.isError ? sample.error : null}
            contacts={sample.data}
            onRetry={() => void sample.refetch()}
          />
        </div>
      )}
    </Card>
  );
}

function SampleList({
  loading,
  error,
  contacts,
  onRetry,
}: {
  loading: boolean;
  error: unknown;
  contacts: SampleContact[] | undefined;
  onRetry: () => void;
}) {
  const { t } = useLingui();
  if (loading) {
    return (
      <div role="status" aria-busy="true" className="mt-3 flex flex-col gap-2">
        <span className="sr-only">
          <Trans>Chargement des exemples…</Trans>
        </span>
        {Array.from({ length: 3 }, (_, index) => (
          <Skeleton key={index} className="h-10 w-full" />
        ))}
      </div>
    );
  }
  if (error) {
    return (
      <div className="mt-3 flex flex-col items-start gap-2">
        <InlineError message={toUserMessage(error, t`Les exemples n’ont pas pu être chargés.`)} />
        <Button variant="secondary" onClick={onRetry}>
          <Trans>Réessayer</Trans>
        </Button>
      </div>
    );
  }
  if (!contacts || contacts.length === 0) {
    return (
      <p className="mt-2 text-sm text-slate-600">
        <Trans>Aucun contact à montrer.</Trans>
      </p>
    );
  }
  return (
    <ul aria-label={t`Exemples de contacts du segment`} className="mt-2 divide-y divide-slate-100">
      {contacts.map((contact) => (
        <li key={contact.id} className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1 py-2">
          <Link
            to={contactPath(contact.id)}
            className="min-w-0 font-medium break-words text-brand-700 underline"
          >
            {contact.name ?? t`Sans nom`}
          </Link>
          <span className="text-sm whitespace-nowrap text-slate-600">
            {formatPhone(contact.phone)}
          </span>
          {contact.opt_in_status === 'opted_out' && (
            <Badge tone="danger">
              <Trans>Désabonné</Trans>
            </Badge>
          )}
        </li>
      ))}
    </ul>
  );
}
