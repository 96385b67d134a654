/**
 * The narrative of the report: sections with default paragraphs written from the figures,
 * in the manner of the centres' own reports (seeds 000, 002, 004). Every section has an id;
 * the caller may replace the paragraphs of any section before export (`overrides`).
 */
import { formatInteger, formatMoney } from '../format/number.ts';
import { formatRatio, formatRatioPercent } from '../format/percent.ts';
import { formatHundredths } from '../format/number.ts';
import type { Report } from './report.ts';
import { paknParagraphs } from './pakn-section.ts';
import { REPORT_TEXT } from './labels.ts';

export const SECTION_IDS = ['tiep-nhan', 'giai-quyet', 'qua-han', 'thanh-toan', 'so-hoa', 'pakn', 'chi-so-766', 'danh-gia', 'phuong-huong', 'kien-nghi'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface ReportSection {
  id: SectionId;
  heading: string;
  /** Heading of the part the section opens ("I. KẾT QUẢ …"), printed above it. */
  part?: string;
  paragraphs: string[];
  /** True when the paragraphs come from the caller instead of the defaults. */
  edited: boolean;
}

export type SectionOverrides = Partial<Record<SectionId, string[]>>;

/** "Quý I năm 2026" → "quý I năm 2026" for use inside a sentence. */
export function periodInText(report: Report): string {
  const label = report.period.label;
  return label.charAt(0).toLocaleLowerCase('vi-VN') + label.slice(1);
}

const n = formatInteger;

function receptionParagraphs(report: Report): string[] {
  const { received, refusedAtReception, rates } = report.total;
  const out = [
    `Tổng số hồ sơ tiếp nhận, giải quyết trong kỳ: ${n(received.total)} hồ sơ, trong đó: tiếp nhận trực tuyến ${n(received.online)} hồ sơ; trực tiếp ${n(received.inPerson)} hồ sơ; qua dịch vụ bưu chính công ích ${n(received.post)} hồ sơ; kỳ trước chuyển sang ${n(received.carriedOver)} hồ sơ.`,
    `Tỷ lệ hồ sơ tiếp nhận trực tuyến: ${formatRatio(rates.online)} đạt ${formatRatioPercent(rates.online)}.`,
  ];
  if (refusedAtReception > 0) out.push(`Số hồ sơ không được tiếp nhận (không đủ điều kiện, không thuộc thẩm quyền): ${n(refusedAtReception)} hồ sơ.`);
  return out;
}

function resolutionParagraphs(report: Report): string[] {
  const { resolved, inProgress, refused, withdrawn, supplementRequested, rates } = report.total;
  return [
    `Số hồ sơ đã giải quyết: ${n(resolved.total)} hồ sơ, trong đó: trước hạn ${n(resolved.early)} hồ sơ; đúng hạn ${n(resolved.onTime)} hồ sơ; quá hạn ${n(resolved.overdue)} hồ sơ. Tỷ lệ giải quyết trước hạn, đúng hạn: ${formatRatioPercent(rates.onTime)}.`,
    `Tỷ lệ hồ sơ xử lý trước hạn trên tổng số hồ sơ tiếp nhận, giải quyết: ${formatRatioPercent(rates.early)}.`,
    `Số hồ sơ từ chối, dừng giải quyết: ${n(refused)} hồ sơ (${formatRatioPercent(rates.refused)}); số hồ sơ công dân xin rút: ${n(withdrawn)} hồ sơ (${formatRatioPercent(rates.withdrawn)}); số hồ sơ yêu cầu công dân bổ sung: ${n(supplementRequested)} hồ sơ (${formatRatioPercent(rates.supplementRequested)}).`,
    `Số hồ sơ đang giải quyết: ${n(inProgress.total)} hồ sơ, trong đó: trong hạn ${n(inProgress.withinDeadline)} hồ sơ; quá hạn ${n(inProgress.overdue)} hồ sơ.`,
  ];
}

function overdueParagraphs(report: Report): string[] {
  const total = report.overdue.reduce((sum, field) => sum + field.count, 0);
  if (total === 0) return ['Trong kỳ không có hồ sơ quá hạn.'];
  const byField = report.overdue.map((field) => `${field.field}: ${String(field.count).padStart(2, '0')}`).join(', ');
  const ended = report.overdue.flatMap((field) => field.dossiers).filter((dossier) => dossier.kind === 'ended').length;
  const steps = new Map<string, number>();
  for (const dossier of report.overdue.flatMap((field) => field.dossiers)) {
    const where = dossier.step ? (dossier.step.department ? `${dossier.step.name} (${dossier.step.department})` : dossier.step.name) : 'không xác định';
    steps.set(where, (steps.get(where) ?? 0) + 1);
  }
  const stepText = [...steps.entries()].sort((a, b) => b[1] - a[1]).map(([where, count]) => `${where}: ${n(count)} hồ sơ`).join('; ');
  return [
    `Tổng số hồ sơ quá hạn: ${n(total)} hồ sơ (${byField}), trong đó đã giải quyết quá hạn ${n(ended)} hồ sơ, đang giải quyết quá hạn ${n(total - ended)} hồ sơ. Danh sách chi tiết tại Phụ lục.`,
    `Nguyên nhân: hồ sơ chậm ở các bước xử lý — ${stepText}.`,
  ];
}

function paymentParagraphs(report: Report): string[] {
  const t = report.total;
  return [
    `Số hồ sơ có phí, lệ phí: ${n(t.withFee)} hồ sơ; số hồ sơ thanh toán trực tuyến: ${n(t.paidOnline)} hồ sơ, đạt tỷ lệ ${formatRatioPercent(t.rates.onlinePayment)}.`,
    `Tổng số phí, lệ phí thu được trong kỳ: ${formatMoney(t.feesCollected)}, trong đó thanh toán trực tuyến ${formatMoney(t.feesCollectedOnline)}.`,
  ];
}

function digitizationParagraphs(report: Report): string[] {
  const t = report.total;
  return [
    `Tổng số hồ sơ đã giải quyết có file kết quả đính kèm: ${n(t.withResultFile)} hồ sơ; trong đó có file thành phần hồ sơ đính kèm: ${n(t.digitized)} hồ sơ, chưa có: ${n(t.withResultFile - t.digitized)} hồ sơ. Tỷ lệ số hóa hồ sơ: ${formatRatio(t.rates.digitization)} đạt ${formatRatioPercent(t.rates.digitization)}.`,
    `Tỷ lệ hồ sơ có kết quả điện tử: ${formatRatioPercent(t.rates.electronicResult)}; tỷ lệ hồ sơ tái sử dụng dữ liệu số hóa: ${formatRatioPercent(t.rates.reuse)}.`,
  ];
}

function serviceIndexParagraphs(report: Report): string[] {
  const index = report.serviceIndex;
  // Sub-indicators without an official number are named instead of printing their internal id.
  const notComputable = index.groups
    .flatMap((group) => group.subIndicators)
    .filter((item) => !item.computable)
    .map((item) => (/^\d/.test(item.id) ? item.id : `"${item.name}"`));
  return [
    `Tự đánh giá theo Bộ chỉ số phục vụ người dân, doanh nghiệp (Quyết định số 766/QĐ-TTg) từ dữ liệu hồ sơ: ${formatHundredths(index.pointsHundredths)} điểm trên ${n(index.scoredMaxPoints)} điểm của các chỉ tiêu tính được (tổng điểm tối đa của bộ chỉ số: ${n(index.maxPoints)} điểm).`,
    `Các chỉ tiêu chưa tính được từ dữ liệu hồ sơ (${notComputable.join(', ')}) không được chấm điểm; lý do nêu tại Phụ lục.`,
  ];
}

function assessmentParagraphs(report: Report): string[] {
  const t = report.total;
  const late = t.resolved.overdue + t.inProgress.overdue;
  return [
    `1. Ưu điểm: việc tiếp nhận, giải quyết và trả kết quả thủ tục hành chính được thực hiện theo đúng quy trình; tỷ lệ giải quyết trước hạn, đúng hạn đạt ${formatRatioPercent(t.rates.onTime)}; tỷ lệ hồ sơ trực tuyến đạt ${formatRatioPercent(t.rates.online)}.`,
    late === 0
      ? '2. Tồn tại, hạn chế: không có hồ sơ quá hạn trong kỳ.'
      : `2. Tồn tại, hạn chế: còn ${n(late)} hồ sơ quá hạn; việc luân chuyển hồ sơ giữa các bước xử lý ở một số lĩnh vực còn chậm.`,
  ];
}

const FIXED_DEFAULTS: Record<'phuong-huong' | 'kien-nghi', string[]> = {
  'phuong-huong': [
    'Tiếp tục thực hiện nghiêm cơ chế một cửa, một cửa liên thông; đôn đốc các bộ phận giải quyết hồ sơ đúng hạn, không để phát sinh hồ sơ quá hạn.',
    'Đẩy mạnh tiếp nhận hồ sơ trực tuyến, thanh toán trực tuyến, số hóa hồ sơ và kết quả giải quyết; tăng cường tái sử dụng dữ liệu đã số hóa.',
  ],
  'kien-nghi': ['Không.'],
};

export function buildNarrative(report: Report, overrides: SectionOverrides = {}): ReportSection[] {
  const defaults: Record<SectionId, { heading: string; part?: string; paragraphs: string[] }> = {
    'tiep-nhan': { part: REPORT_TEXT.partOne, heading: REPORT_TEXT.sections.reception, paragraphs: receptionParagraphs(report) },
    'giai-quyet': { heading: REPORT_TEXT.sections.resolution, paragraphs: resolutionParagraphs(report) },
    'qua-han': { heading: REPORT_TEXT.sections.overdue, paragraphs: overdueParagraphs(report) },
    'thanh-toan': { heading: REPORT_TEXT.sections.payment, paragraphs: paymentParagraphs(report) },
    'so-hoa': { heading: REPORT_TEXT.sections.digitization, paragraphs: digitizationParagraphs(report) },
    pakn: { heading: REPORT_TEXT.sections.feedback, paragraphs: report.pakn ? paknParagraphs(report.pakn, report.feedback.text) : [`${REPORT_TEXT.noData}.`] },
    'chi-so-766': { heading: REPORT_TEXT.sections.serviceIndex, paragraphs: serviceIndexParagraphs(report) },
    'danh-gia': { heading: REPORT_TEXT.sections.assessment, paragraphs: assessmentParagraphs(report) },
    'phuong-huong': { heading: REPORT_TEXT.sections.plan, paragraphs: FIXED_DEFAULTS['phuong-huong'] },
    'kien-nghi': { heading: REPORT_TEXT.sections.proposals, paragraphs: FIXED_DEFAULTS['kien-nghi'] },
  };
  return SECTION_IDS.map((id) => {
    const entry = defaults[id];
    const override = overrides[id];
    const section: ReportSection = { id, heading: entry.heading, paragraphs: override ?? entry.paragraphs, edited: override !== undefined };
    if (entry.part !== undefined) section.part = entry.part;
    return section;
  });
}
