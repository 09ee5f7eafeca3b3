import { plural, t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { Button } from '../../../../components/ui/button';
import { Dialog } from '../../../../components/ui/dialog';
import { InlineError } from '../../../../components/ui/inline-error';
import { toast } from '../../../../components/ui/toast-store';
import { useAsyncAction } from '../../../../components/ui/use-async-action';
import type { ContactChoice, SegmentChoice, StartedRun, WatiChatbot } from '../api';
import { useSegmentAudience, useStartChatbot } from '../hooks';
import { failureReason } from '../run-labels';
import { ContactPicker } from './contact-picker';
import { SegmentPicker } from './segment-picker';

type Audience = 'contact' | 'segment';

type StartChatbotDialogProps = {
  organizationId: string;
  /** null while closed. */
  chatbot: WatiChatbot | null;
  /** Owners and admins may also start it for a segment. */
  segmentsAllowed: boolean;
  onClose: () => void;
};

/**
 * « Démarrer »: for one contact (started at once), or — owners and admins — for a segment, after a
 * confirmation that says how many contacts it reaches.
 */
export function StartChatbotDialog({
  organizationId,
  chatbot,
  segmentsAllowed,
  onClose,
}: StartChatbotDialogProps) {
  const name = chatbot?.name ?? '';
  return (
    <Dialog
      open={chatbot !== null}
      onClose={onClose}
      title={t`Démarrer « ${name} »`}
      description={
        <Trans>
          Le chatbot construit dans Wati écrit au contact et mène la conversation. Les contacts
          désinscrits ne le reçoivent jamais.
        </Trans>
      }
      size="xl"
    >
      {chatbot && (
        // Mounted afresh for each chatbot: nothing chosen for another one remains.
        <StartForm
          key={chatbot.id}
          organizationId={organizationId}
          chatbot={chatbot}
          segmentsAllowed={segmentsAllowed}
          onClose={onClose}
        />
      )}
    </Dialog>
  );
}

function StartForm({
  organizationId,
  chatbot,
  segmentsAllowed,
  onClose,
}: {
  organizationId: string;
  chatbot: WatiChatbot;
  segmentsAllowed: boolean;
  onClose: () => void;
}) {
  const { t } = useLingui();
  const [audience, setAudience] = useState<Audience>('contact');
  const [contact, setContact] = useState<ContactChoice | null>(null);
  const [segment, setSegment] = useState<SegmentChoice | null>(null);
  const [confirming, setConfirming] = useState(false);
  const segmentAudience = useSegmentAudience(
    organizationId,
    audience === 'segment' ? (segment?.id ?? null) : null,
  );
  const start = useStartChatbot(organizationId);
  const action = useAsyncAction(t`Le chatbot n’a pas pu être démarré.`);
  const recipients = segmentAudience.data?.recipients;

  const run = () =>
    void action.run(async () => {
      if (audience === 'contact' && contact) {
        const started = await start.mutateAsync({
          chatbotId: chatbot.id,
          target: { contactId: contact.id },
        });
        announceContactStart(started, chatbot.name, contact.name ?? contact.phone);
      } else if (audience === 'segment' && segment) {
        await start.mutateAsync({ chatbotId: chatbot.id, target: { segmentId: segment.id } });
        const count = contactCount(recipients ?? 0);
        const name = chatbot.name;
        toast.success(t`Démarrage de « ${name} » lancé pour ${count}.`);
      }
      onClose();
    });

  if (confirming && segment && recipients !== undefined) {
    const count = contactCount(recipients);
    const name = chatbot.name;
    const segmentName = segment.name;
    return (
      <div className="mt-4 flex flex-col gap-4">
        <p className="text-sm font-medium text-slate-900">
          {t`Démarrer « ${name} » pour ${count} du segment « ${segmentName} » ?`}
        </p>
        <p className="text-sm text-slate-600">
          <Trans>
            Chaque contact inscrit reçoit le premier message du chatbot, au rythme permis par Wati.
            Vous suivrez la progression dans la liste des démarrages et pourrez annuler ceux qui
            n’ont pas encore eu lieu.
          </Trans>
        </p>
        <InlineError message={action.error} />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button
            variant="secondary"
            onClick={() => setConfirming(false)}
            disabled={action.pending}
            data-autofocus
          >
            <Trans>Retour</Trans>
          </Button>
          <Button onClick={run} loading={action.pending} loadingText={t`Démarrage…`}>
            {t`Démarrer pour ${count}`}
          </Button>
        </div>
      </div>
    );
  }

  const ready =
    audience === 'contact'
      ? contact !== null
      : segment !== null && recipients !== undefined && recipients > 0;

  return (
    <form
      className="mt-4 flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (!ready) return;
        if (audience === 'segment') setConfirming(true);
        else run();
      }}
    >
      {segmentsAllowed && (
        <fieldset className="flex min-w-0 flex-col gap-1 sm:flex-row sm:gap-6">
          <legend className="mb-1 text-sm font-medium text-slate-800">
            <Trans>Démarrer pour</Trans>
          </legend>
          {(['contact', 'segment'] as const).map((choice) => (
            <label key={choice} className="flex min-h-10 items-center gap-2 text-sm text-slate-900">
              <input
                type="radio"
                name="wati-chatbot-audience"
                className="size-4 shrink-0 accent-brand-700"
                checked={audience === choice}
                onChange={() => {
                  setAudience(choice);
                  action.clearError();
                }}
              />
              {choice === 'contact' ? t`Un contact` : t`Un segment`}
            </label>
          ))}
        </fieldset>
      )}
      {audience === 'contact' ? (
        <ContactPicker organizationId={organizationId} selected={contact} onSelect={setContact} />
      ) : (
        <SegmentPicker
          organizationId={organizationId}
          selected={segment}
          onSelect={setSegment}
          audience={segmentAudience}
        />
      )}
      <InlineError message={action.error} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onClose} disabled={action.pending}>
          <Trans>Annuler</Trans>
        </Button>
        <Button
          type="submit"
          disabled={!ready}
          loading={action.pending}
          loadingText={t`Démarrage…`}
        >
          {audience === 'segment' ? t`Continuer` : t`Démarrer`}
        </Button>
      </div>
    </form>
  );
}

function contactCount(count: number): string {
  return plural(count, { one: '# contact', other: '# contacts' });
}

/** What became of a start for one contact, said once the answer is in. */
function announceContactStart(
  { recipient }: StartedRun,
  chatbotName: string,
  contactName: string,
): void {
  if (recipient?.status === 'started') {
    toast.success(t`Chatbot « ${chatbotName} » démarré pour ${contactName}.`);
  } else if (recipient?.status === 'failed' && recipient.failure) {
    const reason = failureReason(recipient.failure);
    toast.error(t`Le chatbot n’a pas démarré pour ${contactName} : ${reason}`);
  } else {
    // Wati asked to wait (or did not know the number yet): the sweep starts it shortly.
    toast.info(t`Le chatbot démarrera pour ${contactName} dans quelques instants.`);
  }
}
