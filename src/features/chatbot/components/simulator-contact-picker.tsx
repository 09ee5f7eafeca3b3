import { Trans, useLingui } from '@lingui/react/macro';
import { lazy, Suspense, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { SkeletonList } from '../../../components/ui/skeleton';
import type { SimulatorContact } from '../flows-api';

// The search loads with the dialog: it formats numbers with libphonenumber-js, too heavy to ride
// along with the flow editor's page.
const ContactSearch = lazy(() => import('./simulator-contact-search'));

type SimulatorContactPickerProps = {
  organizationId: string;
  /** null: the made-up contact (no name, attributes or tags). */
  contact: SimulatorContact | null;
  onChange: (contact: SimulatorContact | null) => void;
};

/** Who the simulator plays: one of the organisation's contacts, or a made-up one. */
export function SimulatorContactPicker({
  organizationId,
  contact,
  onChange,
}: SimulatorContactPickerProps) {
  const { t } = useLingui();
  const [open, setOpen] = useState(false);
  const label = contact ? (contact.name ?? contact.phone) : t`Contact fictif`;

  return (
    <div className="flex min-w-0 items-center justify-between gap-2 text-sm">
      <p className="min-w-0 truncate text-slate-700">
        <Trans>
          Contact : <span className="font-semibold text-slate-900">{label}</span>
        </Trans>
      </p>
      <Button
        variant="secondary"
        className="min-h-9 px-3 py-1"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
      >
        <Trans>
          Changer<span className="sr-only"> de contact</span>
        </Trans>
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t`Choisir le contact du test`}
        description={t`Le parcours lit ses attributs et ses étiquettes ; le test ne les modifie pas. Changer de contact recommence la conversation.`}
      >
        {open && (
          <Suspense fallback={<SkeletonList rows={3} label={t`Recherche des contacts…`} />}>
            <ContactSearch
              organizationId={organizationId}
              chosenId={contact?.id ?? null}
              onChoose={(chosen) => {
                setOpen(false);
                if ((chosen?.id ?? null) !== (contact?.id ?? null)) onChange(chosen);
              }}
            />
          </Suspense>
        )}
      </Dialog>
    </div>
  );
}
