import { Trans, useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import type { BotMessage } from '@shared/bot/turn.ts';
import { ExternalLinkIcon } from '../../../components/ui/icons';
import { WhatsAppText } from '../../../domain/templates/components/whatsapp-text';
import type { SystemEvent, TranscriptEntry } from '../simulator-transcript';

/** What tapping a button or a list row sends. */
export type ChoiceHandler = (choice: { id: string; title: string }) => void;

function Bubble({
  side,
  label,
  children,
}: {
  side: 'contact' | 'bot';
  /** Who speaks, for screen readers. */
  label: string;
  children: ReactNode;
}) {
  return (
    <div className={clsx('flex', side === 'contact' ? 'justify-end' : 'justify-start')}>
      <div
        className={clsx(
          'max-w-[85%] min-w-0 rounded-lg px-3 py-2 text-[0.9375rem] leading-snug shadow-xs',
          side === 'contact' ? 'bg-[#d9fdd3] text-slate-900' : 'bg-white text-slate-900',
        )}
      >
        <span className="sr-only">{label} </span>
        {children}
      </div>
    </div>
  );
}

function Text({ text }: { text: string }) {
  return (
    <p className="break-words whitespace-pre-wrap">
      <WhatsAppText text={text} />
    </p>
  );
}

function Framing({
  header,
  footer,
  children,
}: {
  header: string;
  footer: string;
  children: ReactNode;
}) {
  return (
    <>
      {header && <p className="mb-1 font-semibold break-words">{header}</p>}
      {children}
      {footer && <p className="mt-1 text-xs break-words text-slate-600">{footer}</p>}
    </>
  );
}

function ChoiceButton({
  title,
  description,
  disabled,
  onClick,
}: {
  title: string;
  description?: string;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      disabled={disabled}
      onClick={onClick}
      className={clsx(
        'flex min-h-10 w-full flex-col items-center justify-center rounded-md bg-white px-3 py-1.5 text-center text-sm font-semibold shadow-xs',
        'text-sky-700 enabled:hover:bg-sky-50 disabled:cursor-not-allowed disabled:text-slate-400',
      )}
    >
      <span className="break-words">{title}</span>
      {description && (
        <span className="text-xs font-normal break-words text-slate-600">{description}</span>
      )}
    </button>
  );
}

function BotMessageView({
  message,
  answerable,
  onChoose,
}: {
  message: BotMessage;
  answerable: boolean;
  onChoose: ChoiceHandler;
}) {
  const { t } = useLingui();
  switch (message.kind) {
    case 'text':
      return (
        <Bubble side="bot" label={t`Le bot :`}>
          <Text text={message.body} />
        </Bubble>
      );
    case 'media': {
      const kinds = { image: t`Image`, video: t`Vidéo`, document: t`Document`, audio: t`Audio` };
      const kind = kinds[message.media];
      return (
        <Bubble side="bot" label={t`Le bot :`}>
          <p className="text-xs font-semibold text-slate-600 uppercase">{kind}</p>
          <a
            href={message.url}
            target="_blank"
            rel="noopener noreferrer"
            className="inline-flex items-center gap-1 font-semibold break-all text-brand-800 underline"
          >
            {message.url}
            <ExternalLinkIcon className="size-4" />
          </a>
          {message.caption && <Text text={message.caption} />}
        </Bubble>
      );
    }
    case 'template': {
      const { name, language } = message;
      return (
        <Bubble side="bot" label={t`Le bot :`}>
          <p className="text-xs text-slate-600">
            {language ? (
              <Trans>
                Modèle WhatsApp « {name} » ({language})
              </Trans>
            ) : (
              <Trans>Modèle WhatsApp « {name} »</Trans>
            )}
          </p>
          {message.parameters.length > 0 && (
            <dl className="mt-1 flex flex-col gap-0.5 text-sm">
              {message.parameters.map((parameter) => (
                <div key={parameter.name} className="flex min-w-0 gap-1">
                  <dt className="font-mono text-xs text-slate-600">{`{{${parameter.name}}}`}</dt>
                  <dd className="min-w-0 break-words">{parameter.value}</dd>
                </div>
              ))}
            </dl>
          )}
        </Bubble>
      );
    }
    case 'buttons':
      return (
        <div className="flex flex-col items-start gap-1">
          <Bubble side="bot" label={t`Le bot :`}>
            <Framing header={message.header} footer={message.footer}>
              <Text text={message.body} />
            </Framing>
          </Bubble>
          <ul aria-label={t`Boutons proposés`} className="flex w-full max-w-[85%] flex-col gap-1">
            {message.buttons.map((button) => (
              <li key={button.id}>
                <ChoiceButton
                  title={button.title}
                  disabled={!answerable}
                  onClick={() => onChoose(button)}
                />
              </li>
            ))}
          </ul>
        </div>
      );
    case 'list':
      return (
        <div className="flex flex-col items-start gap-1">
          <Bubble side="bot" label={t`Le bot :`}>
            <Framing header={message.header} footer={message.footer}>
              <Text text={message.body} />
            </Framing>
          </Bubble>
          <div className="flex w-full max-w-[85%] flex-col gap-1 rounded-lg bg-white/60 p-1.5">
            <p className="px-1 text-center text-sm font-semibold text-sky-700">
              <span aria-hidden="true">☰ </span>
              {message.buttonLabel}
            </p>
            {message.sections.map((section, index) => (
              <div key={index} className="flex flex-col gap-1">
                {section.title && (
                  <p className="px-1 text-xs font-semibold text-slate-600 uppercase">
                    {section.title}
                  </p>
                )}
                <ul
                  aria-label={section.title || t`Choix de la liste`}
                  className="flex flex-col gap-1"
                >
                  {section.rows.map((row) => (
                    <li key={row.id}>
                      <ChoiceButton
                        title={row.title}
                        description={row.description}
                        disabled={!answerable}
                        onClick={() => onChoose(row)}
                      />
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </div>
      );
  }
}

function SystemLine({
  children,
  tone = 'neutral',
}: {
  children: ReactNode;
  tone?: 'neutral' | 'end';
}) {
  return (
    <p
      className={clsx(
        'mx-auto w-fit max-w-[90%] rounded-md px-2.5 py-1 text-center text-xs break-words',
        tone === 'end' ? 'bg-amber-50 font-semibold text-amber-950' : 'bg-white/80 text-slate-700',
      )}
    >
      {children}
    </p>
  );
}

function EventLine({ event }: { event: SystemEvent }) {
  const { t } = useLingui();
  switch (event.kind) {
    case 'set_attribute': {
      const { name, value } = event;
      return <SystemLine>{t`Attribut ${name} = ${value}`}</SystemLine>;
    }
    case 'clear_attribute': {
      const { name } = event;
      return <SystemLine>{t`Attribut ${name} effacé`}</SystemLine>;
    }
    case 'add_tag': {
      const { tag } = event;
      return <SystemLine>{t`Étiquette ajoutée : ${tag}`}</SystemLine>;
    }
    case 'remove_tag': {
      const { tag } = event;
      return <SystemLine>{t`Étiquette retirée : ${tag}`}</SystemLine>;
    }
    case 'unsubscribe':
      return <SystemLine>{t`Contact désinscrit`}</SystemLine>;
    case 'resolve':
      return <SystemLine>{t`Conversation résolue`}</SystemLine>;
    case 'unmatched':
      return <SystemLine>{t`Message non compris enregistré`}</SystemLine>;
    case 'handoff': {
      const reasons = {
        flow: t`étape du parcours`,
        keyword: t`le contact l’a demandé`,
        misunderstood: t`trop de messages non compris`,
        invalid_answer: t`trop de réponses invalides`,
        send_failed: t`un message n’a pas pu être envoyé`,
        declined: t`aucun parcours ni aucune réponse de la FAQ`,
        error: t`le parcours a rencontré une erreur`,
      };
      const reason = reasons[event.reason];
      const line =
        event.target.kind === 'team'
          ? t`Transfert à une équipe (${reason})`
          : event.target.kind === 'agent'
            ? t`Transfert à un agent choisi (${reason})`
            : t`Transfert à un conseiller (${reason})`;
      return <SystemLine>{line}</SystemLine>;
    }
  }
}

/** One line of the simulated conversation. */
export function SimulatorEntry({
  entry,
  answerable,
  onChoose,
}: {
  entry: TranscriptEntry;
  /** Whether this message's buttons or rows may be tapped now. */
  answerable: boolean;
  onChoose: ChoiceHandler;
}) {
  const { t } = useLingui();
  switch (entry.kind) {
    case 'contact': {
      const inbound = entry.inbound;
      return (
        <Bubble side="contact" label={t`Le contact :`}>
          {inbound.kind === 'text' ? (
            <Text text={inbound.text} />
          ) : inbound.kind === 'choice' ? (
            <p className="inline-flex items-center gap-1.5 font-semibold">
              <span aria-hidden="true">↩</span>
              <span className="sr-only">{t`Choix :`}</span>
              {inbound.title}
            </p>
          ) : (
            <p className="italic">
              <Trans>Média envoyé (photo, note vocale…)</Trans>
            </p>
          )}
        </Bubble>
      );
    }
    case 'resumed':
      return <SystemLine>{t`Attente écourtée`}</SystemLine>;
    case 'bot':
      return <BotMessageView message={entry.message} answerable={answerable} onChoose={onChoose} />;
    case 'event':
      return <EventLine event={entry.event} />;
    case 'silent':
      return <SystemLine>{t`Le bot n’a rien répondu.`}</SystemLine>;
    case 'end':
      return (
        <SystemLine tone="end">
          {entry.outcome === 'handed_over'
            ? t`Le bot s’arrête : un conseiller prend la suite de la conversation.`
            : t`Fin du parcours.`}
        </SystemLine>
      );
  }
}
