import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import type { UseQueryResult } from '@tanstack/react-query';
import { Controller, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { Link } from 'react-router';
import { Card } from '../../../components/ui/card';
import { LoadError } from '../../../components/ui/load-error';
import { SelectField } from '../../../components/ui/select-field';
import { LoadingRegion, Skeleton } from '../../../components/ui/skeleton';
import { TagInput } from '../../../domain/contacts/components/tag-input';
import { toUserMessage } from '../../../lib/errors';
import { paths } from '../../../lib/paths';
import type { AudienceSegment } from '../api';
import {
  audienceKindLabel,
  audienceKinds,
  maxAudienceTags,
  type AudienceKind,
} from '../campaign-audience';
import type { CampaignFormValues } from '../campaign-form';

const audienceHints: Record<AudienceKind, MessageDescriptor> = {
  all: msg`Chaque contact de l’organisation qui accepte les messages.`,
  segment: msg`Les contacts d’un segment, recalculé au lancement.`,
  tags: msg`Les contacts qui ont au moins une des étiquettes choisies.`,
};

type AudienceFieldsProps = {
  control: Control<CampaignFormValues>;
  register: UseFormRegister<CampaignFormValues>;
  errors: FieldErrors<CampaignFormValues>;
  audienceKind: AudienceKind;
  segments: UseQueryResult<AudienceSegment[]>;
  /** The organisation's tags, the most used first. */
  knownTags: string[];
};

/** Who receives the campaign: everyone opted in, a segment, or contacts with some tags. */
export function AudienceFields({
  control,
  register,
  errors,
  audienceKind,
  segments,
  knownTags,
}: AudienceFieldsProps) {
  const { t } = useLingui();
  return (
    <Card
      title={t`Audience`}
      description={t`Les contacts désinscrits sont toujours exclus, quelle que soit l’audience.`}
    >
      <div className="flex flex-col gap-4">
        <fieldset className="flex min-w-0 flex-col gap-2">
          <legend className="mb-1 text-sm font-medium text-slate-800">
            <Trans>Envoyer à</Trans>
          </legend>
          {audienceKinds.map((kind) => (
            <label
              key={kind}
              className="flex min-h-10 items-start gap-2 py-1 text-sm text-slate-900"
            >
              <input
                type="radio"
                value={kind}
                className="mt-0.5 size-4 shrink-0 accent-brand-700"
                {...register('audienceKind')}
              />
              <span className="min-w-0">
                <span className="font-medium">{audienceKindLabel(kind)}</span>
                <span className="block text-slate-600">{i18n._(audienceHints[kind])}</span>
              </span>
            </label>
          ))}
        </fieldset>

        {audienceKind === 'segment' && (
          <SegmentSelect register={register} errors={errors} segments={segments} />
        )}

        {audienceKind === 'tags' && (
          <Controller
            control={control}
            name="tags"
            render={({ field, fieldState }) => (
              <TagInput
                label={t`Étiquettes`}
                value={field.value}
                onChange={(tags) => {
                  field.onChange(tags);
                  field.onBlur();
                }}
                maxTags={maxAudienceTags}
                suggestions={knownTags}
                error={fieldState.error?.message}
                hint={t`Les étiquettes de vos contacts sont proposées pendant la saisie. Un contact reçoit la campagne s’il a l’une d’elles ; ${maxAudienceTags} étiquettes au plus.`}
              />
            )}
          />
        )}
      </div>
    </Card>
  );
}

function SegmentSelect({
  register,
  errors,
  segments,
}: {
  register: UseFormRegister<CampaignFormValues>;
  errors: FieldErrors<CampaignFormValues>;
  segments: UseQueryResult<AudienceSegment[]>;
}) {
  const { t } = useLingui();
  if (segments.isError) {
    return (
      <LoadError
        message={toUserMessage(segments.error, t`Les segments n’ont pas pu être chargés.`)}
        onRetry={() => void segments.refetch()}
      />
    );
  }
  if (segments.data?.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 px-4 py-3 text-sm text-slate-700">
        <p>
          <Trans>Aucun segment dans cette organisation.</Trans>
        </p>
        <Link to={paths.newSegment} className="font-semibold text-brand-700 underline">
          <Trans>Créer un segment</Trans>
        </Link>
      </div>
    );
  }
  if (segments.isPending) {
    return (
      <LoadingRegion label={t`Chargement des segments…`} className="flex flex-col gap-1.5">
        <Skeleton className="h-5 w-24" />
        <Skeleton className="h-10 w-full" />
      </LoadingRegion>
    );
  }
  return (
    <SelectField label={t`Segment`} error={errors.segmentId?.message} {...register('segmentId')}>
      <option value="">{t`Choisissez un segment`}</option>
      {segments.data.map((segment) => (
        <option key={segment.id} value={segment.id}>
          {segment.name}
        </option>
      ))}
    </SelectField>
  );
}
