import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useRef, useState } from 'react';
import { Button } from '../../../../components/ui/button';
import { Dialog } from '../../../../components/ui/dialog';
import { CloseIcon, PlusIcon } from '../../../../components/ui/icons';
import { InlineError } from '../../../../components/ui/inline-error';
import { TextField } from '../../../../components/ui/text-field';
import { toast } from '../../../../components/ui/toast-store';
import { toUserMessage } from '../../../../lib/errors';
import { formatNumber } from '../../../../lib/format';
import { AiWriteButton } from '../../../ai-writing/ai-write-button';
import { faqAnswerBrief } from '../../../ai-writing/briefs';
import type { FaqEntry } from '../api';
import {
  hasErrors,
  toFaqEntryWrite,
  validateFaqEntry,
  type FaqEntryErrors,
  type FaqEntryValues,
} from '../faq-entry-form';
import { useSaveFaqEntry } from '../hooks/use-faq';
import { FAQ_LIMITS } from '../limits';
import { TextAreaWithCounter } from './text-area-with-counter';

type FaqEntryDialogProps = {
  open: boolean;
  onClose: () => void;
  organizationId: string;
  /** The entry to change; null to write a new one. */
  entry: FaqEntry | null;
  /** The categories in use, proposed as the category is typed. */
  categories: string[];
};

export function FaqEntryDialog({
  open,
  onClose,
  organizationId,
  entry,
  categories,
}: FaqEntryDialogProps) {
  const { t } = useLingui();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={entry ? t`Modifier la réponse` : t`Nouvelle réponse`}
      description={t`Les questions sont les façons dont les contacts demandent ; le bot envoie la réponse à celles qui leur ressemblent.`}
      size="xl"
    >
      <FaqEntryForm
        organizationId={organizationId}
        entry={entry}
        categories={categories}
        onDone={onClose}
      />
    </Dialog>
  );
}

function FaqEntryForm({
  organizationId,
  entry,
  categories,
  onDone,
}: {
  organizationId: string;
  entry: FaqEntry | null;
  categories: string[];
  onDone: () => void;
}) {
  const { t } = useLingui();
  const save = useSaveFaqEntry(organizationId, entry?.id ?? null);
  const categoriesId = useId();
  const questionsHeadingId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const answerRef = useRef<HTMLTextAreaElement>(null);
  const [values, setValues] = useState<FaqEntryValues>({
    category: entry?.category ?? '',
    answer: entry?.answer ?? '',
    questions: entry ? entry.questions.map((question) => question.question) : [''],
  });
  const [errors, setErrors] = useState<FaqEntryErrors | null>(null);
  const max = FAQ_LIMITS.questionsPerEntry;
  const maxText = formatNumber(max);

  const change = (next: FaqEntryValues) => {
    setValues(next);
    // Once the form was refused, each change says what is still wrong.
    if (errors) setErrors(validateFaqEntry(next));
  };
  const setQuestion = (index: number, question: string) =>
    change({ ...values, questions: values.questions.map((q, i) => (i === index ? question : q)) });
  const focusQuestion = (index: number) =>
    requestAnimationFrame(() =>
      listRef.current?.querySelectorAll('input')[index]?.focus({ preventScroll: false }),
    );

  return (
    <form
      noValidate
      className="mt-4 flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const found = validateFaqEntry(values);
        setErrors(found);
        if (hasErrors(found)) return;
        save.mutate(toFaqEntryWrite(values), {
          onSuccess: () => {
            toast.success(entry ? t`Réponse enregistrée.` : t`Réponse ajoutée à la FAQ.`);
            onDone();
          },
        });
      }}
    >
      <InlineError
        message={
          save.isError
            ? toUserMessage(save.error, t`La réponse n’a pas pu être enregistrée.`)
            : null
        }
      />
      <TextField
        label={t`Catégorie (facultatif)`}
        placeholder={t`Horaires, Cartes, Paiements…`}
        autoComplete="off"
        list={categoriesId}
        value={values.category}
        onChange={(event) => change({ ...values, category: event.target.value })}
        error={errors?.category}
      />
      <datalist id={categoriesId}>
        {categories.map((category) => (
          <option key={category} value={category} />
        ))}
      </datalist>

      <fieldset aria-labelledby={questionsHeadingId} className="flex flex-col gap-2">
        <legend id={questionsHeadingId} className="text-sm font-medium text-slate-800">
          <Trans>Questions</Trans>
        </legend>
        <p className="text-sm text-slate-600">
          <Trans>
            Plusieurs formulations aident le bot : « horaires d’ouverture », « vous ouvrez à quelle
            heure ? »… ({maxText} au plus).
          </Trans>
        </p>
        <ol ref={listRef} className="flex flex-col gap-2">
          {values.questions.map((question, index) => {
            const position = index + 1;
            return (
              <li key={index} className="flex items-start gap-2">
                <TextField
                  label={t`Question ${position}`}
                  autoComplete="off"
                  className="flex-1"
                  value={question}
                  data-autofocus={index === 0 ? true : undefined}
                  onChange={(event) => setQuestion(index, event.target.value)}
                  error={errors?.questions[index]}
                />
                {values.questions.length > 1 && (
                  <Button
                    variant="ghost"
                    className="mt-7 shrink-0"
                    onClick={() => {
                      change({
                        ...values,
                        questions: values.questions.filter((_, i) => i !== index),
                      });
                      focusQuestion(Math.max(0, index - 1));
                    }}
                  >
                    <CloseIcon className="size-4" />
                    <span className="sr-only">{t`Retirer la question ${position}`}</span>
                  </Button>
                )}
              </li>
            );
          })}
        </ol>
        {errors?.questionList && (
          <p className="text-sm text-red-700" role="alert">
            {errors.questionList}
          </p>
        )}
        <div>
          <Button
            variant="secondary"
            disabled={values.questions.length >= max}
            onClick={() => {
              change({ ...values, questions: [...values.questions, ''] });
              focusQuestion(values.questions.length);
            }}
          >
            <PlusIcon className="size-4" />
            <Trans>Ajouter une formulation</Trans>
          </Button>
        </div>
      </fieldset>

      <TextAreaWithCounter
        ref={answerRef}
        label={t`Réponse du bot`}
        rows={6}
        max={FAQ_LIMITS.answer}
        hint={t`Envoyée telle quelle sur WhatsApp.`}
        value={values.answer}
        onChange={(event) => change({ ...values, answer: event.target.value })}
        error={errors?.answer}
      />
      <div>
        <AiWriteButton
          purpose="faq_answer"
          brief={faqAnswerBrief(values.questions)}
          maxLength={FAQ_LIMITS.answer}
          onUse={(text) => {
            change({ ...values, answer: text });
            requestAnimationFrame(() => answerRef.current?.focus());
          }}
        />
      </div>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onDone} disabled={save.isPending}>
          <Trans>Annuler</Trans>
        </Button>
        <Button type="submit" loading={save.isPending} loadingText={t`Enregistrement…`}>
          {entry ? t`Enregistrer` : t`Ajouter à la FAQ`}
        </Button>
      </div>
    </form>
  );
}
