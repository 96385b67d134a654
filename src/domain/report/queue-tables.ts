/**
 * The report's queue and satisfaction tables (issue 18), drawn by the DOCX and XLSX writers like
 * the others: tickets, waits and no-shows by hour, service group, counter and officer; ratings by
 * officer, department and unit; QĐ 766 5.4 with the dossiers behind it.
 */
import { formatHundredths } from '../format/number.ts';
import { formatRatioPercent } from '../format/percent.ts';
import type { QueueFigures } from '../queue/queue-figures.ts';
import type { RatingFigures } from '../rating/rating-figures.ts';
import type { QueueSectionDetail } from './queue-section.ts';
import type { Cell, ReportTable } from './tables.ts';

export const QUEUE_TABLE_TEXT = {
  queueTitle: 'Hàng đợi tại Bộ phận Một cửa: số thứ tự, thời gian chờ, vắng mặt',
  queueColumns: ['Nhóm', 'Số đã cấp', 'Đã phục vụ', 'Có tiếp nhận hồ sơ', 'Chỉ hướng dẫn', 'Vắng mặt', 'Chờ (phút, trung vị)', 'Chờ (phút, P90)', 'Phục vụ (phút, trung vị)'],
  total: 'Tổng cộng',
  byHour: (hour: string) => `Lấy số lúc ${hour.padStart(2, '0')} giờ`,
  byCounter: (counter: string) => (/^\d+$/.test(counter) ? `Quầy ${counter}` : counter),
  part: { hour: 'Theo giờ', group: 'Theo nhóm dịch vụ', counter: 'Theo quầy', officer: 'Theo công chức' },
  ratingTitle: 'Đánh giá mức độ hài lòng của công dân tại quầy',
  ratingColumns: ['Nhóm', 'Số lượt đánh giá', 'Hài lòng', 'Bình thường', 'Không hài lòng', 'Tỷ lệ hài lòng', 'Tỷ lệ không hài lòng'],
  ratingPart: { officer: 'Theo công chức', department: 'Theo phòng ban', unit: 'Theo đơn vị' },
  indexTitle: 'QĐ 766 chỉ tiêu 5.4 — Mức độ hài lòng trong tiếp nhận, giải quyết TTHC',
  indexColumns: ['Nội dung', 'Giá trị', 'Hồ sơ'],
  indexRows: { rate: 'Tỷ lệ (100% − quá hạn − có PAKN hoặc không hài lòng)', points: 'Điểm (tối đa 6)', overdue: 'Hồ sơ quá hạn', complained: 'Hồ sơ có PAKN hoặc đánh giá không hài lòng', notScored: 'Không chấm' },
} as const;

const minutes = (value: number | null): Cell => (value === null ? '' : value);

function queueCells(f: QueueFigures): Cell[] {
  return [f.tickets, f.served, f.withDossier, f.guidanceOnly, f.noShow, minutes(f.waitMinutes.median), minutes(f.waitMinutes.p90), minutes(f.serviceMinutes.median)];
}

function ratingCells(f: RatingFigures): Cell[] {
  return [f.ratings, f.satisfied, f.neutral, f.dissatisfied, formatRatioPercent(f.satisfiedRate), formatRatioPercent(f.dissatisfiedRate)];
}

function part<T>(title: string, record: Record<string, T>, name: (key: string) => string, cells: (value: T) => Cell[]): Cell[][] {
  const entries = Object.entries(record);
  if (entries.length === 0) return [];
  const width = cells(entries[0]![1]).length;
  return [[title, ...Array<Cell>(width).fill('')], ...entries.map(([key, value]) => [name(key), ...cells(value)])];
}

export function queueTables(section: QueueSectionDetail): ReportTable[] {
  const q = section.queueFigures;
  const t = QUEUE_TABLE_TEXT;
  const same = (key: string) => key;
  const r = section.ratingFigures;
  const index = section.satisfactionIndex;
  return [
    {
      id: 'Hàng đợi',
      title: t.queueTitle,
      columns: [...t.queueColumns],
      rows: [
        ...part(t.part.hour, q.byHour, t.byHour, queueCells),
        ...part(t.part.group, q.byServiceGroup, same, queueCells),
        ...part(t.part.counter, q.byCounter, t.byCounter, queueCells),
        ...part(t.part.officer, q.byOfficer, same, queueCells),
        [t.total, ...queueCells(q.total)],
      ],
      totalRow: true,
      landscape: true,
    },
    {
      id: 'Đánh giá hài lòng',
      title: t.ratingTitle,
      columns: [...t.ratingColumns],
      rows: [
        ...part(t.ratingPart.officer, r.byOfficer, same, ratingCells),
        ...part(t.ratingPart.department, r.byDepartment, same, ratingCells),
        ...part(t.ratingPart.unit, r.byUnit, same, ratingCells),
        [t.total, ...ratingCells(r.total)],
      ],
      totalRow: true,
    },
    {
      id: 'Chỉ tiêu 5.4',
      title: t.indexTitle,
      columns: [...t.indexColumns],
      rows: [
        [t.indexRows.rate, formatRatioPercent(index.rate), ''],
        [t.indexRows.points, index.pointsHundredths === null ? t.indexRows.notScored : formatHundredths(index.pointsHundredths), index.note ?? ''],
        [t.indexRows.overdue, index.overdue.dossiers.length, index.overdue.dossiers.join(', ')],
        [t.indexRows.complained, index.complained.dossiers.length, index.complained.dossiers.join(', ')],
      ],
    },
  ];
}
