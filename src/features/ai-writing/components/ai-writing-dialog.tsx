import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import clsx from 'clsx';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { CopyIcon } from '../../../components/ui/icons';
import { InlineError } from '../../../components/ui/inline-error';
import { SelectField } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { characterCount } from '../../../domain/contacts/length-hint';
import type { MemberRole } from '../../../domain/organizations/roles';
import { copyText } from '../../../lib/clipboard';
import { formatNumber } from '../../../lib/format';
import { languageOptions } from '../../../lib/language-names';
import { paths } from '../../../lib/paths';
import { canSyncTemplates } from '../../templates/permissions';
import { supabase } from '../../../lib/supabase';
import { fetchCreditBalance } from '../../credits/api';
import { creditsKeys } from '../../credits/query-keys';
import {
  generateVariants,
  type AiLanguage,
  type AiPurpose,
  type Generation,
  type SubmittedTemplate,
} from '../api';
import { BRIEF_MAX } from '../briefs';
import { generationFailure } from '../generation-failure';
import { TemplateForm, TemplateSubmitted } from './template-submission';
import { VariableMark, VariantText } from './variant-text';

export type AiWritingDialogProps = {
  open: boolean;
  onClose: () => void;
  organizationId: string;
  role: MemberRole;
  purpose: AiPurpose;
  /** What the page proposes to ask for; the person may change it. */
  initialBrief: string;
  /** What the model should know besides the brief (the conversation so far). */
  context?: string;
  /** « Utiliser ce texte » for a reply or an FAQ answer: the page takes the text. */
  onUse?: (text: string) => void;
  /** The most characters the page's field takes, when fewer than WhatsApp allows. */
  maxLength?: number;
};

/** A generation on screen: `serial` tells one from the next. */
type GenerationResult = Generation & { brief: string; serial: number };

type Step =
  | { kind: 'variants' }
  | { kind: 'template'; text: string }
  | { kind: 'submitted'; template: SubmittedTemplate };

/**
 * « Rédiger avec l'IA »: a brief (and a language) gives three variants for one credit, which the
 * page takes (a reply, an FAQ answer) or, for a campaign, which becomes a new WhatsApp template to
 * submit for approval. Closing keeps what was generated, paid for: opening again shows it.
 */
