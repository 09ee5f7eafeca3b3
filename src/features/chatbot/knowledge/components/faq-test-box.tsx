import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { Badge } from '../../../../components/ui/badge';
import { Card } from '../../../../components/ui/card';
import { InlineError } from '../../../../components/ui/inline-error';
import { TextField } from '../../../../components/ui/text-field';
import { toUserMessage } from '../../../../lib/errors';
import { useDebouncedValue } from '../../../../lib/use-debounced-value';
import { useBotSettings } from '../hooks/use-bot-settings';
import { useFaqTest } from '../hooks/use-faq';
import { formatPercent } from '../../percent';
import { ConfidenceBar } from './confidence-bar';

/**
 * « Tester »: a message as a contact would write it, the entries the bot would find (three at
 * most), how sure it is of each, and whether it would answer or say it did not understand.
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
            <p className="text-sm font-medium text-slate-900">
              {answers ? (
                <Trans>Le bot enverrait la première réponse ci-dessous.</Trans>
              ) : (
                <Trans>
                  Le bot ne répondrait pas : aucune réponse n’atteint le seuil. Il dirait qu’il n’a
                  pas compris et proposerait un conseiller.
                </Trans>
              )}
            </p>
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
                      {index === 0 && result.aboveThreshold && (
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
    </Card>
  );
}
