import { Trans, useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { ExternalLinkIcon } from '../../../components/ui/icons';
import { WhatsAppText } from '../../../domain/templates/components/whatsapp-text';
import { csatRating, mapUrl, readMedia, readTemplate, type MediaContent } from '../message-content';
import { canRetry, tickOf } from '../message-status';
import { formatTime } from '../time-format';
import type { Message } from '../types';
import { MessageTicks } from './message-ticks';

export type BubbleSide = 'left' | 'right';

type MessageBubbleProps = {
  message: Message;
  /** Who wrote it, over the first bubble of a group: « Awa », « Note privée · Paul »… */
  authorLabel: string;
  startsGroup: boolean;
  timeZone: string;
  /** The campaign's name, for a campaign message. */
  campaignName: string | null;
  /** Whether the reader may send a failed message again (agents and up). */
  mayRetry: boolean;
  onRetry: (messageId: string) => void;
  retrying: boolean;
};

function bubbleClasses(message: Message): string {
  if (message.private) return 'border border-amber-300 bg-amber-50 text-slate-900';
  switch (message.author) {
    case 'contact':
      return 'border border-slate-200 bg-white text-slate-900';
    case 'agent':
      return 'bg-[#d9fdd3] text-slate-900';
    case 'wati':
      return 'border border-violet-200 bg-violet-50 text-slate-900';
    case 'campaign':
      return 'border border-sky-200 bg-sky-50 text-slate-900';
    default:
      return 'border border-slate-200 bg-slate-100 text-slate-900';
  }
}

function FileLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className="inline-flex items-center gap-1 font-semibold break-all text-brand-800 underline"
    >
      {children}
      <ExternalLinkIcon className="size-4" />
    </a>
  );
}

function MediaBlock({ kind, media, who }: { kind: string; media: MediaContent; who: string }) {
  const { t } = useLingui();
  if (media.type === 'location') {
    const place = [media.name, media.address].filter(Boolean).join(' — ');
    return (
      <div className="flex flex-col gap-1">
        <p className="font-semibold">
          <span aria-hidden="true">📍 </span>
          <Trans>Position partagée</Trans>
        </p>
        {place && <p>{place}</p>}
        <FileLink href={mapUrl(media.latitude, media.longitude)}>
          <Trans>Voir sur la carte</Trans>
        </FileLink>
      </div>
    );
  }
  if (media.type === 'contacts') {
    return (
      <ul aria-label={t`Fiches de contact partagées`} className="flex flex-col gap-1.5">
        {media.contacts.map((card, index) => (
          <li key={index} className="rounded-md border border-slate-200 bg-white/70 px-2.5 py-1.5">
            <p className="font-semibold">{card.name ?? t`Contact sans nom`}</p>
            {card.phone && (
              <a
                href={`tel:${card.phone.replace(/[^\d+]/g, '')}`}
                className="text-brand-800 underline"
              >
                {card.phone}
              </a>
            )}
          </li>
        ))}
      </ul>
    );
  }
  if (media.type === 'choices') {
    return (
      <ul aria-label={t`Choix proposés`} className="mt-1 flex flex-wrap gap-1">
        {media.choices.map((choice, index) => (
          <li
            key={index}
            className="rounded-full border border-slate-300 bg-white px-2 py-0.5 text-xs"
          >
            {choice}
          </li>
        ))}
      </ul>
    );
  }
  const name = media.fileName ?? t`Fichier`;
  switch (kind) {
    case 'image':
    case 'sticker':
      return (
        <a href={media.url} target="_blank" rel="noopener noreferrer" className="block">
          <img
            src={media.url}
            alt={
              media.caption ??
              (kind === 'sticker' ? t`Autocollant envoyé par ${who}` : t`Image envoyée par ${who}`)
            }
            loading="lazy"
            className="max-h-64 max-w-full rounded-md object-contain"
          />
        </a>
      );
    case 'audio':
      return (
        <div className="flex flex-col gap-1">
          <audio controls preload="none" src={media.url} className="max-w-full">
            <FileLink href={media.url}>
              <Trans>Écouter le message vocal</Trans>
            </FileLink>
          </audio>
          <FileLink href={media.url}>
            <Trans>Ouvrir l’audio</Trans>
          </FileLink>
        </div>
      );
    case 'video':
      return (
        <div className="flex flex-col gap-1">
          <video
            controls
            preload="metadata"
            src={media.url}
            className="max-h-64 max-w-full rounded-md"
          >
            <FileLink href={media.url}>
              <Trans>Voir la vidéo</Trans>
            </FileLink>
          </video>
          <FileLink href={media.url}>
            <Trans>Ouvrir la vidéo</Trans>
          </FileLink>
        </div>
      );
    default:
      return (
        <p>
          <span aria-hidden="true">📄 </span>
          <FileLink href={media.url}>{name}</FileLink>
        </p>
      );
  }
}

