import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { buttonClassName } from '../../../components/ui/button-styles';
import { InlineError } from '../../../components/ui/inline-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { characterCount } from '../../../domain/contacts/length-hint';
import { toUserMessage } from '../../../lib/errors';
import { formatNumber } from '../../../lib/format';
import { languageOptions } from '../../../lib/language-names';
import { templatePath } from '../../../lib/paths';
import { queryKeys } from '../../../lib/query-keys';
import {
  submitTemplate,
  type AiLanguage,
  type SubmittedTemplate,
  type TemplateCategory,
} from '../api';
import { isTemplateName, suggestTemplateName, TEMPLATE_NAME_MAX } from '../template-name';
import { VariantText } from './variant-text';

type TemplateFormProps = {
  organizationId: string;
  /** The chosen variant: the template's body. */
  text: string;
  /** Where the suggested name comes from. */
  brief: string;
  /** The variant's language, the template's by default. */
  language: AiLanguage;
  onBack: () => void;
  onSubmitted: (template: SubmittedTemplate) => void;
};

/**
 * « Créer un modèle WhatsApp »: a campaign sends approved templates only, so the chosen text goes
 * to WhatsApp (through Wati) as a new template, with its name, category and language.
 */
export function TemplateForm({
  organizationId,
  text,
  brief,
  language,
  onBack,
  onSubmitted,
}: TemplateFormProps) {
  const { t } = useLingui();
  const queryClient = useQueryClient();
  const textLabelId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(() => suggestTemplateName(brief));
  const [category, setCategory] = useState<TemplateCategory>('MARKETING');
  const [templateLanguage, setTemplateLanguage] = useState<AiLanguage>(language);
  const [nameError, setNameError] = useState<string>();
  const submit = useMutation({
    mutationFn: submitTemplate,
    onSuccess: (template) => {
      void queryClient.invalidateQueries({
        queryKey: queryKeys.whatsappTemplates(organizationId),
      });
      onSubmitted(template);
    },
  });
  const count = characterCount(text);
  const nameMax = formatNumber(TEMPLATE_NAME_MAX);

  // The step replaces the proposals, whose button had the focus.
  useEffect(() => nameRef.current?.focus(), []);

  return (
    <form
      noValidate
      className="mt-4 flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (submit.isPending) return;
        const trimmed = name.trim();
        const problem = isTemplateName(trimmed)
          ? undefined
          : t`Le nom ne contient que des lettres minuscules sans accents, des chiffres et « _ », ${nameMax} caractères au plus.`;
        setNameError(problem);
        if (problem) {
          nameRef.current?.focus();
          return;
        }
        submit.mutate({
          organizationId,
          name: trimmed,
          category,
          language: templateLanguage,
          body: text,
        });
      }}
    >
      <div className="flex flex-col gap-1.5">
        <p id={textLabelId} className="text-sm font-medium text-slate-800">
          <Trans>Texte du modèle</Trans>
        </p>
        <div
          role="group"
          aria-labelledby={textLabelId}
          className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-900"
        >
          <VariantText text={text} />
        </div>
        <p className="text-xs text-slate-600">
          {plural(count, { one: '# caractère', other: '# caractères' })}
        </p>
      </div>
      <TextField
        ref={nameRef}
        label={t`Nom du modèle`}
        hint={t`Lettres minuscules, chiffres et « _ » ; ${nameMax} caractères au plus.`}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={nameError}
      />
      <SelectField
        label={t`Catégorie`}
        value={category}
        onChange={(event) => setCategory(event.target.value as TemplateCategory)}
      >
        <option value="MARKETING">{t`Marketing`}</option>
        <option value="UTILITY">{t`Utilitaire`}</option>
      </SelectField>
      <SelectField
        label={t`Langue du modèle`}
        value={templateLanguage}
        onChange={(event) => setTemplateLanguage(event.target.value as AiLanguage)}
      >
        {languageOptions().map(({ locale, label }) => (
          <option key={locale} value={locale} lang={locale}>
            {label}
          </option>
        ))}
      </SelectField>
      <p className="text-sm text-slate-600">
        <Trans>
          WhatsApp examine chaque nouveau modèle, en général en quelques minutes, parfois jusqu’à 24
          heures.
        </Trans>
      </p>
      <InlineError
        message={
          submit.isError
            ? toUserMessage(
                submit.error,
                t`Le modèle n’a pas pu être soumis à WhatsApp. Réessayez dans un instant.`,
              )
            : null
        }
      />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onBack} disabled={submit.isPending}>
          <Trans>Retour aux propositions</Trans>
        </Button>
        <Button type="submit" loading={submit.isPending} loadingText={t`Envoi…`}>
          <Trans>Soumettre à WhatsApp</Trans>
        </Button>
      </div>
    </form>
  );
}

/** What follows a submission: the template waits for WhatsApp's approval. */
export function TemplateSubmitted({
  template,
  onClose,
}: {
  template: SubmittedTemplate;
  onClose: () => void;
}) {
  const statusRef = useRef<HTMLParagraphElement>(null);

  // Read first: the form that had the focus is gone.
  useEffect(() => statusRef.current?.focus(), []);

  return (
    <div className="mt-4 flex flex-col gap-4">
      <p
        ref={statusRef}
        tabIndex={-1}
        className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900"
      >
        <Trans>
          Modèle soumis à WhatsApp : il pourra être utilisé dans une campagne une fois approuvé.
        </Trans>
      </p>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onClose}>
          <Trans>Fermer</Trans>
        </Button>
        <Link
          to={templatePath(template.id)}
          onClick={onClose}
          className={buttonClassName('primary')}
        >
          <Trans>Voir le modèle</Trans>
        </Link>
      </div>
    </div>
  );
}
