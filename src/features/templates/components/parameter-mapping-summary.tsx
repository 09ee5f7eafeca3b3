import { useLingui } from '@lingui/react/macro';
import { Card } from '../../../components/ui/card';
import { bindingOf } from '@shared/templates/parameters.ts';
import type { WhatsAppTemplate } from '../api';
import { describeBinding } from '../../../domain/templates/parameter-bindings';
import { MessagePreview } from './message-preview';
import { NoParameters, PreviewLayout } from './preview-layout';

/** The saved mapping, read-only, for agents and viewers. */
export function ParameterMappingSummary({ template }: { template: WhatsAppTemplate }) {
  const { t } = useLingui();
  return (
    <PreviewLayout preview={<MessagePreview template={template} mapping={template.mapping} />}>
      <Card
        title={t`Paramètres`}
        description={t`Seuls les propriétaires et les administrateurs modifient la correspondance des paramètres.`}
      >
        {template.parameters.length === 0 ? (
          <NoParameters />
        ) : (
          <dl className="flex flex-col divide-y divide-slate-200">
            {template.parameters.map((parameter) => (
              <div
                key={parameter}
                className="flex flex-col gap-1 py-3 first:pt-0 last:pb-0 sm:flex-row sm:gap-4"
              >
                <dt className="font-mono text-sm font-semibold break-all text-slate-900 sm:w-48 sm:shrink-0">
                  {`{{${parameter}}}`}
                </dt>
                <dd className="min-w-0 text-sm break-words text-slate-700">
                  {describeBinding(bindingOf(template.mapping, parameter))}
                </dd>
              </div>
            ))}
          </dl>
        )}
      </Card>
    </PreviewLayout>
  );
}
