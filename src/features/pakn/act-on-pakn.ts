/**
 * Every step after registration (classify, not accept, ask for information, assign, draft,
 * resolve, forward, publish, record a vote, remind, withdraw): where the user may act is the
 * policy's, which event in which state by which role is the domain's (decidePakn); the event is
 * appended with optimistic concurrency.
 */
import { decidePakn, type PaknDecision } from '../../domain/pakn/decide.ts';
import type { PaknEventInput } from '../../domain/pakn/events.ts';
import type { PaknEventType } from '../../domain/pakn/labels.ts';
import type { PaknState } from '../../domain/pakn/state.ts';
import { canActOnPakn } from '../../domain/policy/policy.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { badRequest, conflict, forbidden } from '../../platform/errors.ts';
import { findDepartment } from '../../platform/units/units.queries.ts';
import { loadReadablePakn, type LoadedPakn } from './load-pakn.ts';
import { isActiveOfficerOfUnit } from './pakn.queries.ts';
import { appendPaknEvents, PaknConflictError } from './pakn.store.ts';
import { refusalError } from './record-pakn-history.ts';
import { writePaknNotices } from '../notices/write-pakn-notices.ts';

export interface ActOnPaknInput {
  code: string;
  action: Exclude<PaknEventType, 'registered'>;
  /** The version the user saw; another current version is a conflict (409). */
  expectedVersion: number;
  payload: Record<string, unknown>;
}

/** A handler must be an active officer of the PAKN's unit, and a department one of its own. */
async function checkAssignment(ctx: AppContext, unitCode: string, payload: Record<string, unknown>): Promise<void> {
  const handlerId = String(payload.handlerId ?? '');
  if (!(await isActiveOfficerOfUnit(ctx.db, handlerId, unitCode))) throw badRequest('Người được giao xử lý không phải cán bộ đang làm việc của đơn vị.', 'handlerId');
  const departmentCode = payload.departmentCode === undefined ? undefined : String(payload.departmentCode);
  if (departmentCode !== undefined && !(await findDepartment(ctx.db, unitCode, departmentCode))) throw badRequest(`Đơn vị không có phòng, cơ quan "${departmentCode}".`, 'departmentCode');
}

/** Decides an event on a loaded PAKN; throws the Vietnamese refusal. */
export function decideOn(loaded: LoadedPakn, input: PaknEventInput): Extract<PaknDecision, { ok: true }> {
  const decision = decidePakn(loaded.code, loaded.events, input, { calendar: loaded.calendar });
  if (!decision.ok) throw refusalError(decision);
  return decision;
}

export async function actOnPakn(ctx: AppContext, user: CurrentUser, input: ActOnPaknInput): Promise<PaknState> {
  const loaded = await loadReadablePakn(ctx, user, input.code);
  if (!canActOnPakn(user, loaded.scope)) throw forbidden('Bạn chỉ được xem phản ánh, kiến nghị này, không được thao tác.');
  if (loaded.state.version !== input.expectedVersion) {
    throw conflict(`Phản ánh, kiến nghị ${input.code} vừa được người khác cập nhật (phiên bản ${loaded.state.version}, bạn đang thao tác trên phiên bản ${input.expectedVersion}). Hãy tải lại rồi thao tác lại.`);
  }
  if (input.action === 'assigned') await checkAssignment(ctx, loaded.state.unitCode, input.payload);
  const decision = decideOn(loaded, { ...input.payload, type: input.action, at: ctx.now(), actor: { id: user.id, role: user.role } } as PaknEventInput);
  try {
    // The sender's notice (answer, not accepted, forwarded) is written with the event: nothing lost.
    return await appendPaknEvents(ctx.db, { code: input.code, expectedVersion: input.expectedVersion, events: [decision.event], state: decision.state }, (tx, _events, after) =>
      writePaknNotices(ctx, tx, { event: decision.event, after, actorId: user.id }),
    );
  } catch (error) {
    if (error instanceof PaknConflictError) throw conflict(`Phản ánh, kiến nghị ${input.code} vừa được người khác cập nhật. Hãy tải lại rồi thao tác lại.`);
    throw error;
  }
}