export function AiWritingDialog({
  open,
  onClose,
  organizationId,
  role,
  purpose,
  initialBrief,
  context,
  onUse,
  maxLength,
}: AiWritingDialogProps) {
  const { t } = useLingui();
  const queryClient = useQueryClient();
  const [brief, setBrief] = useState(initialBrief);
  const [language, setLanguage] = useState<AiLanguage | ''>('');
  const [briefError, setBriefError] = useState<string>();
  const [result, setResult] = useState<GenerationResult | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'variants' });
  const [wasOpen, setWasOpen] = useState(open);
  const generateRef = useRef<HTMLButtonElement>(null);

  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      // Until something was generated, each opening starts from the page's current brief.
      if (!result) setBrief(initialBrief);
      if (step.kind === 'submitted') setStep({ kind: 'variants' });
    }
  }

  const generation = useMutation({
    mutationFn: generateVariants,
    onSuccess: (answer, request) => {
      queryClient.setQueryData(creditsKeys.wallet(organizationId), answer.balance);
      setResult((previous) => ({
        ...answer,
        brief: request.brief,
        serial: (previous?.serial ?? 0) + 1,
      }));
    },
    onError: (error) => {
      // The note shows the empty balance and the way to buy credits.
      if (generationFailure(error).outOfCredits) {
        queryClient.setQueryData(creditsKeys.wallet(organizationId), 0);
      }
    },
  });
  const failure = generation.isError ? generationFailure(generation.error) : null;

  // The button was disabled while generating, which drops the focus: back to it to try again.
  useEffect(() => {
    if (generation.error) generateRef.current?.focus();
  }, [generation.error]);

  const briefProblem = (value: string) => {
    const max = formatNumber(BRIEF_MAX);
    const trimmed = value.trim();
    if (trimmed === '') return t`Décrivez le message à rédiger.`;
    if (trimmed.length > BRIEF_MAX) return t`La description compte ${max} caractères au plus.`;
    return undefined;
  };

  const generate = () => {
    if (generation.isPending) return;
    const problem = briefProblem(brief);
    setBriefError(problem);
    if (problem) return;
    generation.mutate({
      organizationId,
      purpose,
      brief: brief.trim(),
      ...(language ? { language } : {}),
      ...(context?.trim() ? { context } : {}),
    });
  };

  const canSubmitTemplate = purpose === 'campaign' && canSyncTemplates(role);
  const use = (text: string) => {
    if (purpose === 'campaign') {
      setStep({ kind: 'template', text });
      return;
    }
    onUse?.(text);
    onClose();
  };

  const descriptions: Record<AiPurpose, string> = {
    campaign: t`Trois propositions de texte de campagne, prêtes à devenir un modèle WhatsApp.`,
    reply: t`Trois propositions de réponse, écrites à partir de la conversation.`,
    faq_answer: t`Trois propositions de réponse pour cette entrée de la FAQ.`,
  };
  const used = formatNumber(brief.trim().length);
  const limit = formatNumber(BRIEF_MAX);

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={step.kind === 'variants' ? t`Rédiger avec l’IA` : t`Créer un modèle WhatsApp`}
      description={step.kind === 'variants' ? descriptions[purpose] : undefined}
      size="xl"
    >
      {step.kind === 'template' && result ? (
        <TemplateForm
          organizationId={organizationId}
          text={step.text}
          brief={result.brief}
          language={result.language}
          onBack={() => setStep({ kind: 'variants' })}
          onSubmitted={(template) => setStep({ kind: 'submitted', template })}
        />
      ) : step.kind === 'submitted' ? (
        <TemplateSubmitted template={step.template} onClose={onClose} />
      ) : (
        <>
          <form
            noValidate
            className="mt-4 flex flex-col gap-4"
            onSubmit={(event) => {
              event.preventDefault();
              generate();
            }}
          >
            <TextAreaField
              label={t`Décrivez le message`}
              rows={3}
              value={brief}
              onChange={(event) => {
                setBrief(event.target.value);
                // Once refused, the field says as it changes whether it is right now.
                if (briefError) setBriefError(briefProblem(event.target.value));
              }}
              hint={t`${used} / ${limit} caractères`}
              error={briefError}
              data-autofocus={result ? undefined : true}
            />
            <SelectField
              label={t`Langue`}
              value={language}
              onChange={(event) => setLanguage(event.target.value as AiLanguage | '')}
            >
              <option value="">{t`Détecter automatiquement`}</option>
              {languageOptions().map(({ locale, label }) => (
                <option key={locale} value={locale} lang={locale}>
                  {label}
                </option>
              ))}
            </SelectField>
            <CreditNote organizationId={organizationId} again={result !== null} onLeave={onClose} />
            <InlineError message={failure?.message} />
            {generation.isPending && <Progress />}
            <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
              <Button variant="secondary" onClick={onClose}>
                <Trans>Fermer</Trans>
              </Button>
              <Button
                ref={generateRef}
                type="submit"
                loading={generation.isPending}
                loadingText={t`Rédaction…`}
              >
                {result ? <Trans>Générer à nouveau</Trans> : <Trans>Générer</Trans>}
              </Button>
            </div>
          </form>
          {result && (
            <Variants
              key={result.serial}
              generation={result}
              purpose={purpose}
              canUse={purpose !== 'campaign' || canSubmitTemplate}
              maxLength={maxLength}
              onUse={use}
            />
          )}
        </>
      )}
    </Dialog>
  );
}

/** The price, said before each generation, and the wallet's balance as it stands. */
function CreditNote({
  organizationId,
  again,
  onLeave,
}: {
  organizationId: string;
  /** Variants are on screen: generating again costs another credit. */
  again: boolean;
  onLeave: () => void;
}) {
  const { t } = useLingui();
  // Read at each opening: credits bought or spent elsewhere since show at once.
  const wallet = useQuery({
    queryKey: creditsKeys.wallet(organizationId),
    queryFn: () => fetchCreditBalance(supabase, organizationId),
    staleTime: 0,
  });
  const balance = wallet.data;
  return (
    <div className="flex flex-col gap-1 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700">
      <p>
        {again ? (
          <Trans>
            Générer à nouveau coûte un autre crédit, débité seulement si les trois propositions sont
            valides.
          </Trans>
        ) : (
          <Trans>
            1 crédit par génération, débité seulement si les trois propositions sont valides.
          </Trans>
        )}
      </p>
      <p aria-live="polite" className="font-medium text-slate-900">
        {balance !== undefined && balance !== null ? (
          t`Solde : ${plural(balance, { one: '# crédit', other: '# crédits' })}`
        ) : wallet.isError || balance === null ? (
          <Trans>Solde indisponible pour le moment.</Trans>
        ) : (
          <Trans>Solde : chargement…</Trans>
        )}
      </p>
      {balance === 0 && (
        <Link
          to={paths.credits}
          onClick={onLeave}
          className="font-semibold text-brand-800 underline"
        >
          <Trans>Acheter des crédits</Trans>
        </Link>
      )}
    </div>
  );
}

