import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { InlineError } from '../../../components/ui/inline-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { toast } from '../../../components/ui/toast-store';
import { useAsyncAction } from '../../../components/ui/use-async-action';
import { simulateInbound } from '../api';
import {
  emptyFields,
  messageTypes,
  simulationBody,
  type Fields,
  type MessageType,
} from '../simulation';

/**
 * « Simuler un message » (sandbox mode only): a contact writes to the organisation's number through
 * the Wati sandbox, which posts Wati's webhook back, so the message arrives as a real one would.
 */
export function SimulatePanel({
  organizationId,
  defaultPhone,
}: {
  organizationId: string;
  defaultPhone: string;
}) {
  const { t } = useLingui();
  const [open, setOpen] = useState(false);
  const [fields, setFields] = useState<Fields>({ from: defaultPhone, ...emptyFields });
  const action = useAsyncAction(t`Le message simulé n’a pas pu être envoyé.`);
  const set = (name: keyof Fields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));

  const typeLabels: Record<MessageType, string> = {
    text: t`Texte`,
    image: t`Image`,
    document: t`Document`,
    audio: t`Audio`,
    video: t`Vidéo`,
    location: t`Position`,
    contacts: t`Fiche de contact`,
    button: t`Bouton de modèle pressé`,
    interactive: t`Bouton interactif pressé`,
    list_reply: t`Choix dans une liste`,
  };

  const type = fields.type;
  return (
    <>
      <Button
        variant="secondary"
        onClick={() => {
          setFields((current) => ({ ...current, from: current.from || defaultPhone }));
          setOpen(true);
        }}
      >
        <Trans>Simuler un message</Trans>
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t`Simuler un message`}
        description={t`Mode bac à sable : un contact écrit au numéro de l’organisation, le message arrive comme un vrai.`}
      >
        <form
          className="mt-4 flex flex-col gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            void action.run(async () => {
              await simulateInbound(simulationBody(organizationId, fields));
              toast.success(t`Message simulé envoyé : il arrive dans la boîte de réception.`);
              setFields((current) => ({
                ...current,
                ...emptyFields,
                senderName: current.senderName,
                type: current.type,
              }));
              setOpen(false);
            });
          }}
        >
          <TextField
            label={t`Numéro du contact (avec l’indicatif)`}
            hint={t`Chiffres seulement, par exemple 237690000001`}
            inputMode="tel"
            required
            value={fields.from}
            onChange={set('from')}
            data-autofocus
          />
          <TextField
            label={t`Nom affiché (facultatif)`}
            value={fields.senderName}
            onChange={set('senderName')}
          />
          <SelectField label={t`Type de message`} value={type} onChange={set('type')}>
            {messageTypes.map((value) => (
              <option key={value} value={value}>
                {typeLabels[value]}
              </option>
            ))}
          </SelectField>
          {(type === 'text' || type === 'button') && (
            <TextField label={t`Texte`} required value={fields.text} onChange={set('text')} />
          )}
          {(type === 'image' || type === 'document' || type === 'audio' || type === 'video') && (
            <>
              <TextField
                label={t`Adresse du fichier`}
                type="url"
                required
                value={fields.url}
                onChange={set('url')}
              />
              <TextField
                label={t`Légende (facultative)`}
                value={fields.caption}
                onChange={set('caption')}
              />
            </>
          )}
          {type === 'location' && (
            <div className="grid grid-cols-2 gap-2">
              <TextField
                label={t`Latitude`}
                inputMode="decimal"
                required
                value={fields.latitude}
                onChange={set('latitude')}
              />
              <TextField
                label={t`Longitude`}
                inputMode="decimal"
                required
                value={fields.longitude}
                onChange={set('longitude')}
              />
              <TextField
                className="col-span-2"
                label={t`Nom du lieu (facultatif)`}
                value={fields.placeName}
                onChange={set('placeName')}
              />
            </div>
          )}
          {type === 'contacts' && (
            <>
              <TextField
                label={t`Nom sur la fiche`}
                required
                value={fields.cardName}
                onChange={set('cardName')}
              />
              <TextField
                label={t`Numéro sur la fiche`}
                inputMode="tel"
                required
                value={fields.cardPhone}
                onChange={set('cardPhone')}
              />
            </>
          )}
          {(type === 'interactive' || type === 'list_reply') && (
            <TextField
              label={t`Libellé choisi`}
              required
              value={fields.title}
              onChange={set('title')}
            />
          )}
          <InlineError message={action.error} />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>
              <Trans>Fermer</Trans>
            </Button>
            <Button type="submit" loading={action.pending} loadingText={t`Envoi…`}>
              <Trans>Simuler</Trans>
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
