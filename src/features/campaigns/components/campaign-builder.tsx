import { useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { toast } from '../../../components/ui/toast-store';
import { campaignEditPath } from '../../../lib/paths';
import type { Organization } from '../../../lib/workspace';
import type { CampaignRecord, CampaignTemplate } from '../api';
import { scheduledInstant } from '../campaign-form';
import { useCampaignForm } from '../hooks/use-campaign-form';
import { useAudienceSegments, useCampaignVocabulary } from '../hooks/use-campaigns';
import { usePreviewSelection } from '../hooks/use-preview-selection';
import { useSettledEstimate } from '../hooks/use-settled-estimate';
import { templateLabel } from '../template-label';
import { CampaignBuilderActions } from './campaign-builder-actions';
import { CampaignFormFields } from './campaign-form-fields';
import { CampaignLaunchDialog, type LaunchQuestion } from './campaign-launch-dialog';
import { CampaignPreview } from './campaign-preview';
import { EstimatePanel } from './estimate-panel';

type CampaignBuilderProps = {
  organization: Organization;
  /** null for a new campaign; otherwise a draft. */
  campaign: CampaignRecord | null;
  /** The organisation's approved templates. */
  templates: CampaignTemplate[];
  /** Owners and admins; everyone else reads the draft without changing or launching it. */
  canEdit: boolean;
};

/** A campaign's draft: its fields, the preview, the estimate, saving and the launch. */
export function CampaignBuilder({
  organization,
  campaign,
  templates,
  canEdit,
}: CampaignBuilderProps) {
  const { t } = useLingui();
  const navigate = useNavigate();
  const timeZone = organization.time_zone;
  const segments = useAudienceSegments(organization.id);
  const vocabulary = useCampaignVocabulary(organization.id, canEdit);
  const builder = useCampaignForm({
    organizationId: organization.id,
    timeZone,
    campaign,
    templates,
  });
  const { template, mapping, audience } = builder;
  const estimate = useSettledEstimate(
    organization.id,
    canEdit && template && audience ? { templateId: template.id, mapping, audience } : null,
  );
  const preview = usePreviewSelection(audience, segments.data);
  const [question, setQuestion] = useState<LaunchQuestion | null>(null);
  const campaignName = campaign?.name;

  const saveDraft = () =>
    builder.saveDraft((campaignId) => {
      toast.success(t`Brouillon enregistré.`);
      // The address now names the draft, so a reload finds it.
      if (campaign === null) void navigate(campaignEditPath(campaignId), { replace: true });
    });

  // Checked, not saved: the dialog saves and launches once the admin confirms.
  const startLaunch = () =>
    builder.checkLaunch((values) => {
      const chosen = templates.find((candidate) => candidate.id === values.templateId);
      setQuestion({
        values,
        name: values.name.trim(),
        templateName: chosen ? templateLabel(chosen, templates) : '',
        recipients: estimate.current?.recipients,
        scheduledAt: scheduledInstant(values, timeZone),
        quietHours: values.quietHours,
      });
    });

  const closeQuestion = () => {
    setQuestion(null);
    // A confirmation whose save went through but whose launch failed left a draft: the address
    // names it from now on, so a reload finds it.
    const savedId = builder.savedCampaignId();
    if (campaign === null && savedId) void navigate(campaignEditPath(savedId), { replace: true });
  };

  return (
    <form
      noValidate
      aria-label={campaign ? t`Campagne ${campaignName}` : t`Nouvelle campagne`}
      className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)] lg:items-start"
      onSubmit={(event) => {
        event.preventDefault();
        if (canEdit) saveDraft();
      }}
    >
      <CampaignFormFields
        builder={builder}
        templates={templates}
        segments={segments}
        vocabulary={vocabulary.data}
        timeZone={timeZone}
        canEdit={canEdit}
      />

      <div className="flex min-w-0 flex-col gap-6 lg:sticky lg:top-20 lg:col-start-2 lg:row-span-2 lg:row-start-1">
        <CampaignPreview
          organizationId={organization.id}
          template={template}
          mapping={mapping}
          selection={preview.selection}
          settling={preview.settling}
        />
        {canEdit ? (
          <EstimatePanel
            estimate={estimate.query}
            ready={estimate.ready}
            settling={estimate.settling}
          />
        ) : null}
      </div>

      {canEdit && (
        <CampaignBuilderActions
          builder={builder}
          blocker={estimate.blocker}
          estimating={estimate.estimating}
          onSaveDraft={saveDraft}
          onLaunch={startLaunch}
        />
      )}

      <CampaignLaunchDialog
        organizationId={organization.id}
        timeZone={timeZone}
        question={question}
        onSave={builder.persist}
        onCancel={closeQuestion}
      />
    </form>
  );
}