/** While the model writes, which takes a few seconds. */
function Progress() {
  const { t } = useLingui();
  return (
    <div className="flex flex-col gap-2 rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-brand-900">
      <p role="status" className="flex items-center gap-2">
        <Spinner />
        <Trans>L’IA rédige trois propositions : cela peut prendre quelques secondes.</Trans>
      </p>
      <div
        role="progressbar"
        aria-label={t`Rédaction en cours`}
        className="h-1.5 w-full overflow-hidden rounded-full bg-brand-100"
      >
        <div className="h-full w-full animate-pulse rounded-full bg-brand-600" />
      </div>
    </div>
  );
}

function Variants({
  generation,
  purpose,
  canUse,
  maxLength,
  onUse,
}: {
  generation: Generation;
  purpose: AiPurpose;
  /** Whether « Utiliser ce texte » is offered: a campaign's text needs a role that submits templates. */
  canUse: boolean;
  maxLength?: number;
  onUse: (text: string) => void;
}) {
  const { t } = useLingui();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState('');
  const example = '{{1}}';

  // Mounted for each new generation (and back from the template's step): read from the heading.
  useEffect(() => headingRef.current?.focus(), []);

  const copy = (text: string, position: number) => {
    void copyText(text).then((done) =>
      setCopied(
        done
          ? t`Proposition ${position} copiée dans le presse-papiers.`
          : t`La copie a échoué : sélectionnez le texte de la proposition ${position} pour le copier.`,
      ),
    );
  };

  return (
    <section aria-labelledby={headingId} className="mt-6 border-t border-slate-200 pt-4">
      <h3
        id={headingId}
        ref={headingRef}
        tabIndex={-1}
        className="text-base font-semibold text-slate-900"
      >
        <Trans>Trois propositions</Trans>
      </h3>
      {purpose === 'campaign' && (
        <p className="mt-1 text-sm text-slate-600">
          <Trans>
            Les variables comme <VariableMark text={example} /> seront remplacées, pour chaque
            contact, par les valeurs choisies dans la campagne.
          </Trans>
        </p>
      )}
      {purpose === 'campaign' && !canUse && (
        <p className="mt-2 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
          <Trans>
            Un administrateur peut soumettre ce texte à WhatsApp comme nouveau modèle : copiez la
            proposition choisie et transmettez-la-lui.
          </Trans>
        </p>
      )}
      <ol className="mt-3 flex flex-col gap-3">
        {generation.variants.map((text, index) => (
          <VariantCard
            key={index}
            position={index + 1}
            text={text}
            canUse={canUse}
            maxLength={maxLength}
            onUse={() => onUse(text)}
            onCopy={() => copy(text, index + 1)}
          />
        ))}
      </ol>
      <p role="status" className="mt-2 min-h-5 text-sm text-green-800">
        {copied}
      </p>
    </section>
  );
}

function VariantCard({
  position,
  text,
  canUse,
  maxLength,
  onUse,
  onCopy,
}: {
  position: number;
  text: string;
  canUse: boolean;
  maxLength?: number;
  onUse: () => void;
  onCopy: () => void;
}) {
  const { t } = useLingui();
  const headingId = useId();
  const count = characterCount(text);
  const tooLong = maxLength !== undefined && count > maxLength;
  const max = formatNumber(maxLength ?? 0);
  return (
    <li>
      <article
        aria-labelledby={headingId}
        className="rounded-lg border border-slate-200 bg-white p-3 sm:p-4"
      >
        <h4 id={headingId} className="text-sm font-semibold text-slate-700">
          <Trans>Proposition {position}</Trans>
        </h4>
        <VariantText text={text} className="mt-2 text-sm text-slate-900" />
        <p className={clsx('mt-2 text-xs', tooLong ? 'text-red-700' : 'text-slate-600')}>
          {tooLong
            ? t`${plural(count, { one: '# caractère', other: '# caractères' })} : plus que les ${max} de ce champ, raccourcissez-le après l’avoir utilisé.`
            : plural(count, { one: '# caractère', other: '# caractères' })}
        </p>
        <div className="mt-3 flex flex-wrap gap-2">
          {canUse && (
            <Button onClick={onUse} aria-describedby={headingId}>
              <Trans>Utiliser ce texte</Trans>
            </Button>
          )}
          <Button variant="secondary" onClick={onCopy} aria-describedby={headingId}>
            <CopyIcon className="size-4" />
            <Trans>Copier</Trans>
          </Button>
        </div>
      </article>
    </li>
  );
}
