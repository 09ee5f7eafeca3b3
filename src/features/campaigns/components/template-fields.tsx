import { Trans, useLingui } from '@lingui/react/macro';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Link } from 'react-router';
import { buttonClassName } from '../../../components/ui/button-styles';
import { Card } from '../../../components/ui/card';
import { EmptyState } from '../../../components/ui/empty-state';
import { ParameterSourceFields } from '../../../domain/templates/components/parameter-source-fields';
import { SelectField } from '../../../components/ui/select-field';
import type { BindingRow } from '../../../domain/templates/parameter-bindings';
import { paths } from '../../../lib/paths';
import { useWorkspace } from '../../../lib/workspace';
import { AiWriteButton } from '../../ai-writing/ai-write-button';
import { canWriteWithAi } from '../../ai-writing/permissions';
import type { CampaignTemplate } from '../api';
import type { CampaignFormValues } from '../campaign-form';
import { templateLabel } from '../template-label';

type TemplateFieldsProps = {
  templates: CampaignTemplate[];
  register: UseFormRegister<CampaignFormValues>;
  errors: FieldErrors<CampaignFormValues>;
  templateId: string;
  bindings: BindingRow[];
  /** The draft names a template that is no longer approved (or no longer exists). */
  lostTemplate: boolean;
  attributeKeys: string[];
  onTemplateChange: (templateId: string) => void;
  onChoiceChange: (index: number) => void;
};

/** The approved template to send and, for each of its placeholders, where the value comes from. */
export function TemplateFields({
  templates,
  register,
  errors,
  templateId,
  bindings,
  lostTemplate,
  attributeKeys,
  onTemplateChange,
  onChoiceChange,
}: TemplateFieldsProps) {
  const { t } = useLingui();
  const { role } = useWorkspace();
  // A campaign sends approved templates only: the AI's text becomes a new one, submitted to
  // WhatsApp, usable here once approved.
  const aiWriting = canWriteWithAi(role) && (
    <div className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
      <p className="text-sm text-slate-700">
        <Trans>
          Pas de modèle adapté ? L’IA rédige le texte d’un nouveau modèle à soumettre à WhatsApp.
        </Trans>
      </p>
      <AiWriteButton purpose="campaign" brief="" className="self-start sm:self-auto" />
    </div>
  );
  if (templates.length === 0) {
    return (
      <Card title={t`Modèle`}>
        <div className="flex flex-col gap-4">
          <EmptyState
            headingLevel={3}
            title={t`Aucun modèle approuvé`}
            action={
              <Link to={paths.templates} className={buttonClassName('primary')}>
                <Trans>Aller aux modèles</Trans>
              </Link>
            }
          >
            <Trans>
              Une campagne envoie un modèle approuvé par WhatsApp. Sur la page Modèles, «
              Synchroniser » récupère ceux de votre compte Wati ; revenez ensuite ici.
            </Trans>
          </EmptyState>
          {aiWriting}
        </div>
      </Card>
    );
  }

  return (
    <Card
      title={t`Modèle`}
      description={t`Seuls les modèles approuvés par WhatsApp peuvent être envoyés en campagne.`}
    >
      <div className="flex flex-col gap-4">
        {lostTemplate && (
          <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
            <Trans>
              Le modèle de ce brouillon n’est plus approuvé (ou n’existe plus) : choisissez-en un
              autre.
            </Trans>
          </p>
        )}
        <SelectField
          label={t`Modèle approuvé`}
          error={errors.templateId?.message}
          {...register('templateId', {
            onChange: (event: { target: { value: string } }) =>
              onTemplateChange(event.target.value),
          })}
        >
          <option value="">{t`Choisissez un modèle`}</option>
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {templateLabel(template, templates)}
            </option>
          ))}
        </SelectField>
        {aiWriting}

        {templateId && bindings.length === 0 && (
          <p className="text-sm text-slate-600">
            <Trans>Ce modèle n’a aucun paramètre à remplir.</Trans>
          </p>
        )}
        {templateId && bindings.length > 0 && (
          <div className="flex flex-col gap-3">
            <p className="text-sm text-slate-600">
              <Trans>
                D’où vient la valeur de chaque paramètre au moment de l’envoi : un champ du contact,
                un de ses attributs ou un texte identique pour tous. Les réglages du modèle servent
                de point de départ.
              </Trans>
            </p>
            {bindings.map((row, index) => (
              <ParameterSourceFields
                key={`${templateId}:${row.parameter}`}
                parameter={row.parameter}
                choice={row.choice}
                choiceProps={register(`bindings.${index}.choice`, {
                  onChange: () => onChoiceChange(index),
                })}
                valueProps={register(`bindings.${index}.value`)}
                choiceError={errors.bindings?.[index]?.choice?.message}
                valueError={errors.bindings?.[index]?.value?.message}
                attributeKeys={attributeKeys}
                attributeHint={t`Les attributs de vos contacts sont proposés pendant la saisie.`}
              />
            ))}
          </div>
        )}
      </div>
    </Card>
  );
}
