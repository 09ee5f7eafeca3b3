import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useMemo } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber, formatTimeZone } from '../../../../lib/format';
import {
  bucketTimeFormatter,
  fillTimelineGaps,
  timeAxisFormatter,
  timelineSummary,
  type TimelineBucket,
} from '../timeline';
import { CHART_GRID_STROKE, CHART_MARGIN, CHART_TICK } from '../../../../lib/chart-style';

const series = [
  { key: 'sent', name: msg`Envoyés`, colour: '#16a34f' },
  { key: 'delivered', name: msg`Délivrés`, colour: '#0284c7' },
  { key: 'read', name: msg`Lus`, colour: '#7c3aed' },
  { key: 'failed', name: msg`Échecs`, colour: '#dc2626' },
] as const;

/**
 * The chart itself, with recharts: loaded only when a launched campaign's page shows it, so the
 * charting library stays out of every other page.
 */
export default function TimelineChart({
  buckets,
  timeZone,
}: {
  buckets: TimelineBucket[];
  timeZone: string;
}) {
  const { i18n } = useLingui();
  const captionId = useId();
  const zone = formatTimeZone(timeZone);
  const summaryId = useId();
  const points = useMemo(() => fillTimelineGaps(buckets), [buckets]);
  const formatTick = useMemo(() => timeAxisFormatter(points, timeZone), [points, timeZone]);
  const formatBucket = useMemo(() => bucketTimeFormatter(timeZone), [timeZone]);
  const few = points.length <= 3;

  return (
    <figure aria-labelledby={captionId} aria-describedby={summaryId} className="min-w-0">
      <figcaption id={captionId} className="mb-3 text-sm text-slate-600">
        <Trans>Messages par intervalle de temps · {zone}</Trans>
      </figcaption>
      <div className="h-64 w-full min-w-0">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={CHART_MARGIN}>
            <CartesianGrid stroke={CHART_GRID_STROKE} vertical={false} />
            <XAxis
              dataKey="time"
              tickFormatter={(time: number) => formatTick(time)}
              tick={CHART_TICK}
              minTickGap={24}
            />
            <YAxis
              allowDecimals={false}
              width={48}
              tickFormatter={(value: number) => formatNumber(value)}
              tick={CHART_TICK}
            />
            <Tooltip
              labelFormatter={(time) => formatBucket(Number(time))}
              formatter={(value) => formatNumber(Number(value))}
            />
            <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
            {series.map((line) => (
              <Line
                key={line.key}
                type="linear"
                dataKey={line.key}
                name={i18n._(line.name)}
                stroke={line.colour}
                strokeWidth={2}
                dot={few}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <p id={summaryId} className="sr-only">
        {timelineSummary(points, timeZone)}
      </p>
    </figure>
  );
}
