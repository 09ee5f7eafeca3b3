import type { UseQueryResult } from '@tanstack/react-query';
import { Controller, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { Button } from '../../../components/ui/button';
import { CloseIcon } from '../../../components/ui/icons';
import { InlineError } from '../../../components/ui/inline-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { countries, countryName } from '../../../domain/geography/countries';
import { toUserMessage } from '../../../lib/errors';
import { formatDate } from '../../../lib/format';
import {
  attributeOperatorLabels,
  attributeOperators,
  campaignOutcomeLabels,
  campaignOutcomes,
  conditionTypeLabels,
  conditionTypes,
  optInStatusLabels,
  optInStatuses,
  type CampaignOutcome,
} from '@shared/segments/criteria.ts';
import type { LaunchedCampaign } from '../api';
import { describeCampaignOutcome } from '../condition-text';
import type { ConditionDraft, SegmentFormOutput, SegmentFormValues } from '../segment-form';

type ConditionRowProps = {
  index: number;
  row: ConditionDraft;
  register: UseFormRegister<SegmentFormValues>;
  control: Control<SegmentFormValues, unknown, SegmentFormOutput>;
  errors: FieldErrors<ConditionDraft> | undefined;
  readOnly: boolean;
  /** ids of the <datalist>s of the organisation's tags and attribute keys. */
  tagListId: string;
  keyListId: string;
  /** The organisation's launched campaigns, for campaign conditions (loaded once one exists). */
  campaigns: UseQueryResult<LaunchedCampaign[]>;
  timeZone: string;
  onRemove?: () => void;
};

/** What each outcome selects, under the outcome's select. */
const outcomeHints: Record<CampaignOutcome, string> = {
  sent: 'Le message est parti, qu’il ait été délivré, lu ou non.',
  delivered: 'Le message est arrivé sur le téléphone, lu ou non.',
  read: 'Le message a été lu, avec ou sans réponse.',
  replied: 'Le contact a répondu après le message.',
  read_no_reply: 'Le message a été lu, mais le contact n’a pas répondu.',
  delivered_unread: 'Le message est arrivé sur le téléphone sans être lu.',
  not_delivered: 'Le message, confié à WhatsApp, n’est jamais arrivé sur le téléphone.',
  failed: 'L’envoi a échoué (numéro sans WhatsApp, refus…).',
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * One condition: its type, then the inputs that type needs. A fieldset named « Condition n »,
 * so a screen reader says which row a field belongs to.
 */
export function ConditionRow({
  index,
  row,
  register,
  control,
  errors,
  readOnly,
  tagListId,
  keyListId,
  campaigns,
  timeZone,
  onRemove,
}: ConditionRowProps) {
  const path = `criteria.conditions.${index}` as const;
  const number = index + 1;
  const numeric = row.operator === 'greater' || row.operator === 'less';

  return (
    <fieldset className="flex min-w-0 flex-col gap-3 rounded-lg border border-slate-200 p-3 sm:p-4">
      <legend className="px-1 text-sm font-semibold text-slate-900">Condition {number}</legend>
      <div className="grid min-w-0 gap-3 sm:grid-cols-2 sm:items-start">
        <SelectField label="Type de condition" disabled={readOnly} {...register(`${path}.type`)}>
          {conditionTypes.map((type) => (
            <option key={type} value={type}>
              {conditionTypeLabels[type]}
            </option>
          ))}
        </SelectField>

        {(row.type === 'has_tag' || row.type === 'lacks_tag') && (
          <TextField
            label="Étiquette"
            list={tagListId}
            autoComplete="off"
            spellCheck={false}
            readOnly={readOnly}
            placeholder="vip"
            error={errors?.tag?.message}
            {...register(`${path}.tag`)}
          />
        )}

        {row.type === 'attribute' && (
          <>
            <TextField
              label="Attribut"
              list={keyListId}
              autoComplete="off"
              spellCheck={false}
              readOnly={readOnly}
              placeholder="ville"
              error={errors?.key?.message}
              {...register(`${path}.key`)}
            />
            <SelectField
              label="Comparaison"
              disabled={readOnly}
              error={errors?.operator?.message}
              {...register(`${path}.operator`)}
            >
              {attributeOperators.map((operator) => (
                <option key={operator} value={operator}>
                  {attributeOperatorLabels[operator]}
                </option>
              ))}
            </SelectField>
            {row.operator !== 'exists' && (
              <TextField
                label={numeric ? 'Nombre' : 'Valeur'}
                autoComplete="off"
                inputMode={numeric ? 'decimal' : undefined}
                readOnly={readOnly}
                placeholder={numeric ? '18' : 'Douala'}
                hint={
                  numeric
                    ? 'Seuls les contacts dont l’attribut est un nombre sont comparés.'
                    : 'Sans tenir compte des majuscules ni des accents.'
                }
                error={errors?.value?.message}
                {...register(`${path}.value`)}
              />
            )}
          </>
        )}

        {row.type === 'opt_in_status' && (
          <SelectField label="Statut" disabled={readOnly} {...register(`${path}.status`)}>
            {optInStatuses.map((status) => (
              <option key={status} value={status}>
                {optInStatusLabels[status]}
              </option>
            ))}
          </SelectField>
        )}

        {row.type === 'created_between' && (
          <>
            <TextField
              label="Du"
              type="date"
              readOnly={readOnly}
              error={errors?.from?.message}
              {...register(`${path}.from`)}
            />
            <TextField
              label="Au (inclus)"
              type="date"
              readOnly={readOnly}
              error={errors?.to?.message}
              {...register(`${path}.to`)}
            />
            <p className="text-sm text-slate-600 sm:col-span-2">
              Une date suffit ; les jours sont ceux du fuseau horaire de l’organisation.
            </p>
          </>
        )}

        {row.type === 'country' && (
          <SelectField
            label="Pays du numéro"
            disabled={readOnly}
            error={errors?.country?.message}
            {...register(`${path}.country`)}
          >
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
            {/* A country saved earlier that the list no longer offers stays choosable. */}
            {row.country && !countries.some((country) => country.code === row.country) && (
              <option value={row.country}>{countryName(row.country)}</option>
            )}
          </SelectField>
        )}

        {row.type === 'campaign_outcome' && (
          <CampaignOutcomeFields
            path={path}
            row={row}
            register={register}
            control={control}
            errors={errors}
            readOnly={readOnly}
            campaigns={campaigns}
            timeZone={timeZone}
          />
        )}
      </div>
      {onRemove && (
        <div>
          <Button variant="ghost" className="-ml-2" onClick={onRemove}>
            <CloseIcon className="size-4" />
            Retirer<span className="sr-only"> la condition {number}</span>
          </Button>
        </div>
      )}
    </fieldset>
  );
}

/**
 * A launched campaign and an outcome. The campaign's select is controlled: its options arrive
 * after the row is drawn, and an uncontrolled select would have lost the saved choice by then.
 */
function CampaignOutcomeFields({
  path,
  row,
  register,
  control,
  errors,
  readOnly,
  campaigns,
  timeZone,
}: Pick<
  ConditionRowProps,
  'row' | 'register' | 'control' | 'errors' | 'readOnly' | 'campaigns' | 'timeZone'
> & { path: `criteria.conditions.${number}` }) {
  const chosen = campaigns.data?.find((campaign) => campaign.id === row.campaign);
  const names = campaigns.data && new Map(campaigns.data.map((item) => [item.id, item.name]));
  let placeholder = 'Choisissez une campagne';
  if (campaigns.isPending) placeholder = 'Chargement des campagnes…';
  else if (campaigns.isError) placeholder = 'Campagnes indisponibles';
  else if (campaigns.data.length === 0) placeholder = 'Aucune campagne lancée';

  return (
    <>
      <Controller
        control={control}
        name={`${path}.campaign`}
        render={({ field }) => (
          <SelectField
            label="Campagne"
            disabled={readOnly}
            hint={
              campaigns.data?.length === 0
                ? 'Lancez une campagne : ses destinataires pourront être ciblés ici.'
                : 'Seules les campagnes lancées ont des résultats.'
            }
            error={errors?.campaign?.message}
            name={field.name}
            ref={field.ref}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
          >
            <option value="">{placeholder}</option>
            {campaigns.data?.map((campaign) => (
              <option key={campaign.id} value={campaign.id}>
                {`${campaign.name} (${formatDate(campaign.launchedAt, timeZone)})`}
              </option>
            ))}
            {/* A saved campaign the list does not offer (yet) stays selected. */}
            {row.campaign && !chosen && (
              <option value={row.campaign}>
                {campaigns.isPending ? 'Chargement…' : 'Campagne introuvable'}
              </option>
            )}
          </SelectField>
        )}
      />
      <SelectField
        label="Résultat"
        disabled={readOnly}
        hint={outcomeHints[row.outcome]}
        error={errors?.outcome?.message}
        {...register(`${path}.outcome`)}
      >
        {campaignOutcomes.map((outcome) => (
          <option key={outcome} value={outcome}>
            {capitalize(campaignOutcomeLabels[outcome])}
          </option>
        ))}
      </SelectField>
      {campaigns.isError && (
        <div className="flex flex-col items-start gap-2 sm:col-span-2">
          <InlineError
            message={toUserMessage(campaigns.error, 'Les campagnes n’ont pas pu être chargées.')}
          />
          <Button variant="secondary" onClick={() => void campaigns.refetch()}>
            Réessayer
          </Button>
        </div>
      )}
      {row.campaign && campaigns.isSuccess && (
        <p className="text-sm font-medium break-words text-slate-800 sm:col-span-2">
          {describeCampaignOutcome(row.campaign, row.outcome, names)}
        </p>
      )}
    </>
  );
}
