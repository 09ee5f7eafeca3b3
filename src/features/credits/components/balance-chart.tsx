import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useMemo } from 'react';
import {
  Area,
  AreaChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatDate, formatNumber, intlLocale } from '../../../lib/format';
import { balanceHistorySummary, type BalancePoint } from '../balance-history';
import { CHART_GRID_STROKE, CHART_MARGIN, CHART_TICK } from '../../../lib/chart-style';

/**
 * The chart itself, with recharts: loaded apart from the page (React.lazy), so the rest of
 * Paramètres › Crédits shows without waiting for the charting library.
 */
export default function BalanceChart({
  points,
  timeZone,
}: {
  points: BalancePoint[];
  timeZone: string;
}) {
  const { t } = useLingui();
  const captionId = useId();
  const summaryId = useId();
  const dayFormatter = useMemo(
    () => new Intl.DateTimeFormat(intlLocale(), { day: 'numeric', month: 'short', timeZone }),
    [timeZone],
  );

  return (
    <figure aria-labelledby={captionId} aria-describedby={summaryId} className="min-w-0">
      <figcaption id={captionId} className="mb-3 text-sm text-slate-600">
        <Trans>Solde en fin de journée, sur les 30 derniers jours</Trans>
      </figcaption>
      <div className="h-48 w-full min-w-0">
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart data={points} margin={CHART_MARGIN}>
            <CartesianGrid stroke={CHART_GRID_STROKE} vertical={false} />
            <XAxis
              dataKey="time"
              type="number"
              domain={['dataMin', 'dataMax']}
              tickFormatter={(time: number) => dayFormatter.format(time)}
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
              labelFormatter={(time) => formatDate(Number(time), timeZone)}
              formatter={(value) => [formatNumber(Number(value)), t`Solde`]}
            />
            <Area
              type="linear"
              dataKey="balance"
              stroke="#128341"
              fill="#b4f7ce"
              strokeWidth={2}
              isAnimationActive={false}
            />
          </AreaChart>
        </ResponsiveContainer>
      </div>
      <p id={summaryId} className="sr-only">
        {balanceHistorySummary(points, timeZone)}
      </p>
    </figure>
  );
}