function MessageBody({ message, who }: { message: Message; who: string }) {
  const { t } = useLingui();
  const media = readMedia(message.kind, message.media);
  const body = message.body;
  const caption = media?.type === 'file' ? media.caption : null;

  if (message.kind === 'button_reply' || message.kind === 'list_reply') {
    const label = body ?? '';
    return (
      <p className="inline-flex items-center gap-1.5 rounded-full border-2 border-brand-700 bg-white px-3 py-1 font-semibold text-brand-800 shadow-inner">
        <span aria-hidden="true">↩</span>
        <span className="sr-only">
          {message.kind === 'button_reply' ? t`Bouton pressé :` : t`Choix dans la liste :`}
        </span>
        {label}
      </p>
    );
  }
  if (message.kind === 'unsupported') {
    return (
      <p className="italic text-slate-700">
        <Trans>Message non pris en charge par WCAP : consultez-le sur WhatsApp.</Trans>
      </p>
    );
  }
  const rating = message.kind === 'csat' && message.author === 'contact' ? csatRating(body) : null;
  return (
    <div className="flex flex-col gap-1.5">
      {media && <MediaBlock kind={message.kind} media={media} who={who} />}
      {rating !== null ? (
        <p className="font-semibold">
          <Trans>Note de satisfaction : {rating}/5</Trans>
        </p>
      ) : (
        body &&
        body !== caption && (
          <p className="break-words whitespace-pre-wrap">
            <WhatsAppText text={body} />
          </p>
        )
      )}
      {caption && (
        <p className="break-words whitespace-pre-wrap">
          <WhatsAppText text={caption} />
        </p>
      )}
      {!media && !body && message.kind !== 'text' && (
        <p className="italic text-slate-700">
          <Trans>Contenu indisponible.</Trans>
        </p>
      )}
    </div>
  );
}

/** One message of the thread: the contact's on the left, what the organisation said on the right. */
export function MessageBubble({
  message,
  authorLabel,
  startsGroup,
  timeZone,
  campaignName,
  mayRetry,
  onRetry,
  retrying,
}: MessageBubbleProps) {
  const { t } = useLingui();
  const side: BubbleSide = message.author === 'contact' ? 'left' : 'right';
  const tick = tickOf(message.status);
  const template = message.kind === 'template' ? readTemplate(message.template) : null;
  const templateName = template?.name ?? null;
  const time = formatTime(message.created_at, timeZone);
  const reason = message.failure_reason;

  return (
    <div
      className={clsx(
        'flex flex-col',
        side === 'left' ? 'items-start' : 'items-end',
        startsGroup ? 'mt-3' : 'mt-0.5',
      )}
    >
      <article
        aria-label={t`${authorLabel}, ${time}`}
        className={clsx(
          'max-w-[85%] rounded-lg px-3 py-2 text-[0.9375rem] leading-snug shadow-xs sm:max-w-[70%]',
          bubbleClasses(message),
        )}
      >
        {startsGroup && (
          <p
            className={clsx(
              'mb-1 text-xs font-semibold',
              message.private ? 'text-amber-900' : 'text-slate-700',
            )}
          >
            {authorLabel}
          </p>
        )}
        {message.author === 'campaign' && campaignName && (
          <p className="mb-1 text-xs text-sky-900">
            <Trans>Campagne « {campaignName} »</Trans>
          </p>
        )}
        {templateName && message.author !== 'campaign' && (
          <p className="mb-1 text-xs text-slate-700">
            <Trans>Modèle « {templateName} »</Trans>
          </p>
        )}
        <MessageBody message={message} who={authorLabel} />
        <p className="mt-1 flex items-center justify-end gap-1.5 text-[0.6875rem] text-slate-600">
          {message.opt_out && (
            <Badge tone="danger" className="mr-auto">
              <Trans>Désabonnement</Trans>
            </Badge>
          )}
          <time dateTime={message.created_at}>{time}</time>
          {tick && <MessageTicks tick={tick} />}
        </p>
      </article>
      {message.status === 'failed' && (
        <div className="mt-1 flex max-w-[85%] flex-wrap items-center justify-end gap-2 text-sm text-red-800 sm:max-w-[70%]">
          <p>
            {reason ? <Trans>Échec de l’envoi : {reason}</Trans> : <Trans>Échec de l’envoi.</Trans>}
          </p>
          {mayRetry && canRetry(message) && (
            <Button
              variant="secondary"
              className="min-h-8 px-3 py-1"
              loading={retrying}
              onClick={() => onRetry(message.id)}
            >
              <Trans>Réessayer</Trans>
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
