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
          <AreaChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="#e2e8f0" vertical={false} />
            <XAxis
              dataKey="time"
              type="number"
              domain={['dataMin', 'dataMax']}
              tickFormatter={(time: number) => dayFormatter.format(time)}
              tick={{ fontSize: 12, fill: '#475569' }}
              minTickGap={24}
            />
            <YAxis
              allowDecimals={false}
              width={48}
              tickFormatter={(value: number) => formatNumber(value)}
              tick={{ fontSize: 12, fill: '#475569' }}
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
