import { Trans, useLingui } from '@lingui/react/macro';
import type { ReactNode } from 'react';
import type { TemplateButton } from '../template-content';
import { ExternalLinkIcon, PhoneIcon } from '../../../components/ui/icons';
import { WhatsAppText } from './whatsapp-text';

function ButtonIcon({ kind }: { kind: TemplateButton['kind'] }): ReactNode {
  if (kind === 'url') return <ExternalLinkIcon className="size-4" />;
  if (kind === 'call') return <PhoneIcon className="size-4" />;
  return null;
}

type WhatsAppBubbleProps = {
  /** « Image », « Vidéo »…: a media header, drawn as a block that names it. */
  media?: string | null;
  /** Filled for one contact; WhatsApp's formatting applies and unfilled placeholders stand out. */
  headerText?: string | null;
  body: string;
  footer?: string | null;
  buttons?: readonly TemplateButton[];
  'data-testid'?: string;
};

/**
 * A template message as a WhatsApp chat shows it, on the chat's background: the sent bubble with
 * its header, body and footer, and the buttons under it.
 */
export function WhatsAppBubble({
  media,
  headerText,
  body,
  footer,
  buttons = [],
  'data-testid': testId,
}: WhatsAppBubbleProps) {
  const { t } = useLingui();
  return (
    <div className="rounded-lg bg-[#efeae2] px-3 py-4 sm:px-4">
      <div data-testid={testId} className="ml-auto w-full max-w-sm">
        <div className="relative rounded-lg rounded-tr-none bg-[#d9fdd3] px-2.5 pt-1.5 pb-1 text-[0.9375rem] leading-snug text-[#111b21] shadow-sm">
          <span
            aria-hidden="true"
            className="absolute top-0 -right-2 size-0 border-t-[10px] border-r-[10px] border-t-[#d9fdd3] border-r-transparent"
          />
          {media && (
            <div className="mb-1.5 flex aspect-[1.91/1] items-center justify-center rounded-md bg-[#c5e8bf] text-sm font-medium text-slate-700">
              <Trans>{media} d’en-tête</Trans>
            </div>
          )}
          {headerText && (
            <p className="mb-1 font-semibold break-words whitespace-pre-wrap">
              <WhatsAppText text={headerText} />
            </p>
          )}
          <p className="break-words whitespace-pre-wrap">
            <WhatsAppText text={body} />
          </p>
          {footer && (
            <p className="mt-1 text-[0.8125rem] break-words whitespace-pre-wrap text-[#54656f]">
              {footer}
            </p>
          )}
          <p aria-hidden="true" className="mt-0.5 text-right text-[0.6875rem] text-[#54656f]">
            10:30 <span className="text-sky-500">✓✓</span>
          </p>
        </div>
        {buttons.length > 0 && (
          <ul aria-label={t`Boutons du message`} className="mt-0.5 flex flex-col gap-0.5">
            {buttons.map((button, index) => (
              <li
                key={index}
                className="flex min-h-10 items-center justify-center gap-1.5 rounded-lg bg-white px-3 py-2 text-center text-sm font-medium break-words text-[#027eb5] shadow-sm"
              >
                <ButtonIcon kind={button.kind} />
                {button.text}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
