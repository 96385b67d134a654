/**
 * The periodic report of a unit (or of a whole city) for a period: one use case that gathers
 * every figure the DOCX, XLSX, JSON API and CLI print (docs/reports.md).
 *
 * - Counts (narrative figures, Biểu II.06a, per procedure / department / officer, per unit for
 *   a city) come from aggregate SQL (src/db/report-queries.ts), tested equal to the pure core.
 * - The QĐ 766 self-assessment and the overdue list need per-dossier judgement and lists of
 *   codes: they read the folded states of the dossiers handled in the period and run the pure
 *   core (computeServiceIndex, classifyDossier) on them.
 */
import { isoDate, isoLocalDateTime, type DayNumber, type LocalMinute } from '../../domain/calendar/local-time.ts';
import type { DossierState } from '../../domain/dossier/state.ts';
import type { PercentMode } from '../../domain/format/percent.ts';
import { classifyContext, classifyDossier } from '../../domain/kpi/classify.ts';
import type { GroupBy } from '../../domain/kpi/figures.ts';
import { UNASSIGNED_GROUP } from '../../domain/kpi/labels.ts';
import type { DayRange } from '../../domain/kpi/period.ts';
import { computeServiceIndex, isOnTimeForServiceIndex } from '../../domain/kpi/service-index.ts';
import { queueReportSection } from '../queue/queue-report.ts';
import { figuresFromCounts, formFromCounts } from '../../domain/report/from-counts.ts';
import { REPORT_TEXT } from '../../domain/report/labels.ts';
import { overdueByField } from '../../domain/report/overdue.ts';
import { conventionOf, groupsOf, namedPeriod, rankUnits, type Report, type ReportUnit } from '../../domain/report/report.ts';
import type { Database } from '../../platform/db/client.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import { paknForReport } from '../pakn/pakn-for-report.ts';
import { paknFeedbackText, withPaknServiceItems } from '../../domain/report/pakn-section.ts';
import { queryHandledStates, queryReportCounts, reportNames, reportUnits, serviceIndexTalliesByGroup, type ReportScope, type ReportUnitRow } from './reports.queries.ts';

export interface BuildReportInput {
  unitCode: string;
  from: DayNumber;
  to: DayNumber;
  asOf: LocalMinute;
  percentMode?: PercentMode;
  /** Called before each step: (step, steps, what). */
  onProgress?: (step: number, steps: number, label: string) => void;
}

function unitOf(row: ReportUnitRow): ReportUnit {
  return { code: row.code, name: row.name, kind: row.kind };
}

const MAX_DAYS = 3660;

