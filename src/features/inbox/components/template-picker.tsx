import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { InlineError } from '../../../components/ui/inline-error';
import { LoadError } from '../../../components/ui/load-error';
import { SelectField } from '../../../components/ui/select-field';
import { SkeletonList } from '../../../components/ui/skeleton';
import { TextField } from '../../../components/ui/text-field';
import { WhatsAppBubble } from '../../../domain/templates/components/whatsapp-bubble';
import {
  headerMediaLabel,
  readButtons,
  readHeader,
} from '../../../domain/templates/template-content';
import { toUserMessage } from '../../../lib/errors';
import { paths } from '../../../lib/paths';
import { fillPlaceholders } from '@shared/templates/parameters.ts';
import { newClientId } from '../client-id';
import { useApprovedTemplates } from '../hooks/use-reference-data';
import { parametersOf, prefilledValues } from '../template-values';
import type { InboxContact, ReplyContent } from '../types';

type Draft = { templateId: string; values: Record<string, string>; clientMessageId: string };

/**
 * Outside the 24-hour window (or by choice), an approved template: its placeholders prefilled
 * from the contact as its mapping says, editable, with the message as the contact will read it.
 */
export function TemplatePicker({
  organizationId,
  contact,
  onSend,
  sending,
  error,
}: {
  organizationId: string;
  contact: InboxContact;
  onSend: (clientMessageId: string, content: ReplyContent) => void;
  sending: boolean;
  error: string | undefined;
}) {
  const { t } = useLingui();
  const templates = useApprovedTemplates(organizationId);
  const [draft, setDraft] = useState<Draft | null>(null);
  const formId = useId();

  if (templates.isPending) return <SkeletonList rows={2} label={t`Chargement des modèles…`} />;
  if (templates.isError) {
    return (
      <LoadError
        message={toUserMessage(templates.error, t`Les modèles n’ont pas pu être chargés.`)}
        onRetry={() => void templates.refetch()}
      />
    );
  }
  if (templates.data.length === 0) {
    return (
      <p className="text-sm text-slate-700">
        <Trans>
          Aucun modèle approuvé : synchronisez les modèles depuis la page{' '}
          <Link to={paths.templates} className="font-semibold text-brand-800 underline">
            Modèles
          </Link>
          .
        </Trans>
      </p>
    );
  }

  const template = templates.data.find((candidate) => candidate.id === draft?.templateId);
  const names = template ? parametersOf(template) : [];
  const values = template && draft ? draft.values : {};
  const missing = names.filter((name) => !values[name]?.trim());
  const header = template ? readHeader(template.header) : null;

  const choose = (templateId: string) => {
    const chosen = templates.data.find((candidate) => candidate.id === templateId);
    setDraft(
      chosen
        ? { templateId, values: prefilledValues(chosen, contact), clientMessageId: newClientId() }
        : null,
    );
  };

  return (
    <form
      id={formId}
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (!template || !draft || missing.length > 0 || sending) return;
        onSend(draft.clientMessageId, {
          kind: 'template',
          name: template.name,
          parameters: names.map((name) => ({ name, value: values[name]!.trim() })),
        });
      }}
    >
      <SelectField
        label={t`Modèle approuvé`}
        value={draft?.templateId ?? ''}
        onChange={(event) => choose(event.target.value)}
      >
        <option value="">{t`Choisir un modèle…`}</option>
        {templates.data.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name} ({candidate.language})
          </option>
        ))}
      </SelectField>
      {template && draft && (
        <>
          {names.length > 0 && (
            <fieldset className="grid gap-2 sm:grid-cols-2">
              <legend className="mb-1 text-sm font-medium text-slate-800">
                <Trans>Paramètres (préremplis depuis la fiche du contact)</Trans>
              </legend>
              {names.map((name) => (
                <TextField
                  key={name}
                  label={`{{${name}}}`}
                  value={values[name] ?? ''}
                  error={draft && !values[name]?.trim() ? t`Valeur manquante` : undefined}
                  onChange={(event) =>
                    setDraft({
                      ...draft,
                      values: { ...draft.values, [name]: event.target.value },
                      clientMessageId: newClientId(),
                    })
                  }
                />
              ))}
            </fieldset>
          )}
          <WhatsAppBubble
            media={headerMediaLabel(header)}
            headerText={header?.text ? fillPlaceholders(header.text, values) : null}
            body={fillPlaceholders(template.body, values)}
            footer={template.footer}
            buttons={readButtons(template.buttons)}
          />
        </>
      )}
      <InlineError message={error} />
      <div className="flex justify-end">
        <Button
          type="submit"
          loading={sending}
          loadingText={t`Envoi…`}
          disabled={!template || missing.length > 0}
        >
          <Trans>Envoyer le modèle</Trans>
        </Button>
      </div>
    </form>
  );
}
