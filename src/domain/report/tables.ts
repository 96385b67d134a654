/**
 * The report's tables as neutral data (title, two-level headers, cells), drawn by both the
 * DOCX (src/documents/reports/report-docx.ts) and the XLSX (report-xlsx.ts) writers. Counts
 * stay numbers (XLSX keeps them numeric); percentages and points are printed strings.
 */
import { formatInteger } from '../format/number.ts';
import { formatHundredths } from '../format/number.ts';
import { formatRatio, formatRatioPercent } from '../format/percent.ts';
import { formatDateTime } from '../format/date.ts';
import { parseIsoLocalDateTime } from '../calendar/local-time.ts';
import type { Figures } from '../kpi/figures.ts';
import { FORM_II06A_COLUMN_KEYS, type FormII06a, type FormII06aCounts } from '../kpi/form-ii06a.ts';
import { FORM_II06A_HEADERS, FORM_II06A_TEXT } from '../kpi/labels.ts';
import type { GroupFigures, Report } from './report.ts';
import { PAKN_TABLE_COLUMNS, PAKN_TABLE_TITLE, paknTableRows } from './pakn-section.ts';
import { REPORT_TABLES, REPORT_TEXT } from './labels.ts';
import { queueTables } from './queue-tables.ts';

export type Cell = string | number;

export interface ReportTable {
  /** Sheet name in the XLSX (≤ 31 characters, no []:*?/\). */
  id: string;
  title: string;
  /** Header row(s): one label per column; `groups` (same length) spans columns with one label. */
  columns: string[];
  groups?: string[];
  rows: Cell[][];
  /** Index of a final total row (printed bold), if any. */
  totalRow?: boolean;
  landscape?: boolean;
}

function formTable(id: string, title: string, form: FormII06a): ReportTable {
  const cells = (counts: FormII06aCounts) => ([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13] as const).map((column) => counts[FORM_II06A_COLUMN_KEYS[column]]);
  const headers = FORM_II06A_HEADERS.map(([, column]) => column);
  if (form.groupBy === 'unit') headers[1] = FORM_II06A_TEXT.nameHeaderByUnit;
  return {
    id,
    title,
    columns: headers,
    groups: FORM_II06A_HEADERS.map(([group]) => group.replace(/ — Trong đó$/, '')),
    rows: [...form.rows.map((row) => [row.order, row.name, ...cells(row.counts)]), ['', FORM_II06A_TEXT.totalRow, ...cells(form.total)]],
    totalRow: true,
    landscape: true,
  };
}

function groupTable(id: string, title: string, groups: readonly GroupFigures[], total: Figures): ReportTable {
  const cells = (f: Figures): Cell[] => [f.received.total, f.resolved.total, f.resolved.early, f.resolved.onTime, f.resolved.overdue, formatRatioPercent(f.rates.onTime), f.inProgress.total, f.inProgress.overdue, f.refused, f.withdrawn];
  return {
    id,
    title,
    columns: [...REPORT_TABLES.groupColumns],
    rows: [...groups.map((group, index) => [index + 1, group.name, ...cells(group.figures)]), ['', FORM_II06A_TEXT.totalRow, ...cells(total)]],
    totalRow: true,
    landscape: true,
  };
}

function timeText(iso: string): string {
  const minute = parseIsoLocalDateTime(iso);
  return minute === undefined ? '' : formatDateTime(minute);
}

function overdueTable(report: Report): ReportTable {
  let order = 0;
  const rows = report.overdue.flatMap((field) =>
    field.dossiers.map((dossier): Cell[] => {
      order += 1;
      const step = dossier.step ? (dossier.step.department ? `${dossier.step.name} (${dossier.step.department})` : dossier.step.name) : '';
      return [order, field.field, dossier.code, dossier.procedureName, dossier.status, timeText(dossier.legalDueAt), step, dossier.cause];
    }),
  );
  return { id: 'Hồ sơ quá hạn', title: REPORT_TABLES.overdue, columns: [...REPORT_TABLES.overdueColumns], rows, landscape: true };
}

function serviceIndexTable(report: Report): ReportTable {
  const rows: Cell[][] = [];
  for (const group of report.serviceIndex.groups) {
    rows.push([String(group.id), `${group.name} (${formatHundredths(group.pointsHundredths)}/${group.scoredMaxPoints} điểm tính được; tối đa ${group.maxPoints})`, '', '', group.maxPoints, formatHundredths(group.pointsHundredths), '', '']);
    for (const item of group.subIndicators) {
      if (!item.computable) {
        rows.push([item.id, item.name, REPORT_TEXT.notComputable, '', item.maxPoints ?? '', REPORT_TEXT.notComputable, '', item.reason]);
        continue;
      }
      rows.push([
        item.id,
        item.name,
        `${formatRatio(item.rate)} = ${formatRatioPercent(item.rate)}`,
        item.targetPercent === null ? '' : `≥ ${item.targetPercent}%`,
        item.maxPoints,
        item.pointsHundredths === null ? REPORT_TEXT.notScored : formatHundredths(item.pointsHundredths),
        item.dossiersCostingPoints.length === 0 ? '' : `${formatInteger(item.dossiersCostingPoints.length)}: ${item.dossiersCostingPoints.slice(0, 50).join(', ')}${item.dossiersCostingPoints.length > 50 ? ', …' : ''}`,
        item.note ?? '',
      ]);
    }
  }
  rows.push(['', `Tổng: ${formatHundredths(report.serviceIndex.pointsHundredths)} điểm trên ${report.serviceIndex.scoredMaxPoints} điểm tính được (tối đa ${report.serviceIndex.maxPoints})`, '', '', report.serviceIndex.scoredMaxPoints, formatHundredths(report.serviceIndex.pointsHundredths), '', '']);
  return { id: 'Chỉ số 766', title: REPORT_TABLES.serviceIndex, columns: [...REPORT_TABLES.serviceIndexColumns], rows, totalRow: true, landscape: true };
}

