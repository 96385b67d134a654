/**
 * The PAKN part of the periodic report (issue 19; docs/report-definitions.md "PAKN"): the
 * narrative's section 6, the PAKN table printed in DOCX and XLSX, the one-line `feedback`
 * summary, and QĐ 766 group 6 (5.1–5.4) computed from the PAKN instead of "not computable".
 * Pure: build-report.ts gives the figures (computePaknFigures) and the items (computePaknServiceItems).
 */
import { formatInteger } from '../format/number.ts';
import { formatRatioPercent } from '../format/percent.ts';
import type { ComputedSubIndicator, ServiceIndex } from '../kpi/service-index.ts';
import type { PaknFigures } from '../pakn/report.ts';
import type { PaknServiceItem, PaknServiceItems } from '../pakn/service-index.ts';

const n = formatInteger;

export const PAKN_TABLE_TITLE = 'Tình hình tiếp nhận, xử lý phản ánh, kiến nghị';
export const PAKN_TABLE_COLUMNS = ['Chỉ tiêu', 'Số lượng'] as const;

/** Rows of the PAKN table: label, count (counts stay numbers for the XLSX). */
export function paknTableRows(p: PaknFigures): Array<[string, number | string]> {
  return [
    ['Tổng số phản ánh, kiến nghị tiếp nhận, xử lý trong kỳ', p.received.total],
    ['  Kỳ trước chuyển sang', p.received.carriedOver],
    ['  Mới tiếp nhận trong kỳ', p.received.new],
    ['  Về quy định, chính sách, thủ tục hành chính', p.byClass.rulesAndProcedures],
    ['  Về hành vi của cán bộ, công chức', p.byClass.officerConduct],
    ['  Chưa phân loại', p.byClass.unclassified],
    ['Đã xử lý, trả lời', p.resolved.total],
    ['  Đúng hạn', p.resolved.onTime],
    ['  Quá hạn', p.resolved.overdue],
    ['  Trong đó đã công khai', p.resolved.published],
    ['Tỷ lệ xử lý đúng hạn', formatRatioPercent(p.rates.resolvedOnTime)],
    ['Chuyển cơ quan có thẩm quyền', p.forwarded.total],
    ['Không tiếp nhận', p.notAccepted.total],
    ['Người gửi rút', p.withdrawn],
    ['Đang xử lý', p.inProgress.total],
    ['  Trong hạn', p.inProgress.withinDeadline],
    ['  Quá hạn', p.inProgress.overdue],
    ['Công khai kết quả trong kỳ', p.published.total],
    ['  Công khai đúng hạn', p.published.onTime],
    ['  Công khai quá hạn', p.published.overdue],
  ];
}

/** "Trong tháng 5 năm 2026" for a named period; a custom one ("Từ ngày … đến ngày …") as it is. */
function periodOpening(periodName: string): string {
  const lower = `${periodName.charAt(0).toLocaleLowerCase('vi-VN')}${periodName.slice(1)}`;
  return lower.startsWith('từ ') ? `${periodName.charAt(0).toLocaleUpperCase('vi-VN')}${periodName.slice(1)}` : `Trong ${lower}`;
}

/**
 * One sentence for `feedback.text`, the way a center writes it ("Trong tháng 5, xã Hùng Thắng
 * không có phản ánh kiến nghị…"): `periodName` is the report period's name.
 */
export function paknFeedbackText(p: PaknFigures, placeName: string, periodName: string): string {
  const periodLabel = periodOpening(periodName);
  if (p.received.total === 0 && p.published.total === 0) return `${periodLabel}, ${placeName} không có phản ánh, kiến nghị.`;
  return `${periodLabel}, ${placeName} tiếp nhận, xử lý ${n(p.received.total)} phản ánh, kiến nghị (kỳ trước chuyển sang ${n(p.received.carriedOver)}); đã xử lý ${n(p.resolved.total)} (đúng hạn ${n(p.resolved.onTime)}, quá hạn ${n(p.resolved.overdue)}); đang xử lý ${n(p.inProgress.total)} (quá hạn ${n(p.inProgress.overdue)}); công khai ${n(p.published.total)}.`;
}

