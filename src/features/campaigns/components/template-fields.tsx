import { useId } from 'react';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Link } from 'react-router';
import { Card } from '../../../components/ui/card';
import { EmptyState } from '../../../components/ui/empty-state';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { paths } from '../../../lib/paths';
import type { CampaignTemplate } from '../api';
import type { CampaignFormValues } from '../campaign-form';
import { choiceLabels, type BindingRow, type SourceChoice } from '../parameter-bindings';
import { templateLabel } from '../template-label';

const linkClasses =
  'inline-flex min-h-10 items-center justify-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800';

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
  const keyListId = useId();

  if (templates.length === 0) {
    return (
      <Card title="Modèle">
        <EmptyState
          headingLevel={3}
          title="Aucun modèle approuvé"
          action={
            <Link to={paths.templates} className={linkClasses}>
              Aller aux modèles
            </Link>
          }
        >
          Une campagne envoie un modèle approuvé par WhatsApp. Sur la page Modèles, « Synchroniser »
          récupère ceux de votre compte Wati ; revenez ensuite ici.
        </EmptyState>
      </Card>
    );
  }

  return (
    <Card
      title="Modèle"
      description="Seuls les modèles approuvés par WhatsApp peuvent être envoyés en campagne."
    >
      <div className="flex flex-col gap-4">
        {lostTemplate && (
          <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
            Le modèle de ce brouillon n’est plus approuvé (ou n’existe plus) : choisissez-en un
            autre.
          </p>
        )}
        <SelectField
          label="Modèle approuvé"
          error={errors.templateId?.message}
          {...register('templateId', {
            onChange: (event: { target: { value: string } }) =>
              onTemplateChange(event.target.value),
          })}
        >
          <option value="">Choisissez un modèle</option>
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {templateLabel(template, templates)}
            </option>
          ))}
        </SelectField>

        {templateId && bindings.length === 0 && (
          <p className="text-sm text-slate-600">Ce modèle n’a aucun paramètre à remplir.</p>
        )}
        {templateId && bindings.length > 0 && (
          <div className="flex flex-col gap-3">
            <p className="text-sm text-slate-600">
              D’où vient la valeur de chaque paramètre au moment de l’envoi : un champ du contact,
              un de ses attributs ou un texte identique pour tous. Les réglages du modèle servent de
              point de départ.
            </p>
            {bindings.map((row, index) => (
              <ParameterFieldset
                key={`${templateId}:${row.parameter}`}
                index={index}
                row={row}
                register={register}
                errors={errors.bindings?.[index]}
                keyListId={keyListId}
                onChoiceChange={() => onChoiceChange(index)}
              />
            ))}
            <datalist id={keyListId}>
              {attributeKeys.map((key) => (
                <option key={key} value={key} />
              ))}
            </datalist>
          </div>
        )}
      </div>
    </Card>
  );
}

function ParameterFieldset({
  index,
  row,
  register,
  errors,
  keyListId,
  onChoiceChange,
}: {
  index: number;
  row: BindingRow;
  register: UseFormRegister<CampaignFormValues>;
  errors: { choice?: { message?: string }; value?: { message?: string } } | undefined;
  keyListId: string;
  onChoiceChange: () => void;
}) {
  const option = (choice: SourceChoice) => (
    <option key={choice} value={choice}>
      {choiceLabels[choice]}
    </option>
  );
  return (
    <fieldset className="flex min-w-0 flex-col gap-3 rounded-lg border border-slate-200 p-3 sm:p-4">
      <legend className="px-1 font-mono text-sm font-semibold break-all text-slate-900">
        {`{{${row.parameter}}}`}
      </legend>
      <SelectField
        label="Source"
        error={errors?.choice?.message}
        {...register(`bindings.${index}.choice`, { onChange: onChoiceChange })}
      >
        {option('')}
        <optgroup label="Champ du contact">
          {option('field:name')}
          {option('field:phone')}
        </optgroup>
        {option('attribute')}
        {option('text')}
      </SelectField>
      {row.choice === 'attribute' && (
        <TextField
          label="Clé de l’attribut"
          autoComplete="off"
          spellCheck={false}
          list={keyListId}
          placeholder="ville"
          hint="Les attributs de vos contacts sont proposés pendant la saisie."
          error={errors?.value?.message}
          {...register(`bindings.${index}.value`)}
        />
      )}
      {row.choice === 'text' && (
        <TextField
          label="Texte à insérer"
          autoComplete="off"
          hint="Le même texte pour tous les contacts."
          error={errors?.value?.message}
          {...register(`bindings.${index}.value`)}
        />
      )}
    </fieldset>
  );
}
