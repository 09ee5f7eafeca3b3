import { Trans, useLingui } from '@lingui/react/macro';
import { useState, type ReactNode } from 'react';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { LoadError } from '../../../components/ui/load-error';
import { LoadingRegion, Skeleton } from '../../../components/ui/skeleton';
import { Spinner } from '../../../components/ui/spinner';
import { WhatsAppBubble } from '../../../domain/templates/components/whatsapp-bubble';
import { toUserMessage } from '../../../lib/errors';
import { formatPhone } from '../../../domain/contacts/phone-display';
import { headerMediaLabel } from '../../../domain/templates/template-content';
import {
  fillPlaceholders,
  parameterValues,
  type ParameterMapping,
} from '@shared/templates/parameters.ts';
import type { CampaignTemplate, PreviewContact } from '../api';
import type { ContactCriteria } from '../campaign-audience';
import { usePreviewContact } from '../hooks/use-campaigns';

type CampaignPreviewProps = {
  organizationId: string;
  /** undefined until a template is chosen. */
  template: CampaignTemplate | undefined;
  mapping: ParameterMapping;
  /** The contacts to step through; null while the audience is incomplete. */
  selection: { criteria: ContactCriteria; optedOutExcluded: boolean } | null;
  /** The audience changed and `selection` has not caught up yet. */
  settling: boolean;
};

/**
 * The message as one real contact of the audience would receive it, and « Contact suivant » to
 * step through the audience (the newest contacts first, opted-out ones skipped).
 */
export function CampaignPreview({
  organizationId,
  template,
  mapping,
  selection,
  settling,
}: CampaignPreviewProps) {
  const { t } = useLingui();
  const selectionKey = JSON.stringify(selection);
  // The position in the audience; back to its first contact whenever the audience changes.
  const [cursor, setCursor] = useState({ key: selectionKey, offset: 0 });
  const offset = cursor.key === selectionKey ? cursor.offset : 0;
  const preview = usePreviewContact(organizationId, selection, offset);
  const page = preview.data;

  let body: ReactNode;
  if (!template) {
    body = (
      <p className="text-sm text-slate-600">
        <Trans>Choisissez un modèle pour voir le message.</Trans>
      </p>
    );
  } else if (selection === null && !settling) {
    body = (
      <p className="text-sm text-slate-600">
        <Trans>
          Complétez l’audience pour voir le message tel qu’un de ses contacts le recevra.
        </Trans>
      </p>
    );
  } else if (selection === null || settling || preview.isPending) {
    body = (
      <LoadingRegion
        label={t`Recherche d’un contact de l’audience…`}
        className="flex flex-col gap-2"
      >
        <Skeleton className="h-5 w-2/3" />
        <Skeleton className="h-24 w-full rounded-lg" />
      </LoadingRegion>
    );
  } else if (preview.isError) {
    body = (
      <LoadError
        message={toUserMessage(preview.error, t`Aucun contact n’a pu être chargé pour l’aperçu.`)}
        onRetry={() => void preview.refetch()}
      />
    );
  } else if (page === null || page === undefined) {
    body =
      offset === 0 ? (
        <p className="text-sm text-slate-600">
          <Trans>
            Aucun contact abonné dans cette audience : personne ne recevrait ce message.
          </Trans>
        </p>
      ) : (
        <div className="flex flex-col items-start gap-2">
          <p className="text-sm text-slate-600">
            <Trans>C’était le dernier contact de l’audience.</Trans>
          </p>
          <Button variant="secondary" onClick={() => setCursor({ key: selectionKey, offset: 0 })}>
            <Trans>Revenir au premier contact</Trans>
          </Button>
        </div>
      );
  } else {
    body = (
      <>
        <FilledMessage template={template} mapping={mapping} contact={page.contact} />
        <div className="mt-3 flex items-center gap-3">
          {/* Not disabled while the next contact loads: the focus stays on the button. */}
          <Button
            variant="secondary"
            aria-busy={preview.isFetching || undefined}
            onClick={() => setCursor({ key: selectionKey, offset: page.offset + 1 })}
          >
            <Trans>Contact suivant</Trans>
          </Button>
          {preview.isFetching && <Spinner className="text-brand-700" />}
        </div>
      </>
    );
  }

  return (
    <Card title={t`Aperçu`} description={t`Le message rempli pour un vrai contact de l’audience.`}>
      {body}
    </Card>
  );
}

function FilledMessage({
  template,
  mapping,
  contact,
}: {
  template: CampaignTemplate;
  mapping: ParameterMapping;
  contact: PreviewContact;
}) {
  const { t } = useLingui();
  const values = parameterValues(template.parameters, mapping, contact);
  const missing = template.parameters.filter((name) => values[name] === undefined);
  const name = contact.name || t`un contact sans nom`;
  const phone = formatPhone(contact.phone);
  // Placeholders as the template writes them: {{name}}.
  const placeholders = missing.map((parameter) => `{{${parameter}}}`).join(', ');

  return (
    <div className="flex flex-col gap-3">
      <p aria-live="polite" className="text-sm text-slate-700">
        <Trans>
          Pour <strong className="font-semibold">{name}</strong> (
          <span className="whitespace-nowrap">{phone}</span>)
        </Trans>
      </p>
      <WhatsAppBubble
        data-testid="campaign-preview"
        media={headerMediaLabel(template.header)}
        headerText={template.header?.text ? fillPlaceholders(template.header.text, values) : null}
        body={fillPlaceholders(template.body, values)}
        footer={template.footer}
        buttons={template.buttons}
      />
      {missing.length > 0 && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <Trans>
            Sans valeur pour ce contact : {placeholders}. Il serait exclu de l’envoi (paramètre
            manquant).
          </Trans>
        </p>
      )}
    </div>
  );
}
