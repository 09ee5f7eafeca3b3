import { Trans, useLingui } from '@lingui/react/macro';
import clsx from 'clsx';
import {
  useFieldArray,
  useWatch,
  type Control,
  type FieldErrors,
  type UseFormRegister,
} from 'react-hook-form';
import { Button } from '../../../components/ui/button';
import { FieldFrame } from '../../../components/ui/field-frame';
import { PlusIcon } from '../../../components/ui/icons';
import type { InboxSettingsInput } from '../inbox-settings-form';
import {
  defaultSlot,
  isClockTime,
  maxSlotsPerDay,
  weekdayName,
  weekdays,
  type Weekday,
} from '../office-hours';

/** A slot's two times, in the order they are typed. */
const slotEdges = ['open', 'close'] as const;

type EditorProps = {
  control: Control<InboxSettingsInput>;
  register: UseFormRegister<InboxSettingsInput>;
  errors: FieldErrors<InboxSettingsInput>;
  disabled?: boolean;
};

/** The seven days, each with its slots (« 08:00 – 12:00 », « 14:00 – 18:00 ») or « Fermé ». */
export function OfficeHoursEditor(props: EditorProps) {
  return (
    <ul className="flex flex-col divide-y divide-slate-200">
      {weekdays.map((day, index) => (
        <li key={day} className="py-3 first:pt-0 last:pb-0">
          <DayEditor {...props} day={day} index={index} />
        </li>
      ))}
    </ul>
  );
}

function DayEditor({
  control,
  register,
  errors,
  disabled,
  day,
  index,
}: EditorProps & { day: Weekday; index: number }) {
  const { t } = useLingui();
  const { fields, append, remove } = useFieldArray({
    control,
    name: `officeHours.${index}.slots`,
  });
  const slots = useWatch({ control, name: `officeHours.${index}.slots` }) ?? [];
  const dayName = weekdayName(day);
  const dayErrors = errors.officeHours?.[index];
  const dayMessage = dayErrors?.slots?.message ?? dayErrors?.slots?.root?.message;

  return (
    <fieldset className="min-w-0">
      <legend className="sr-only">{dayName}</legend>
      <div className="grid min-w-0 gap-2 sm:grid-cols-[8rem_minmax(0,1fr)]">
        <p aria-hidden="true" className="pt-2 text-sm font-semibold text-slate-900">
          {dayName}
        </p>
        <div className="flex min-w-0 flex-col gap-3">
          {fields.length === 0 && (
            <p className="pt-2 text-sm text-slate-600">
              <Trans>Fermé</Trans>
            </p>
          )}
          {fields.map((field, slotIndex) => {
            const slotErrors = dayErrors?.slots?.[slotIndex];
            const position = slotIndex + 1;
            const slot = slots[slotIndex];
            const range = slot ? `${slot.open} – ${slot.close}` : '';
            return (
              <div key={field.id} className="flex min-w-0 flex-wrap items-start gap-x-3 gap-y-2">
                {slotEdges.map((edge) => (
                  <FieldFrame
                    key={edge}
                    label={edge === 'open' ? t`Ouverture` : t`Fermeture`}
                    labelSuffix={t`, ${dayName}, plage ${position}`}
                    error={slotErrors?.[edge]?.message}
                    className="w-32"
                  >
                    {({ stateClassName, ...controlProps }) => (
                      <input
                        type="time"
                        step={60}
                        disabled={disabled}
                        {...register(`officeHours.${index}.slots.${slotIndex}.${edge}`)}
                        {...controlProps}
                        className={timeInputClassName(stateClassName)}
                      />
                    )}
                  </FieldFrame>
                ))}
                <Button
                  variant="ghost"
                  className="mt-7 text-red-800"
                  disabled={disabled}
                  onClick={() => remove(slotIndex)}
                >
                  <Trans>Retirer</Trans>
                  <span className="sr-only">{t`la plage ${range} du ${dayName}`}</span>
                </Button>
              </div>
            );
          })}
          {dayMessage && <p className="text-sm text-red-700">{dayMessage}</p>}
          {fields.length < maxSlotsPerDay && (
            <div>
              <Button
                variant="secondary"
                disabled={disabled}
                onClick={() => {
                  const last = slots.at(-1);
                  // After the day's last slot when there is room, else the usual day.
                  append(
                    last && isClockTime(last.close) && last.close < '22:00'
                      ? nextSlot(last.close)
                      : { ...defaultSlot },
                  );
                }}
              >
                <PlusIcon className="size-4" />
                {fields.length === 0 ? t`Ouvrir ce jour` : t`Ajouter une plage`}
                <span className="sr-only">{t`, ${dayName}`}</span>
              </Button>
            </div>
          )}
        </div>
      </div>
    </fieldset>
  );
}

/** A two-hour slot starting an hour after `close` (« 12:00 » → 13:00 – 15:00), within the day. */
function nextSlot(close: string) {
  const [hours = 0, minutes = 0] = close.split(':').map(Number);
  const clock = (total: number) => {
    const bounded = Math.min(total, 23 * 60 + 59);
    return `${String(Math.floor(bounded / 60)).padStart(2, '0')}:${String(bounded % 60).padStart(2, '0')}`;
  };
  const start = hours * 60 + minutes + 60;
  return { open: clock(start), close: clock(start + 120) };
}

function timeInputClassName(stateClassName: string) {
  return clsx(
    'min-h-10 w-full min-w-0 rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-xs',
    'focus-visible:outline-2 focus-visible:outline-offset-0 disabled:bg-slate-100',
    stateClassName,
  );
}
