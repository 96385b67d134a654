/**
 * The papers of a reception (issue 14 §5): what was submitted, what is missing, and the rule
 * that a dossier with a mandatory paper missing is received only together with a supplement
 * request ("Tiếp nhận và yêu cầu bổ sung") or with a recorded confirmation naming the
 * missing papers. Pure; docs/steps.md.
 */
import type { ChecklistItem, DossierEvent, ProcedureSnapshot, SubmittedComponent } from './events.ts';

type Received = Extract<DossierEvent, { type: 'received' }>;

/** The mandatory papers of the procedure's list that are not among `submitted` (what `missing` must name). */
export function missingMandatory(checklist: readonly ChecklistItem[], submitted: readonly Pick<SubmittedComponent, 'code'>[]): SubmittedComponent[] {
  const codes = new Set(submitted.map((c) => c.code));
  return checklist.filter((item) => !item.optional && !codes.has(item.code)).map(({ code, name, form, quantity }) => ({ code, name, form, quantity }));
}

const quoted = (components: readonly SubmittedComponent[]): string => components.map((c) => `"${c.name}"`).join(', ');

export interface PapersProblem {
  field: string;
  reason: string;
}

/**
 * Why a reception cannot be recorded as it says (undefined when it can): a paper both
 * submitted and missing; a mandatory paper of the procedure's list neither submitted nor
 * named missing; missing papers without "yêu cầu bổ sung" or a confirmation; both at once.
 */
export function receptionPapersProblem(event: Received, procedure: ProcedureSnapshot | undefined): PapersProblem | undefined {
  const missing = event.missing ?? [];
  const submitted = new Set(event.components.map((c) => c.code));
  const both = missing.filter((c) => submitted.has(c.code));
  if (both.length > 0) return { field: 'missing', reason: `Giấy tờ ${quoted(both)} vừa được ghi là đã nộp vừa được ghi là còn thiếu.` };
  const named = new Set(missing.map((c) => c.code));
  const unnamed = missingMandatory(procedure?.components ?? [], event.components).filter((c) => !named.has(c.code));
  if (unnamed.length > 0) return { field: 'missing', reason: `Thành phần hồ sơ bắt buộc chưa nộp nhưng chưa được ghi là còn thiếu: ${quoted(unnamed)}.` };
  if (event.withSupplementRequest && event.missingConfirmed) {
    return { field: 'missingConfirmed', reason: 'Chọn một trong hai: "Tiếp nhận và yêu cầu bổ sung", hoặc xác nhận tiếp nhận khi còn thiếu giấy tờ.' };
  }
  if (event.missingConfirmed && missing.length === 0) return { field: 'missingConfirmed', reason: 'Hồ sơ không thiếu giấy tờ nào: không cần xác nhận tiếp nhận khi còn thiếu.' };
  if (missing.length > 0 && !event.withSupplementRequest && !event.missingConfirmed) {
    return {
      field: 'missing',
      reason: `Hồ sơ còn thiếu thành phần bắt buộc: ${quoted(missing)}. Hãy chọn "Tiếp nhận và yêu cầu bổ sung", hoặc xác nhận tiếp nhận khi còn thiếu và ghi rõ lý do.`,
    };
  }
  return undefined;
}
