/**
 * The figure cards above the report preview's Biểu II.06a table (issue 15), each with a short
 * note when its figure differs from the matching column total of the table, saying why.
 *
 * The narrative figures and Biểu II.06a count different populations on purpose
 * (docs/report-definitions.md §5 and §6): "Đã giải quyết" of the narrative is the dossiers
 * processed or returned, while column (7) of II.06a counts every end in the period, stopped
 * (dừng xử lý, từ chối) and withdrawn ones too; column (10) counts stopped dossiers that ended
 * after their due date as "quá hạn", the narrative's `resolved.overdue` does not. The other four
 * cards equal their columns by the invariants of §4 and §6 (property-tested), so they carry no note.
 */

import { formatInteger } from '../format/number.ts';
import type { FormII06aCounts } from '../kpi/form-ii06a.ts';

/** The parts of the narrative figures the cards show. */
export interface CardFigures {
  received: { total: number; carriedOver: number };
  resolved: { total: number; overdue: number };
  inProgress: { total: number; overdue: number };
  refused: number;
  withdrawn: number;
}

export interface PreviewCard {
  title: string;
  value: number;
  /** Why the card's figure differs from the total of its column in the table below; absent when equal. */
  note?: string;
}

const n = formatInteger;

/** The six cards of the preview, from the narrative total and the total row of Biểu II.06a. */
export function previewCards(figures: CardFigures, table: FormII06aCounts): PreviewCard[] {
  const stoppedOverdue = table.resolvedOverdue - figures.resolved.overdue;
  const cards: Array<[string, number, number, () => string]> = [
    ['Hồ sơ tiếp nhận', figures.received.total, table.received, () => ''],
    ['Kỳ trước chuyển sang', figures.received.carriedOver, table.carriedOver, () => ''],
    [
      'Đã giải quyết',
      figures.resolved.total,
      table.resolved,
      () => {
        const others = [figures.refused > 0 ? `${n(figures.refused)} hồ sơ dừng xử lý, từ chối giải quyết` : '', figures.withdrawn > 0 ? `${n(figures.withdrawn)} hồ sơ công dân xin rút` : ''].filter(Boolean);
        return `Chỉ tính hồ sơ đã có kết quả hoặc trả lại. Cột “Đã giải quyết” của Biểu II.06a (${n(table.resolved)}) tính cả ${others.join(' và ')}.`;
      },
    ],
    [
      'Giải quyết quá hạn',
      figures.resolved.overdue,
      table.resolvedOverdue,
      () => `Chỉ tính hồ sơ đã có kết quả hoặc trả lại. Cột “Quá hạn” của Biểu II.06a (${n(table.resolvedOverdue)}) tính cả ${n(stoppedOverdue)} hồ sơ dừng xử lý, từ chối giải quyết sau hạn.`,
    ],
    ['Đang giải quyết', figures.inProgress.total, table.inProgress, () => ''],
    ['Đang giải quyết quá hạn', figures.inProgress.overdue, table.inProgressOverdue, () => ''],
  ];
  return cards.map(([title, value, column, why]) => {
    const note = value === column ? '' : why();
    return note ? { title, value, note } : { title, value };
  });
}