export async function buildReport(db: Database, input: BuildReportInput): Promise<Report> {
  if (input.from > input.to) throw badRequest('Ngày đầu kỳ (--from) phải trước hoặc trùng ngày cuối kỳ (--to).', 'from');
  if (input.to - input.from > MAX_DAYS) throw badRequest('Kỳ báo cáo dài quá 10 năm; hãy chọn kỳ ngắn hơn.', 'to');
  const steps = 6;
  // Between steps the event loop gets a turn: on PGlite every query runs on this thread, and a
  // city report's six steps in one go kept the server from answering anything for up to 1,7 s.
  const breathe = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));
  const progress = async (step: number, label: string): Promise<void> => {
    input.onProgress?.(step, steps, label);
    await breathe();
  };
  const percentMode = input.percentMode ?? 'truncate';

  await progress(1, REPORT_TEXT.progress.units);
  const found = await reportUnits(db, input.unitCode);
  if (found === undefined) throw notFound(`Không tìm thấy đơn vị có mã ${input.unitCode}. Hãy kiểm tra lại mã đơn vị.`);
  const { unit, members } = found;
  const isCity = unit.kind === 'city';
  const scope: ReportScope = { unitCodes: members.map((member) => member.code) };
  const convention = conventionOf(unit.settings);
  const period = namedPeriod(input.from, input.to, convention);
  const range: DayRange = { from: period.from, to: period.to };
  const options = { asOf: input.asOf };

  await progress(2, REPORT_TEXT.progress.figures);
  const byProcedureCounts = await queryReportCounts(db, scope, range, { ...options, groupBy: 'procedure' });
  await breathe();
  const figures = figuresFromCounts(byProcedureCounts, { groupBy: 'procedure', percentMode });
  const byUnitCounts = isCity ? await queryReportCounts(db, scope, range, { ...options, groupBy: 'unit' }) : undefined;

  await progress(3, REPORT_TEXT.progress.groups);
  const grouped = async (groupBy: GroupBy) => figuresFromCounts(await queryReportCounts(db, scope, range, { ...options, groupBy }), { groupBy, percentMode }).byGroup;
  const byDepartment = await grouped('department');
  await breathe();
  const byOfficer = await grouped('officer');
  await breathe();
  const names = await reportNames(db, scope, { procedures: Object.keys(figures.byGroup ?? {}), officers: Object.keys(byOfficer ?? {}) });
  const unitNames = Object.fromEntries(members.map((member) => [member.code, member.name]));

  await progress(4, REPORT_TEXT.progress.states);
  const states = await queryHandledStates<DossierState>(db, scope, range);

  await progress(5, REPORT_TEXT.progress.serviceIndex);
  // Issue 19: the PAKN table and QĐ 766 group 6 from the PAKN register.
  const pakn = await paknForReport(db, scope.unitCodes, range, { asOf: input.asOf, percentMode, dossiers: states });
  const serviceIndex = withPaknServiceItems(computeServiceIndex(states, range, { asOf: input.asOf, percentMode }), pakn.items);
  const context = classifyContext(range, input.asOf);
  const overdue = overdueByField(states, context, names.departments);

  // Issue 18: queue and satisfaction; QĐ 766 5.4 over the 2.1 population with 2.1's overdue judgement.
  const handled = states.map((state) => classifyDossier(state, context)).filter((item) => item !== undefined);
  const { queue, satisfaction, ...queueSection } = await queueReportSection(db, {
    unitCode: unit.code,
    unitCodes: scope.unitCodes,
    range,
    percentMode,
    dossiers: handled.map((item) => item.dossier.code),
    overdue: handled.filter((item) => !isOnTimeForServiceIndex(item, context)).map((item) => item.dossier.code),
    departmentNames: names.departments,
  });

  await progress(6, REPORT_TEXT.progress.assemble);
  const report: Report = {
    kind: isCity ? 'city' : 'unit',
    unit: unitOf(unit),
    units: members.map(unitOf),
    settings: unit.settings,
    period: { from: isoDate(period.from), to: isoDate(period.to), name: period.name, label: period.label, convention: period.convention },
    asOf: isoLocalDateTime(input.asOf),
    percentMode,
    total: figures.total,
    byField: figures.byField,
    formII06a: { byField: formFromCounts(byProcedureCounts, range, { groupBy: 'field' }) },
    byProcedure: groupsOf(figures.byGroup, (key) => names.procedures.get(key) ?? key),
    byDepartment: groupsOf(byDepartment, (key) => (key === UNASSIGNED_GROUP ? key : (names.departments.get(key) ?? key))),
    byOfficer: groupsOf(byOfficer, (key) => (key === UNASSIGNED_GROUP ? key : (names.officers.get(key) ?? key))),
    overdue,
    feedback: { available: true, text: paknFeedbackText(pakn.figures, unit.name, period.name) },
    pakn: pakn.figures,
    serviceIndex,
    queue,
    satisfaction,
    queueSection,
  };
  if (byUnitCounts !== undefined) {
    report.formII06a.byUnit = formFromCounts(byUnitCounts, range, { groupBy: 'unit', names: unitNames, include: scope.unitCodes });
    const byUnit = figuresFromCounts(byUnitCounts, { groupBy: 'unit', percentMode }).byGroup ?? {};
    report.byUnit = groupsOf(byUnit, (key) => unitNames[key] ?? key);
    report.ranking = rankUnits(members, byUnit, serviceIndexTalliesByGroup(byUnitCounts), range, percentMode);
  }
  return report;
}
