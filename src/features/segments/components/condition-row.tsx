import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
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
  attributeOperators,
  campaignOutcomes,
  conditionTypes,
  optInStatuses,
  type CampaignOutcome,
} from '@shared/segments/criteria.ts';
import type { LaunchedCampaign } from '../api';
import { describeCampaignOutcome } from '../condition-text';
import {
  attributeOperatorLabel,
  conditionTypeLabel,
  localizeCriteriaMessage,
  optInStatusLabel,
} from '../criteria-labels';
import type { ConditionDraft, SegmentFormOutput, SegmentFormValues } from '../segment-form';
import { campaignOutcomeLabel } from '../../../domain/campaigns/outcome-labels';

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
const outcomeHints: Record<CampaignOutcome, MessageDescriptor> = {
  sent: msg`Le message est parti, qu’il ait été délivré, lu ou non.`,
  delivered: msg`Le message est arrivé sur le téléphone, lu ou non.`,
  read: msg`Le message a été lu, avec ou sans réponse.`,
  replied: msg`Le contact a répondu après le message.`,
  read_no_reply: msg`Le message a été lu, mais le contact n’a pas répondu.`,
  delivered_unread: msg`Le message est arrivé sur le téléphone sans être lu.`,
  not_delivered: msg`Le message, confié à WhatsApp, n’est jamais arrivé sur le téléphone.`,
  failed: msg`L’envoi a échoué (numéro sans WhatsApp, refus…).`,
};

/** A validation message in the reader's language (the shared schema's are French). */
const problem = localizeCriteriaMessage;

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
  const { t } = useLingui();
  const path = `criteria.conditions.${index}` as const;
  const number = index + 1;
  const numeric = row.operator === 'greater' || row.operator === 'less';

  return (
    <fieldset className="flex min-w-0 flex-col gap-3 rounded-lg border border-slate-200 p-3 sm:p-4">
      <legend className="px-1 text-sm font-semibold text-slate-900">
        <Trans>Condition {number}</Trans>
      </legend>
      <div className="grid min-w-0 gap-3 sm:grid-cols-2 sm:items-start">
        <SelectField label={t`Type de condition`} disabled={readOnly} {...register(`${path}.type`)}>
          {conditionTypes.map((type) => (
            <option key={type} value={type}>
              {conditionTypeLabel(type)}
            </option>
          ))}
        </SelectField>

        {(row.type === 'has_tag' || row.type === 'lacks_tag') && (
          <TextField
            label={t`Étiquette`}
            list={tagListId}
            autoComplete="off"
            spellCheck={false}
            readOnly={readOnly}
            placeholder="vip"
            error={problem(errors?.tag?.message)}
            {...register(`${path}.tag`)}
          />
        )}

        {row.type === 'attribute' && (
          <>
            <TextField
              label={t`Attribut`}
              list={keyListId}
              autoComplete="off"
              spellCheck={false}
              readOnly={readOnly}
              placeholder={t`ville`}
              error={problem(errors?.key?.message)}
              {...register(`${path}.key`)}
            />
            <SelectField
              label={t`Comparaison`}
              disabled={readOnly}
              error={problem(errors?.operator?.message)}
              {...register(`${path}.operator`)}
            >
              {attributeOperators.map((operator) => (
                <option key={operator} value={operator}>
                  {attributeOperatorLabel(operator)}
                </option>
              ))}
            </SelectField>
            {row.operator !== 'exists' && (
              <TextField
                label={numeric ? t`Nombre` : t`Valeur`}
                autoComplete="off"
                inputMode={numeric ? 'decimal' : undefined}
                readOnly={readOnly}
                placeholder={numeric ? '18' : t`Douala`}
                hint={
                  numeric
                    ? t`Seuls les contacts dont l’attribut est un nombre sont comparés.`
                    : t`Sans tenir compte des majuscules ni des accents.`
                }
                error={problem(errors?.value?.message)}
                {...register(`${path}.value`)}
              />
            )}
          </>
        )}

        {row.type === 'opt_in_status' && (
          <SelectField label={t`Statut`} disabled={readOnly} {...register(`${path}.status`)}>
            {optInStatuses.map((status) => (
              <option key={status} value={status}>
                {optInStatusLabel(status)}
              </option>
            ))}
          </SelectField>
        )}

        {row.type === 'created_between' && (
          <>
            <TextField
              label={t`Du`}
              type="date"
              readOnly={readOnly}
              error={problem(errors?.from?.message)}
              {...register(`${path}.from`)}
            />
            <TextField
              label={t`Au (inclus)`}
              type="date"
              readOnly={readOnly}
              error={problem(errors?.to?.message)}
              {...register(`${path}.to`)}
            />
            <p className="text-sm text-slate-600 sm:col-span-2">
              <Trans>
                Une date suffit ; les jours sont ceux du fuseau horaire de l’organisation.
              </Trans>
            </p>
          </>
        )}

        {row.type === 'country' && (
          <SelectField
            label={t`Pays du numéro`}
            disabled={readOnly}
            error={problem(errors?.country?.message)}
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
            <Trans>
              Retirer<span className="sr-only"> la condition {number}</span>
            </Trans>
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
  const { t, i18n } = useLingui();
  const chosen = campaigns.data?.find((campaign) => campaign.id === row.campaign);
  const names = campaigns.data && new Map(campaigns.data.map((item) => [item.id, item.name]));
  let placeholder = t`Choisissez une campagne`;
  if (campaigns.isPending) placeholder = t`Chargement des campagnes…`;
  else if (campaigns.isError) placeholder = t`Campagnes indisponibles`;
  else if (campaigns.data.length === 0) placeholder = t`Aucune campagne lancée`;

  return (
    <>
      <Controller
        control={control}
        name={`${path}.campaign`}
        render={({ field }) => (
          <SelectField
            label={t`Campagne`}
            disabled={readOnly}
            hint={
              campaigns.data?.length === 0
                ? t`Lancez une campagne : ses destinataires pourront être ciblés ici.`
                : t`Seules les campagnes lancées ont des résultats.`
            }
            error={problem(errors?.campaign?.message)}
            name={field.name}
            ref={field.ref}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
          >
            <option value="">{placeholder}</option>
            {campaigns.data?.map((campaign) => {
              const name = campaign.name;
              const date = formatDate(campaign.launchedAt, timeZone);
              return (
                <option key={campaign.id} value={campaign.id}>
                  {t`${name} (${date})`}
                </option>
              );
            })}
            {/* A saved campaign the list does not offer (yet) stays selected. */}
            {row.campaign && !chosen && (
              <option value={row.campaign}>
                {campaigns.isPending ? t`Chargement…` : t`Campagne introuvable`}
              </option>
            )}
          </SelectField>
        )}
      />
      <SelectField
        label={t`Résultat`}
        disabled={readOnly}
        hint={i18n._(outcomeHints[row.outcome])}
        error={problem(errors?.outcome?.message)}
        {...register(`${path}.outcome`)}
      >
        {campaignOutcomes.map((outcome) => (
          <option key={outcome} value={outcome}>
            {capitalize(campaignOutcomeLabel(outcome))}
          </option>
        ))}
      </SelectField>
      {campaigns.isError && (
        <div className="flex flex-col items-start gap-2 sm:col-span-2">
          <InlineError
            message={toUserMessage(campaigns.error, t`Les campagnes n’ont pas pu être chargées.`)}
          />
          <Button variant="secondary" onClick={() => void campaigns.refetch()}>
            <Trans>Réessayer</Trans>
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
