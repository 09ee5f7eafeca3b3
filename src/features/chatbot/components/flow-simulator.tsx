import { Plural, Trans, useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import { useEffect, useId, useRef, useState } from 'react';
import type { FlowDocument } from '@shared/bot/flow.ts';
import type { Inbound } from '@shared/bot/turn.ts';
import { Button } from '../../../components/ui/button';
import { InlineError } from '../../../components/ui/inline-error';
import { PaperclipIcon } from '../../../components/ui/icons';
import { toUserMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { supabase } from '../../../lib/supabase';
import { useWorkspace } from '../../../lib/workspace';
import { simulateTurn, type SimulationSource, type SimulatorContact } from '../flows-api';
import { useFlowVersions } from '../hooks/use-flow-versions';
import {
  answerableEntryId,
  currentNodeId,
  emptyTranscript,
  mayWrite,
  pausedUntil,
  withInbound,
  withTurn,
  type Transcript,
} from '../simulator-transcript';
import { SimulatorContactPicker } from './simulator-contact-picker';
import { SimulatorEntry } from './simulator-entry';

type FlowSimulatorProps = {
  flowId: string;
  /** The editor's draft as it stands, saved or not: what « Brouillon » runs. */
  document: FlowDocument;
  /** The node to highlight on the canvas; null when the conversation starts over. */
  onCurrentNode: (nodeId: string | null) => void;
};

/**
 * A chat panel that plays a contact against the flow, through the engine the runtime uses
 * (bot-simulate): nothing is sent on WhatsApp and nothing is saved.
 */
export function FlowSimulator({ flowId, document, onCurrentNode }: FlowSimulatorProps) {
  const { t } = useLingui();
  const { organization } = useWorkspace();
  const titleId = useId();
  const versions = useFlowVersions(flowId);
  const published = Boolean(versions.data?.publishedVersionId);

  const [source, setSource] = useState<SimulationSource>('draft');
  const [contact, setContact] = useState<SimulatorContact | null>(null);
  const [transcript, setTranscript] = useState<Transcript>(emptyTranscript);
  const [text, setText] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  // Bumped by « Recommencer »: an answer to a conversation since thrown away is ignored.
  const conversation = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const current = currentNodeId(transcript);
  const reportNode = useRef(onCurrentNode);
  useEffect(() => {
    reportNode.current = onCurrentNode;
  });
  useEffect(() => {
    reportNode.current(current);
  }, [current]);
  useEffect(() => () => reportNode.current(null), []);

  const entryCount = transcript.entries.length;
  useEffect(() => {
    const scroller = scrollRef.current;
    if (scroller) scroller.scrollTop = scroller.scrollHeight;
  }, [entryCount, pending]);

  const restart = () => {
    conversation.current += 1;
    setTranscript(emptyTranscript());
    setPending(false);
    setError(undefined);
  };

  const send = async (inbound: Inbound) => {
    const turn = conversation.current;
    const before = transcript;
    const shown = withInbound(before, inbound);
    setTranscript(shown);
    setPending(true);
    setError(undefined);
    try {
      const answer = await simulateTurn(supabase, {
        flowId,
        source,
        document,
        contactId: contact?.id ?? null,
        state: before.session,
        inbound,
      });
      if (turn === conversation.current) setTranscript(withTurn(shown, answer));
    } catch (caught) {
      if (turn !== conversation.current) return;
      // The message goes back where it was written, to send again, unless a new one is there.
      setTranscript(before);
      if (inbound.kind === 'text') setText((written) => written || inbound.text);
      setError(toUserMessage(caught, t`Le simulateur n’a pas pu répondre. Réessayez.`));
    } finally {
      if (turn === conversation.current) setPending(false);
    }
  };

  const writable = mayWrite(transcript);
  const answerable = pending || !writable ? null : answerableEntryId(transcript);
  const resumeAt = pausedUntil(transcript);
  const until = resumeAt ? formatDateTime(resumeAt, organization.time_zone) : '';
  const variables = Object.entries(transcript.session?.variables ?? {});
  const variableCount = variables.length;

  const sourceOption = (value: SimulationSource, label: string, disabled = false) => (
    <label
      className={clsx(
        'flex min-h-9 flex-1 cursor-pointer items-center justify-center rounded-md px-3 text-sm font-semibold',
        'has-focus-visible:outline-2 has-focus-visible:outline-brand-700',
        source === value ? 'bg-white text-brand-800 shadow-xs' : 'text-slate-700',
        disabled && 'cursor-not-allowed opacity-60',
      )}
    >
      <input
        type="radio"
        name={`${titleId}-source`}
        value={value}
        checked={source === value}
        disabled={disabled}
        onChange={() => {
          setSource(value);
          restart();
        }}
        className="sr-only"
      />
      {label}
    </label>
  );

  return (
    <section
      aria-labelledby={titleId}
      className="flex h-full min-h-[28rem] min-w-0 flex-col overflow-hidden bg-white"
    >
      <div className="flex flex-col gap-2 border-b border-slate-200 p-3">
        <div className="flex items-center justify-between gap-2">
          <h2 id={titleId} className="text-base font-semibold text-slate-900">
            <Trans>Simulateur</Trans>
          </h2>
          <Button
            variant="secondary"
            className="min-h-9 px-3 py-1"
            onClick={() => {
              restart();
              setText('');
              inputRef.current?.focus();
            }}
          >
            <Trans>Recommencer</Trans>
          </Button>
        </div>
        <p className="text-xs text-slate-600">
          <Trans>Aucun message WhatsApp n’est envoyé et rien n’est enregistré.</Trans>
        </p>
        <fieldset>
          <legend className="sr-only">
            <Trans>Version testée</Trans>
          </legend>
          <div className="flex gap-1 rounded-lg bg-slate-100 p-1">
            {sourceOption('draft', t`Brouillon`)}
            {sourceOption('published', t`Version publiée`, versions.isSuccess && !published)}
          </div>
          {versions.isSuccess && !published && (
            <p className="mt-1 text-xs text-slate-600">
              <Trans>Pas encore de version publiée : le test porte sur le brouillon.</Trans>
            </p>
          )}
        </fieldset>
        <SimulatorContactPicker
          organizationId={organization.id}
          contact={contact}
          onChange={(chosen) => {
            setContact(chosen);
            restart();
          }}
        />
      </div>

      <div ref={scrollRef} className="min-h-0 flex-1 overflow-y-auto bg-[#efeae2] p-3">
        {entryCount === 0 && (
          <p className="mx-auto max-w-xs py-6 text-center text-sm text-slate-700">
            <Trans>
              Écrivez comme le ferait un contact (un mot-clé du déclencheur, par exemple) pour
              lancer le parcours.
            </Trans>
          </p>
        )}
        <ol role="log" aria-label={t`Conversation simulée`} className="flex flex-col gap-2">
          {transcript.entries.map((entry) => (
            <li key={entry.id}>
              <SimulatorEntry
                entry={entry}
                answerable={entry.id === answerable}
                onChoose={(choice) => {
                  inputRef.current?.focus();
                  void send({ kind: 'choice', id: choice.id, title: choice.title });
                }}
              />
            </li>
          ))}
        </ol>
        {pending && (
          <p className="mt-2 text-xs text-slate-600 italic">
            <Trans>Le bot écrit…</Trans>
          </p>
        )}
      </div>

      <div className="flex flex-col gap-2 border-t border-slate-200 p-2">
        {variableCount > 0 && (
          <details className="text-xs text-slate-700">
            <summary className="cursor-pointer font-semibold">
              <Plural
                value={variableCount}
                one="# variable de session"
                other="# variables de session"
              />
            </summary>
            <dl className="mt-1 flex flex-col gap-0.5">
              {variables.map(([name, value]) => (
                <div key={name} className="flex min-w-0 gap-1">
                  <dt className="font-mono">{name}</dt>
                  <dd className="min-w-0 break-words">= {value}</dd>
                </div>
              ))}
            </dl>
          </details>
        )}
        {resumeAt && !pending && (
          <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-slate-700">
            <p>
              <Trans>Le parcours attend jusqu’au {until}.</Trans>
            </p>
            <Button
              variant="secondary"
              className="min-h-9 px-3 py-1"
              onClick={() => void send({ kind: 'resume' })}
            >
              <Trans>Reprendre maintenant</Trans>
            </Button>
          </div>
        )}
        {!writable && (
          <p className="text-xs text-slate-700">
            <Trans>
              Une fois la conversation transférée, le bot ne répond plus : « Recommencer » rejoue le
              parcours.
            </Trans>
          </p>
        )}
        <InlineError message={error} />
        <form
          className="flex items-center gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            const message = text.trim();
            if (!message || pending || !writable) return;
            setText('');
            void send({ kind: 'text', text: message });
          }}
        >
          <Button
            variant="ghost"
            className="min-h-10 px-2"
            disabled={pending || !writable}
            onClick={() => void send({ kind: 'media' })}
            title={t`Envoyer un média (photo, note vocale…)`}
          >
            <PaperclipIcon />
            <span className="sr-only">
              <Trans>Envoyer un média (photo, note vocale…)</Trans>
            </span>
          </Button>
          <label htmlFor={`${titleId}-message`} className="sr-only">
            <Trans>Message du contact</Trans>
          </label>
          <input
            ref={inputRef}
            id={`${titleId}-message`}
            value={text}
            onChange={(event) => setText(event.target.value)}
            disabled={!writable}
            autoComplete="off"
            placeholder={t`Écrire un message`}
            maxLength={4096}
            className="min-h-10 min-w-0 flex-1 rounded-full border border-slate-300 bg-white px-4 py-2 text-base text-slate-900 placeholder:text-slate-400 focus-visible:outline-2 focus-visible:outline-brand-700 disabled:bg-slate-100"
          />
          <Button type="submit" className="min-h-10 px-4" disabled={pending || !writable}>
            <Trans>Envoyer</Trans>
          </Button>
        </form>
      </div>
    </section>
  );
}
