/**
 * w3-city (issue 16 §4): the trend month by month over the last twelve months, of a unit or of
 * the city (GET /api/overview/trend): received, resolved on time, resolved late — drawn with
 * recharts, as the other charts of the overview.
 */
import { useEffect, useState } from 'react';
import { Card } from 'antd';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { client, ok } from '../../api.ts';
import { formatNumber } from '../../labels.ts';
import type { Answer } from '../../api/types.ts';

type Trend = Answer<'/api/overview/trend'>;

/** "2026-07" → "7/2026". */
const monthLabel = (month: string) => `${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;

export function TrendChart({ unitCode }: { unitCode?: string | undefined }) {
  const [trend, setTrend] = useState<Trend | null>(null);
  useEffect(() => {
    ok(client.GET('/api/overview/trend', { params: { query: unitCode === undefined ? {} : { unitCode } } }))
      .then(setTrend)
      .catch(() => setTrend(null));
  }, [unitCode]);
  if (!trend) return null;
  const rows = trend.months.map((m) => ({ ...m, label: monthLabel(m.month) }));
  return (
    <Card size="small" title={`Xu hướng 12 tháng: ${trend.unitName}`} style={{ marginBottom: 12 }}>
      <figure aria-label="Xu hướng 12 tháng" style={{ margin: 0 }} data-testid="trend-chart">
        <ResponsiveContainer width="100%" height={260}>
          <ComposedChart data={rows} margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} tickFormatter={(v: number) => formatNumber(v)} />
            <Tooltip formatter={(value) => formatNumber(Number(value))} />
            <Legend />
            <Bar dataKey="resolvedOnTime" name="Giải quyết đúng hạn" stackId="resolved" fill="#52c41a" isAnimationActive={false} />
            <Bar dataKey="resolvedLate" name="Giải quyết quá hạn" stackId="resolved" fill="#cf1322" isAnimationActive={false} />
            <Line dataKey="received" name="Tiếp nhận" stroke="#1677ff" strokeWidth={2} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </figure>
    </Card>
  );
}
