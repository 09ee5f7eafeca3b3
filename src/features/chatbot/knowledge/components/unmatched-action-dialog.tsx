import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useState } from 'react';
import { Button } from '../../../../components/ui/button';
import { Dialog } from '../../../../components/ui/dialog';
import { InlineError } from '../../../../components/ui/inline-error';
import { TextField } from '../../../../components/ui/text-field';
import { toast } from '../../../../components/ui/toast-store';
import { characterCount } from '../../../../domain/contacts/length-hint';
import { toUserMessage } from '../../../../lib/errors';
import { formatNumber } from '../../../../lib/format';
import type { FaqEntry, UnmatchedAction, UnmatchedMessage } from '../api';
import { useHandleUnmatched } from '../hooks/use-unmatched';
import { FAQ_LIMITS } from '../limits';
import { validateSynonym } from '../synonym-form';
import { EntryPicker } from './entry-picker';
import { SynonymFields } from './synonym-fields';
import { TextAreaWithCounter } from './text-area-with-counter';

export type UnmatchedDialogKind = 'existing' | 'new' | 'synonym';

type UnmatchedActionDialogProps = {
  organizationId: string;
  /** The message acted on, and how; null: closed. */
  acting: { message: UnmatchedMessage; kind: UnmatchedDialogKind } | null;
  onClose: () => void;
  entries: readonly FaqEntry[];
  categories: readonly string[];
  /** The word « Synonyme » starts from. */
  suggestedTerm: string;
};

/** « Ajouter à une réponse existante », « Nouvelle réponse » and « Synonyme », each in one step. */
export function UnmatchedActionDialog({
  organizationId,
  acting,
  onClose,
  entries,
  categories,
  suggestedTerm,
}: UnmatchedActionDialogProps) {
  const { t } = useLingui();
  const titles: Record<UnmatchedDialogKind, string> = {
    existing: t`Ajouter à une réponse existante`,
    new: t`Nouvelle réponse`,
    synonym: t`Synonyme`,
  };
  return (
    <Dialog
      open={acting !== null}
      onClose={onClose}
      title={acting ? titles[acting.kind] : ''}
      description={acting && <Quoted text={acting.message.text} />}
      size="xl"
    >
      {acting && (
        <UnmatchedActionForm
          key={`${acting.message.id}-${acting.kind}`}
          organizationId={organizationId}
          message={acting.message}
          kind={acting.kind}
          entries={entries}
          categories={categories}
          suggestedTerm={suggestedTerm}
          onDone={onClose}
        />
      )}
    </Dialog>
  );
}

function Quoted({ text }: { text: string }) {
  return (
    <blockquote className="rounded-lg border-l-4 border-slate-300 bg-slate-50 px-3 py-2 break-words whitespace-pre-line text-slate-800">
      {text}
    </blockquote>
  );
}

function UnmatchedActionForm({
  organizationId,
  message,
  kind,
  entries,
  categories,
  suggestedTerm,
  onDone,
}: {
  organizationId: string;
  message: UnmatchedMessage;
  kind: UnmatchedDialogKind;
  entries: readonly FaqEntry[];
  categories: readonly string[];
  suggestedTerm: string;
  onDone: () => void;
}) {
  const { t } = useLingui();
  const handle = useHandleUnmatched(organizationId);
  const categoriesId = useId();
  const [entryId, setEntryId] = useState<string | null>(null);
  const [answer, setAnswer] = useState('');
  const [category, setCategory] = useState('');
  const [term, setTerm] = useState(suggestedTerm);
  const [expansion, setExpansion] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});

  const answerMax = formatNumber(FAQ_LIMITS.answer);
  const categoryMax = formatNumber(FAQ_LIMITS.category);

  /** The action the form describes, or null when the form says what to fix. */
  const action = (): UnmatchedAction | null => {
    const found: Record<string, string | undefined> = {};
    if (kind === 'existing' && !entryId) found.entry = t`Choisissez la réponse à compléter.`;
    if (kind === 'new') {
      if (answer.trim() === '') found.answer = t`Écrivez la réponse que le bot enverra.`;
      else if (characterCount(answer.trim()) > FAQ_LIMITS.answer)
        found.answer = t`La réponse doit contenir ${answerMax} caractères au plus (un message WhatsApp).`;
      if (characterCount(category.trim()) > FAQ_LIMITS.category)
        found.category = t`La catégorie doit contenir ${categoryMax} caractères au plus.`;
    }
    if (kind === 'synonym') Object.assign(found, validateSynonym(term, expansion));
    setErrors(found);
    if (Object.values(found).some(Boolean)) return null;
    if (kind === 'existing') return { kind, entryId: entryId! };
    if (kind === 'new') return { kind, answer: answer.trim(), category: category.trim() || null };
    return { kind, term, expansion };
  };

  const success: Record<UnmatchedDialogKind, string> = {
    existing: t`Question ajoutée à la réponse : le bot la reconnaîtra désormais.`,
    new: t`Réponse ajoutée à la FAQ.`,
    synonym: t`Synonyme enregistré : le bot le comprendra désormais.`,
  };

  return (
    <form
      noValidate
      className="mt-4 flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const chosen = action();
        if (!chosen) return;
        handle.mutate(
          { id: message.id, action: chosen },
          {
            onSuccess: () => {
              toast.success(success[kind]);
              onDone();
            },
          },
        );
      }}
    >
      <InlineError
        message={
          handle.isError ? toUserMessage(handle.error, t`L’action n’a pas pu aboutir.`) : null
        }
      />
      {kind === 'existing' && (
        <EntryPicker
          organizationId={organizationId}
          message={message.text}
          entries={entries}
          value={entryId}
          onChange={setEntryId}
          error={errors.entry}
        />
      )}
      {kind === 'new' && (
        <>
          <p className="text-sm text-slate-600">
            <Trans>Ce message devient la première question de la nouvelle réponse.</Trans>
          </p>
          <TextAreaWithCounter
            label={t`Réponse du bot`}
            rows={5}
            max={FAQ_LIMITS.answer}
            value={answer}
            onChange={(event) => setAnswer(event.target.value)}
            error={errors.answer}
            data-autofocus
          />
          <TextField
            label={t`Catégorie (facultatif)`}
            autoComplete="off"
            list={categoriesId}
            value={category}
            onChange={(event) => setCategory(event.target.value)}
            error={errors.category}
          />
          <datalist id={categoriesId}>
            {categories.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </>
      )}
      {kind === 'synonym' && (
        <>
          <p className="text-sm text-slate-600">
            <Trans>
              Le bot lira ce mot comme son équivalent, dans ce message et dans tous les suivants :
              une abréviation (« kel » → « quel »), une faute fréquente, un nom local.
            </Trans>
          </p>
          <SynonymFields
            term={term}
            expansion={expansion}
            onTermChange={setTerm}
            onExpansionChange={setExpansion}
            errors={errors}
            autoFocus={term ? 'expansion' : 'term'}
          />
        </>
      )}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onDone} disabled={handle.isPending}>
          <Trans>Annuler</Trans>
        </Button>
        <Button type="submit" loading={handle.isPending} loadingText={t`Enregistrement…`}>
          {kind === 'existing'
            ? t`Ajouter la question`
            : kind === 'new'
              ? t`Créer la réponse`
              : t`Enregistrer le synonyme`}
        </Button>
      </div>
    </form>
  );
}
