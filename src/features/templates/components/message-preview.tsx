import clsx from 'clsx';
import type { ReactNode } from 'react';
import {
  fillPlaceholders,
  parameterValues,
  type ParameterMapping,
} from '../../../../supabase/functions/_shared/templates/parameters.ts';
import type { WhatsAppTemplate } from '../api';
import { samplePhoneForDisplay, sampleContact } from '../sample-contact';
import type { TemplateButton } from '../template-content';
import { WhatsAppText } from './whatsapp-text';

function ButtonIcon({ kind }: { kind: TemplateButton['kind'] }): ReactNode {
  if (kind !== 'url' && kind !== 'call') return null;
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      className="size-4 shrink-0"
    >
      {kind === 'url' ? (
        <path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />
      ) : (
        <path d="M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2" />
      )}
    </svg>
  );
}

const mediaLabels: Record<string, string> = {
  IMAGE: 'Image',
  VIDEO: 'Vidéo',
  DOCUMENT: 'Document',
};

type MessagePreviewProps = {
  template: WhatsAppTemplate;
  mapping: ParameterMapping;
  className?: string;
};

/**
 * The template as a WhatsApp chat shows it, filled for the sample contact. Placeholders without a
 * value stay visible, highlighted, so that what remains to map shows in the message itself.
 */
export function MessagePreview({ template, mapping, className }: MessagePreviewProps) {
  const values = parameterValues(template.parameters, mapping, sampleContact);
  const { header, footer, buttons } = template;
  const headerText = header?.text ? fillPlaceholders(header.text, values) : null;
  const media = header && header.format !== 'TEXT' ? (mediaLabels[header.format] ?? 'Média') : null;

  return (
    <section
      aria-labelledby="message-preview-title"
      className={clsx(
        'min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-6',
        className,
      )}
    >
      <h2 id="message-preview-title" className="text-lg font-semibold text-slate-900">
        Aperçu
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Pour le contact d’exemple {sampleContact.name} ({samplePhoneForDisplay}).
      </p>
      <div className="mt-4 rounded-lg bg-[#efeae2] px-3 py-4 sm:px-4">
        <div data-testid="message-preview" className="ml-auto w-full max-w-sm">
          <div className="relative rounded-lg rounded-tr-none bg-[#d9fdd3] px-2.5 pt-1.5 pb-1 text-[0.9375rem] leading-snug text-[#111b21] shadow-sm">
            <span
              aria-hidden="true"
              className="absolute top-0 -right-2 size-0 border-t-[10px] border-r-[10px] border-t-[#d9fdd3] border-r-transparent"
            />
            {media && (
              <div className="mb-1.5 flex aspect-[1.91/1] items-center justify-center rounded-md bg-[#c5e8bf] text-sm font-medium text-slate-700">
                {media} d’en-tête
              </div>
            )}
            {headerText && (
              <p className="mb-1 font-semibold break-words whitespace-pre-wrap">
                <WhatsAppText text={headerText} />
              </p>
            )}
            <p className="break-words whitespace-pre-wrap">
              <WhatsAppText text={fillPlaceholders(template.body, values)} />
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
            <ul aria-label="Boutons du message" className="mt-0.5 flex flex-col gap-0.5">
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
    </section>
  );
}
