/**
 * w3-city (issue 16 §4): the trend month by month over the last twelve months, of a unit or of
 * the city (GET /api/overview/trend): received, resolved on time, resolved late — drawn with
 * recharts, as the other charts of the overview. w4-links (issue 15 §4): each bar opens the list
 * of what it counts (links.ts: the month's receptions; resolved on time / late in the month).
 */
import { useEffect, useState } from 'react';
import { Card } from 'antd';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { client, ok } from '../../api.ts';
import { formatNumber } from '../../labels.ts';
import type { Answer } from '../../api/types.ts';
import { navigate } from '../../router.tsx';
import { dossierListLink, type ListKind } from './links.ts';

type Trend = Answer<'/api/overview/trend'>;
type SeriesKey = 'received' | 'resolvedOnTime' | 'resolvedLate';

/** "2026-07" → "7/2026". */
const monthLabel = (month: string) => `${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;

/** The first and last day of a month 'YYYY-MM' (YYYY-MM-DD). */
export function daysOfMonth(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

const SERIES: Array<{ key: SeriesKey; name: string; color: string; kind: ListKind; stackId?: string }> = [
  { key: 'received', name: 'Tiếp nhận', color: '#1677ff', kind: 'receptions' },
  { key: 'resolvedOnTime', name: 'Giải quyết đúng hạn', color: '#52c41a', kind: 'resolvedOnTime', stackId: 'resolved' },
  { key: 'resolvedLate', name: 'Giải quyết quá hạn', color: '#cf1322', kind: 'resolvedLate', stackId: 'resolved' },
];

/** The trend of `unitCode` (the user's own unit, a city for its supervisor, when absent). */
export function TrendChart({ unitCode }: { unitCode?: string | undefined }) {
  const [trend, setTrend] = useState<Trend | null>(null);
  useEffect(() => {
    ok(client.GET('/api/overview/trend', { params: { query: unitCode === undefined ? {} : { unitCode } } }))
      .then(setTrend)
      .catch(() => setTrend(null));
  }, [unitCode]);
  if (!trend) return null;
  const rows = trend.months.map((m) => ({ ...m, label: monthLabel(m.month) }));
  // A unit's trend opens that unit's list; the city's (no unit asked) the lists of the whole city.
  const scope = unitCode === undefined ? {} : { unitCode };
  return (
    <Card size="small" title={`Xu hướng 12 tháng: ${trend.unitName}`} style={{ marginBottom: 12 }}>
      <figure aria-label="Xu hướng 12 tháng" style={{ margin: 0 }} data-testid="trend-chart">
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={rows} margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} tickFormatter={(v: number) => formatNumber(v)} />
            <Tooltip formatter={(value) => formatNumber(Number(value))} />
            <Legend />
            {SERIES.map((s) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.name}
                fill={s.color}
                {...(s.stackId ? { stackId: s.stackId } : {})}
                isAnimationActive={false}
                cursor="pointer"
                onClick={(_bar, index) => {
                  const row = rows[index];
                  if (row) navigate(dossierListLink(s.kind, scope, `${s.name} tháng ${row.label} — ${trend.unitName}`, daysOfMonth(row.month)));
                }}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </figure>
    </Card>
  );
}
