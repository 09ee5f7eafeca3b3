import { Trans, useLingui } from '@lingui/react/macro';
import { AI_CHECK_FLOOR } from '@shared/bot/faq-decision.ts';
import { useState, type ReactNode } from 'react';
import { Badge } from '../../../../components/ui/badge';
import { Button } from '../../../../components/ui/button';
import { Card } from '../../../../components/ui/card';
import { InlineError } from '../../../../components/ui/inline-error';
import { TextField } from '../../../../components/ui/text-field';
import { toUserMessage } from '../../../../lib/errors';
import { useDebouncedValue } from '../../../../lib/use-debounced-value';
import { useBotSettings } from '../hooks/use-bot-settings';
import { useFaqAnswer, useFaqTest } from '../hooks/use-faq';
import { formatPercent } from '../../percent';
import { ConfidenceBar } from './confidence-bar';

/**
 * « Tester »: a message as a contact would write it, the entries the bot would find (three at
 * most), how sure it is of each, and whether it would answer or say it did not understand. With
 * the AI check on, the model chooses among them: « Vérifier avec l’IA » asks what it would choose.
 */
export function FaqTestBox({ organizationId }: { organizationId: string }) {
  const { t } = useLingui();
  const [message, setMessage] = useState('');
  const asked = useDebouncedValue(message.trim(), 400);
  const test = useFaqTest(organizationId, asked);
  const settings = useBotSettings(organizationId);
  const threshold = settings.data ? formatPercent(settings.data.faq_threshold) : null;
  const results = asked === '' ? [] : (test.data ?? []);
  const best = results[0];
  const answers = best?.aboveThreshold ?? false;
  const aiCheck = settings.data?.faq_ai_check ?? false;
  // The entries the model would be shown (faq-decision.ts): with none, it is not asked.
  const offered = results.some((result) => result.confidence >= AI_CHECK_FLOOR);
  const check = useFaqAnswer(organizationId);
  // An outcome belongs to the message it was asked for: typing another one hides it.
  const checked = asked !== '' && check.variables === asked;
  const checking = checked && check.isPending;

  let verdict: ReactNode;
  if (!aiCheck) {
    verdict = answers ? (
      <Trans>Le bot enverrait la première réponse ci-dessous.</Trans>
    ) : (
      <Trans>
        Le bot ne répondrait pas : aucune réponse n’atteint le seuil. Il dirait qu’il n’a pas
        compris et proposerait un conseiller.
      </Trans>
    );
  } else if (offered) {
    verdict = (
      <Trans>
        Avec la vérification par l’IA, le bot enverrait l’entrée que l’IA choisit parmi les plus
        proches ci-dessous, ou aucune.
      </Trans>
    );
  } else {
    verdict = (
      <Trans>
        Le bot ne répondrait pas : aucune entrée n’est assez proche pour être soumise à l’IA. Il
        dirait qu’il n’a pas compris et proposerait un conseiller.
      </Trans>
    );
  }

  return (
    <Card
      title={t`Tester`}
      description={t`Écrivez un message comme un contact l’écrirait sur WhatsApp, fautes et abréviations comprises : voici la réponse que le bot choisirait.`}
    >
      <TextField
        type="search"
        label={t`Message à tester`}
        placeholder={t`bjr c koi vos horaire svp`}
        autoComplete="off"
        value={message}
        onChange={(event) => setMessage(event.target.value)}
        hint={
          threshold
            ? t`Le bot répond à partir de ${threshold} de confiance (Chatbot › Réglages).`
            : undefined
        }
      />
      <div aria-live="polite" aria-busy={test.isFetching} className="mt-4 flex flex-col gap-3">
        {asked === '' ? null : test.isError ? (
          <InlineError message={toUserMessage(test.error, t`Le test n’a pas pu aboutir.`)} />
        ) : test.isPending ? (
          <p className="text-sm text-slate-600">
            <Trans>Recherche de la réponse…</Trans>
          </p>
        ) : (
          <>
            <p className="text-sm font-medium text-slate-900">{verdict}</p>
            {results.length === 0 ? (
              <p className="text-sm text-slate-600">
                <Trans>Aucune réponse de la FAQ ne ressemble à ce message.</Trans>
              </p>
            ) : (
              <ol className="flex flex-col gap-3">
                {results.map((result, index) => (
                  <li
                    key={result.entryId}
                    className="flex min-w-0 flex-col gap-2 rounded-lg border border-slate-200 p-3"
                  >
                    <div className="flex flex-wrap items-center gap-2">
                      {!aiCheck && index === 0 && result.aboveThreshold && (
                        <Badge tone="brand">
                          <Trans>Réponse envoyée</Trans>
                        </Badge>
                      )}
                      {result.category && <Badge>{result.category}</Badge>}
                      <p className="min-w-0 text-sm font-semibold break-words text-slate-900">
                        {result.question}
                      </p>
                    </div>
                    <ConfidenceBar
                      confidence={result.confidence}
                      aboveThreshold={result.aboveThreshold}
                    />
                    <p className="line-clamp-3 text-sm break-words whitespace-pre-line text-slate-700">
                      {result.answer}
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
      </div>
      {aiCheck && offered && asked !== '' && test.isSuccess && (
        <div className="mt-4 flex flex-col items-start gap-3 border-t border-slate-200 pt-4">
          <Button
            variant="secondary"
            loading={checking}
            loadingText={t`Vérification par l’IA…`}
            // The entries shown are still the previous message's.
            disabled={test.isPlaceholderData}
            onClick={() => check.mutate(asked)}
          >
            <Trans>Vérifier avec l’IA</Trans>
          </Button>
          <div aria-live="polite" aria-busy={checking} className="flex w-full min-w-0 flex-col">
            {!checked || checking ? null : check.isError ? (
              <InlineError
                message={toUserMessage(
                  check.error,
                  t`La vérification par l’IA n’a pas pu aboutir.`,
                )}
              />
            ) : !check.data ? null : check.data.answer ? (
              <AiOutcome question={check.data.answer.question} byAi={check.data.by === 'ai'} />
            ) : (
              <p className="text-sm font-medium text-slate-900">
                {check.data.by === 'ai' ? (
                  <Trans>
                    L’IA ne trouve aucune entrée qui réponde : le bot dirait qu’il n’a pas compris.
                  </Trans>
                ) : (
                  <Trans>
                    L’IA n’a pas pu répondre et aucune entrée n’atteint le seuil : le bot dirait
                    qu’il n’a pas compris.
                  </Trans>
                )}
              </p>
            )}
          </div>
        </div>
      )}
    </Card>
  );
}

/** The entry the bot would send, and whether the model chose it or, failing, the threshold did. */
function AiOutcome({ question, byAi }: { question: string; byAi: boolean }) {
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-slate-900">
      <span className="min-w-0 break-words">
        <Trans>Le bot répondrait : « {question} »</Trans>
      </span>
      {byAi ? (
        <Badge tone="brand">
          <Trans>choisie par l’IA</Trans>
        </Badge>
      ) : (
        <Badge tone="warning">
          <Trans>selon la correspondance</Trans>
        </Badge>
      )}
    </p>
  );
}