/** Section 6 of the narrative. */
export function paknParagraphs(p: PaknFigures, feedbackText: string): string[] {
  if (p.received.total === 0 && p.published.total === 0) return [feedbackText];
  return [
    `Tổng số phản ánh, kiến nghị tiếp nhận, xử lý trong kỳ: ${n(p.received.total)} (kỳ trước chuyển sang ${n(p.received.carriedOver)}, mới tiếp nhận ${n(p.received.new)}); trong đó về quy định, chính sách, thủ tục hành chính ${n(p.byClass.rulesAndProcedures)}, về hành vi của cán bộ, công chức ${n(p.byClass.officerConduct)}, chưa phân loại ${n(p.byClass.unclassified)}.`,
    `Đã xử lý, trả lời ${n(p.resolved.total)} phản ánh, kiến nghị: ${formatRatioPercent(p.rates.resolvedOnTime)} đúng hạn (${n(p.resolved.onTime)}), quá hạn ${formatRatioPercent(p.rates.resolvedOverdue)} (${n(p.resolved.overdue)}); chuyển cơ quan có thẩm quyền ${n(p.forwarded.total)}; không tiếp nhận ${n(p.notAccepted.total)}; người gửi rút ${n(p.withdrawn)}.`,
    `Đang xử lý ${n(p.inProgress.total)} phản ánh, kiến nghị, trong đó trong hạn ${n(p.inProgress.withinDeadline)}, quá hạn ${n(p.inProgress.overdue)}. Đã công khai kết quả xử lý ${n(p.published.total)} phản ánh, kiến nghị trong kỳ.`,
  ];
}

function subIndicatorOf(item: PaknServiceItem, listed: string[], costing: string[]): ComputedSubIndicator {
  const result: ComputedSubIndicator = {
    id: item.id,
    name: item.name,
    group: 6,
    computable: true,
    rate: item.rate,
    targetPercent: item.targetPercent,
    maxPoints: item.maxPoints,
    pointsHundredths: item.pointsHundredths,
    dossiersCostingPoints: costing,
    pakn: listed,
  };
  if (item.note !== undefined) result.note = item.note;
  return result;
}

/**
 * The service index with group 6 computed from the PAKN: 5.1 lists every PAKN received, 5.2 and
 * 5.3 the PAKN costing points, 5.4 the dossiers costing points and the PAKN behind them. Group
 * and total points are summed again over the scored sub-indicators.
 */
export function withPaknServiceItems(index: ServiceIndex, items: PaknServiceItems): ServiceIndex {
  const computed: Record<string, ComputedSubIndicator> = {
    '5.1': subIndicatorOf(items['5.1'], items['5.1'].population, []),
    '5.2': subIndicatorOf(items['5.2'], items['5.2'].failing, items['5.2'].failing),
    '5.3': subIndicatorOf(items['5.3'], items['5.3'].failing, items['5.3'].failing),
    '5.4': subIndicatorOf(items['5.4'], items['5.4'].pakn, items['5.4'].failing),
  };
  const groups = index.groups.map((group) => {
    if (group.id !== 6) return group;
    const subIndicators = group.subIndicators.map((item) => computed[item.id] ?? item);
    const scored = subIndicators.filter((item): item is ComputedSubIndicator => item.computable && item.pointsHundredths !== null);
    return { ...group, subIndicators, pointsHundredths: scored.reduce((sum, item) => sum + item.pointsHundredths!, 0), scoredMaxPoints: scored.reduce((sum, item) => sum + item.maxPoints, 0) };
  });
  return { ...index, groups, pointsHundredths: groups.reduce((sum, g) => sum + g.pointsHundredths, 0), scoredMaxPoints: groups.reduce((sum, g) => sum + g.scoredMaxPoints, 0) };
}