function percentOfBasisPoints(value: number | null): string {
  if (value === null) return '-';
  const whole = Math.floor(value / 100);
  const fraction = value % 100;
  return fraction === 0 ? `${whole}%` : `${whole},${String(fraction).padStart(2, '0')}%`;
}

function rankingTable(report: Report): ReportTable {
  const rows = (report.ranking ?? []).map((row): Cell[] => [
    row.rank,
    row.name,
    row.received,
    row.resolved,
    percentOfBasisPoints(row.onTimeBasisPoints),
    percentOfBasisPoints(row.onlineBasisPoints),
    formatHundredths(row.servicePointsHundredths),
    row.serviceScoredMaxPoints,
  ]);
  return { id: 'Xếp hạng', title: REPORT_TABLES.ranking, columns: [...REPORT_TABLES.rankingColumns], rows };
}

/** Label → value lines of every figure the narrative quotes (the "Số liệu" sheet). */
export function figureLines(report: Report): [string, Cell][] {
  const t = report.total;
  return [
    ['Tổng số hồ sơ tiếp nhận, giải quyết', t.received.total],
    ['Tiếp nhận trực tuyến', t.received.online],
    ['Tiếp nhận trực tiếp', t.received.inPerson],
    ['Tiếp nhận qua bưu chính công ích', t.received.post],
    ['Kỳ trước chuyển sang', t.received.carriedOver],
    ['Đã giải quyết', t.resolved.total],
    ['Giải quyết trước hạn', t.resolved.early],
    ['Giải quyết đúng hạn', t.resolved.onTime],
    ['Giải quyết quá hạn', t.resolved.overdue],
    ['Từ chối, dừng giải quyết', t.refused],
    ['Công dân rút hồ sơ', t.withdrawn],
    ['Yêu cầu bổ sung', t.supplementRequested],
    ['Không được tiếp nhận', t.refusedAtReception],
    ['Đang giải quyết', t.inProgress.total],
    ['Đang giải quyết trong hạn', t.inProgress.withinDeadline],
    ['Đang giải quyết quá hạn', t.inProgress.overdue],
    ['Tỷ lệ hồ sơ trực tuyến', formatRatioPercent(t.rates.online)],
    ['Tỷ lệ giải quyết trước hạn, đúng hạn', formatRatioPercent(t.rates.onTime)],
    ['Tỷ lệ xử lý trước hạn / tổng số', formatRatioPercent(t.rates.early)],
    ['Tỷ lệ từ chối', formatRatioPercent(t.rates.refused)],
    ['Tỷ lệ rút hồ sơ', formatRatioPercent(t.rates.withdrawn)],
    ['Tỷ lệ yêu cầu bổ sung', formatRatioPercent(t.rates.supplementRequested)],
    ['Hồ sơ có phí, lệ phí', t.withFee],
    ['Thanh toán trực tuyến', t.paidOnline],
    ['Tỷ lệ thanh toán trực tuyến', formatRatioPercent(t.rates.onlinePayment)],
    ['Phí, lệ phí thu được (đồng)', t.feesCollected],
    ['Trong đó thanh toán trực tuyến (đồng)', t.feesCollectedOnline],
    ['Hồ sơ đã giải quyết có file kết quả', t.withResultFile],
    ['Trong đó có file thành phần', t.digitized],
    ['Tỷ lệ số hóa', formatRatioPercent(t.rates.digitization)],
    ['Tỷ lệ kết quả điện tử', formatRatioPercent(t.rates.electronicResult)],
    ['Tỷ lệ tái sử dụng dữ liệu số hóa', formatRatioPercent(t.rates.reuse)],
    ['Phản ánh, kiến nghị', report.pakn ? report.pakn.received.total : REPORT_TEXT.noData],
  ];
}

/** Every table of the report, in print order. */
export function reportTables(report: Report): ReportTable[] {
  const tables: ReportTable[] = [
    { id: 'Số liệu', title: REPORT_TABLES.figures, columns: [...REPORT_TABLES.figureColumns], rows: figureLines(report) },
    formTable('Biểu II.06a theo lĩnh vực', `${FORM_II06A_TEXT.code} — ${FORM_II06A_TEXT.title} (theo lĩnh vực)`, report.formII06a.byField),
  ];
  if (report.formII06a.byUnit) tables.push(formTable('Biểu II.06a theo đơn vị', `${FORM_II06A_TEXT.code} — ${FORM_II06A_TEXT.title} (theo đơn vị)`, report.formII06a.byUnit));
  tables.push(groupTable('Theo thủ tục', REPORT_TABLES.byProcedure, report.byProcedure, report.total));
  tables.push(groupTable('Theo phòng ban', REPORT_TABLES.byDepartment, report.byDepartment, report.total));
  tables.push(groupTable('Theo cán bộ', REPORT_TABLES.byOfficer, report.byOfficer, report.total));
  if (report.byUnit) tables.push(groupTable('Theo đơn vị', REPORT_TABLES.byUnit, report.byUnit, report.total));
  tables.push(overdueTable(report));
  if (report.pakn) tables.push({ id: 'Phản ánh, kiến nghị', title: PAKN_TABLE_TITLE, columns: [...PAKN_TABLE_COLUMNS], rows: paknTableRows(report.pakn) });
  tables.push(serviceIndexTable(report));
  if (report.ranking) tables.push(rankingTable(report));
  if (report.queueSection) tables.push(...queueTables(report.queueSection));
  return tables;
}
