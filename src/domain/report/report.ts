/**
 * The periodic report of a unit (or of a whole city) as the pure core sees it: the shape every
 * output reads (JSON, DOCX, XLSX, CLI), the period it names, and the ranking of a city's units.
 * The report use case (features/reports/build-report.ts) fills it from the report SQL.
 */
import type { DayNumber } from '../calendar/local-time.ts';
import type { PercentMode } from '../format/percent.ts';
import type { Figures } from '../kpi/figures.ts';
import type { FormII06a } from '../kpi/form-ii06a.ts';
import { periodContaining, reportPeriod, type DayRange, type Period, type PeriodConvention } from '../kpi/period.ts';
import { emptyServiceIndexTallies, serviceIndexFromTallies, type ServiceIndex, type ServiceIndexTallies } from '../kpi/service-index.ts';
import type { PaknFigures } from '../pakn/report.ts';
import type { UnitSettings } from '../unit/settings.ts';
import type { OverdueField } from './overdue.ts';

export interface ReportUnit {
  code: string;
  name: string;
  kind: string;
}

export interface GroupFigures {
  key: string;
  name: string;
  figures: Figures;
}

export interface RankingRow {
  rank: number;
  unitCode: string;
  name: string;
  received: number;
  resolved: number;
  /** (early + on time) / resolved, basis points; null when nothing was resolved. */
  onTimeBasisPoints: number | null;
  onlineBasisPoints: number | null;
  servicePointsHundredths: number;
  serviceScoredMaxPoints: number;
  /** Points over the scored maximum, in basis points (the ranking key); null when nothing was scored. */
  serviceBasisPoints: number | null;
}
import type { QueueReportSection, QueueSectionDetail } from './queue-section.ts';

export interface Report {
  kind: 'unit' | 'city';
  unit: ReportUnit;
  /** The units counted: the unit itself, or the wards and communes of the city. */
  units: ReportUnit[];
  settings: UnitSettings;
  period: { from: string; to: string; name: string; label: string; convention: PeriodConvention };
  /** Snapshot time, local (`2026-03-11T17:00`). */
  asOf: string;
  percentMode: PercentMode;
  total: Figures;
  byField: Record<string, Figures>;
  formII06a: { byField: FormII06a; byUnit?: FormII06a };
  byProcedure: GroupFigures[];
  byDepartment: GroupFigures[];
  byOfficer: GroupFigures[];
  byUnit?: GroupFigures[];
  overdue: OverdueField[];
  /** PAKN summary (issue 19): available once the PAKN figures are computed; `text` is one sentence. */
  feedback: { available: boolean; text: string };
  /** The PAKN table of the period (issue 19, domain/pakn/report.ts); absent in reports built without PAKN. */
  pakn?: PaknFigures;
  serviceIndex: ServiceIndex;
  ranking?: RankingRow[];
  /** Issue 18: queue tickets (JSON contract `queue`), ratings (`satisfaction`) and their detail. */
  queue?: QueueReportSection['queue'];
  satisfaction?: QueueReportSection['satisfaction'];
  queueSection?: QueueSectionDetail;
}

/** The unit's report period convention (UnitSettings.reportPeriod; a cut-off on the 15th → 'cutoff-15'). */
export function conventionOf(settings: UnitSettings): PeriodConvention {
  const setting = settings.reportPeriod;
  return setting?.kind === 'cutoff' && setting.day === 15 ? 'cutoff-15' : 'calendar';
}

/** The named period (month, quarter, six months, year) whose days are exactly from–to, else a custom one. */
export function namedPeriod(from: DayNumber, to: DayNumber, convention: PeriodConvention): Period {
  for (const kind of ['month', 'quarter', 'half-year', 'year'] as const) {
    for (const candidate of [convention, convention === 'calendar' ? 'cutoff-15' : 'calendar'] as const) {
      const period = periodContaining(from, kind, candidate);
      if (period.from === from && period.to === to) return period;
    }
  }
  return reportPeriod({ kind: 'custom', from, to }, convention);
}

export function groupsOf(record: Record<string, Figures> | undefined, nameOf: (key: string) => string): GroupFigures[] {
  return Object.entries(record ?? {}).map(([key, figures]) => ({ key, name: nameOf(key), figures }));
}

/**
 * Units ranked by their QĐ 766 self-assessment (points over the maximum of the scored
 * sub-indicators), then by on-time rate, then by the number of dossiers received. The index comes
 * from each unit's tallies (the report SQL's counts: the same as from its states).
 */
export function rankUnits(members: readonly ReportUnit[], byUnit: Record<string, Figures>, tallies: ReadonlyMap<string, ServiceIndexTallies>, range: DayRange, percentMode: PercentMode): RankingRow[] {
  const rows = members.map((member): Omit<RankingRow, 'rank'> => {
    const index = serviceIndexFromTallies(tallies.get(member.code) ?? emptyServiceIndexTallies(), range, { percentMode, unitCode: member.code });
    const figures = byUnit[member.code];
    return {
      unitCode: member.code,
      name: member.name,
      received: figures?.received.total ?? 0,
      resolved: figures?.resolved.total ?? 0,
      onTimeBasisPoints: figures?.rates.onTime.basisPoints ?? null,
      onlineBasisPoints: figures?.rates.online.basisPoints ?? null,
      servicePointsHundredths: index.pointsHundredths,
      serviceScoredMaxPoints: index.scoredMaxPoints,
      serviceBasisPoints: index.scoredMaxPoints === 0 ? null : Math.floor(index.pointsHundredths * 100 / index.scoredMaxPoints),
    };
  });
  const key = (value: number | null) => value ?? -1;
  rows.sort((a, b) => key(b.serviceBasisPoints) - key(a.serviceBasisPoints) || key(b.onTimeBasisPoints) - key(a.onTimeBasisPoints) || b.received - a.received || a.unitCode.localeCompare(b.unitCode));
  return rows.map((row, index) => ({ rank: index + 1, ...row }));
}
