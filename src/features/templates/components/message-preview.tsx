import { Trans } from '@lingui/react/macro';
import clsx from 'clsx';
import { WhatsAppBubble } from '../../../domain/templates/components/whatsapp-bubble';
import { headerMediaLabel } from '../../../domain/templates/template-content';
import {
  fillPlaceholders,
  parameterValues,
  type ParameterMapping,
} from '@shared/templates/parameters.ts';
import type { WhatsAppTemplate } from '../api';
import { samplePhoneForDisplay, sampleContact } from '../sample-contact';

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
  const { header } = template;
  const name = sampleContact.name;
  const phone = samplePhoneForDisplay;

  return (
    <section
      aria-labelledby="message-preview-title"
      className={clsx(
        'min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-6',
        className,
      )}
    >
      <h2 id="message-preview-title" className="text-lg font-semibold text-slate-900">
        <Trans>Aperçu</Trans>
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        <Trans>
          Pour le contact d’exemple {name} ({phone}).
        </Trans>
      </p>
      <div className="mt-4">
        <WhatsAppBubble
          data-testid="message-preview"
          media={headerMediaLabel(header)}
          headerText={header?.text ? fillPlaceholders(header.text, values) : null}
          body={fillPlaceholders(template.body, values)}
          footer={template.footer}
          buttons={template.buttons}
        />
      </div>
    </section>
  );
}
