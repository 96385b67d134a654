/**
 * Legal time limits of a procedure (reference.md §6.3):
 * - `working-days`: N ngày làm việc, N a multiple of 0.5;
 * - `working-hours`: N giờ làm việc;
 * - `calendar-days`: N ngày (calendar days); a due date on a day off moves to the next working day;
 * - `same-day`: trong ngày; received at or after the cut-off (15:00) → next working day.
 */
export type TimeLimit =
  | { kind: 'working-days'; days: number }
  | { kind: 'working-hours'; hours: number }
  | { kind: 'calendar-days'; days: number }
  | { kind: 'same-day' };

/**
 * Who acts in a step, which also says how the step is held (docs/steps.md):
 * - `counter_officer`: the unit's desk (any counter officer of the unit; no named holder);
 * - `specialist`: a department, and optionally one of its officers by name;
 * - `department_head`: the head(s) of the department holding the dossier (no named holder);
 * - `center_leader`, `chairman`: that role within the unit (no named holder).
 */
export const STEP_ROLES = ['counter_officer', 'specialist', 'department_head', 'center_leader', 'chairman'] as const;
export type StepRole = (typeof STEP_ROLES)[number];

/** One internal step of a procedure (tiếp nhận, xử lý chuyên môn, phê duyệt, trả kết quả). */
export interface StepTemplate {
  code: string;
  /** Vietnamese name shown to officers and on the control sheet (Mẫu 06). */
  name: string;
  /** Share of the total time limit, in percent; the shares of a procedure add up to 100. */
  sharePercent: number;
  /** Who acts in this step (and so how it is held, see STEP_ROLES). */
  role: StepRole;
}

/** Reception, department processing, leader approval, return: the default split. */
export const DEFAULT_STEPS: StepTemplate[] = [
  { code: 'tiep-nhan', name: 'Tiếp nhận, chuyển hồ sơ', sharePercent: 10, role: 'counter_officer' },
  { code: 'xu-ly', name: 'Thẩm định, xử lý chuyên môn', sharePercent: 60, role: 'specialist' },
  { code: 'phe-duyet', name: 'Lãnh đạo phê duyệt, ký', sharePercent: 20, role: 'chairman' },
  { code: 'tra-ket-qua', name: 'Trả kết quả', sharePercent: 10, role: 'counter_officer' },
];

/**
 * The default split with the department head's review before the signature (reception 10 %,
 * processing 50 %, head's review 10 %, signature 20 %, return 10 %): for procedures whose
 * internal process names a "Lãnh đạo phòng xem xét, trình ký" step.
 */
export const REVIEWED_STEPS: StepTemplate[] = [
  { code: 'tiep-nhan', name: 'Tiếp nhận, chuyển hồ sơ', sharePercent: 10, role: 'counter_officer' },
  { code: 'xu-ly', name: 'Thẩm định, xử lý chuyên môn', sharePercent: 50, role: 'specialist' },
  { code: 'xem-xet', name: 'Lãnh đạo phòng xem xét, trình ký', sharePercent: 10, role: 'department_head' },
  { code: 'phe-duyet', name: 'Lãnh đạo phê duyệt, ký', sharePercent: 20, role: 'chairman' },
  { code: 'tra-ket-qua', name: 'Trả kết quả', sharePercent: 10, role: 'counter_officer' },
];
