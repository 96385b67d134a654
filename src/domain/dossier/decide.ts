import { dossierEventSchema, EVENT_NAMES, type DossierEvent, type DossierEventInput } from './events.ts';
import { foldDossier, InvalidHistoryError, type FoldContext } from './fold.ts';
import type { DossierState } from './state.ts';
import { checkTransition } from './transitions.ts';
import { isoLocalDateTime } from '../calendar/local-time.ts';

/**
 * Why an event was refused: `invalid` payload, wrong `state` for it, a `role` that may not take
 * it, or a business `rule` about its values.
 */
export type RefusalCause = 'invalid' | 'state' | 'role' | 'rule';

export type Decision =
  | { ok: true; event: DossierEvent; state: DossierState }
  | { ok: false; cause: RefusalCause; reason: string; field?: string };

/**
 * Decides whether `input` may be appended to a dossier's history: validates the payload,
 * the transition table and the business rules that need the current state, and returns the
 * parsed event with the state it leads to. Pure: the caller stores the event.
 */
export function decide(code: string, history: readonly DossierEvent[], input: DossierEventInput, ctx: FoldContext): Decision {
  const parsed = dossierEventSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || undefined;
    return { ok: false, cause: 'invalid', reason: `Dữ liệu sự kiện không hợp lệ${field ? ` (trường "${field}")` : ''}.`, ...(field ? { field } : {}) };
  }
  const event = parsed.data;
  const current = history.length === 0 ? undefined : foldDossier(code, history, ctx);
  const check = checkTransition(current ? current.status : 'none', event.type, event.actor.role);
  if (!check.ok) return { ok: false, cause: check.cause, reason: check.reason };

  const last = history.at(-1);
  if (last && event.at < last.at) {
    return { ok: false, cause: 'rule', field: 'at', reason: `Thời điểm "${EVENT_NAMES[event.type]}" (${isoLocalDateTime(event.at)}) không được trước sự kiện liền trước (${isoLocalDateTime(last.at)}).` };
  }
  if (event.type === 'received' && !event.procedure && !current?.procedureCode) {
    return { ok: false, cause: 'rule', field: 'procedure', reason: 'Tiếp nhận hồ sơ phải chọn thủ tục hành chính.' };
  }
  if (event.type === 'extended' && current) {
    const appointment = current.appointmentDueAt;
    if (event.newDueAt <= event.at || (appointment !== undefined && event.newDueAt <= appointment)) {
      return { ok: false, cause: 'rule', field: 'newDueAt', reason: 'Ngày hẹn trả mới phải sau thời điểm hiện tại và sau ngày hẹn trả đang có hiệu lực.' };
    }
  }
  if (event.type === 'step_completed' && current && !current.steps.some((s) => s.code === event.stepCode)) {
    return { ok: false, cause: 'rule', field: 'stepCode', reason: `Bước "${event.stepCode}" không có trong quy trình của thủ tục.` };
  }
  try {
    return { ok: true, event, state: foldDossier(code, [...history, event], ctx) };
  } catch (error) {
    if (error instanceof InvalidHistoryError) return { ok: false, cause: 'rule', reason: error.reason };
    throw error;
  }
}
