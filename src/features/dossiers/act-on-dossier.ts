/**
 * Every lifecycle action after reception (forward, request supplement, approve, return,
 * extend, stop, withdraw, pay, attach …): check where the user may act, let the domain decide,
 * and append the event with optimistic concurrency.
 */
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { AppError, badRequest, conflict, forbidden, type AppErrorKind } from '../../platform/errors.ts';
import { canActOnDossier } from '../../domain/policy/policy.ts';
import { makeFold, toNewEvent } from '../../platform/events/dossier-fold.ts';
import { loadReadableDossier, type LoadedDossier } from './load-dossier.ts';
import type { Database } from '../../platform/db/client.ts';
import { findDepartment } from '../../platform/units/units.queries.ts';
import { isActiveOfficerOf } from './dossiers.queries.ts';
import { appendDossierEvents, ConflictError } from '../../platform/events/event-store.ts';
import { decideAll, type RefusalCause } from '../../domain/dossier/decide.ts';
import type { DossierEventInput, DossierEventType, SubmittedComponent } from '../../domain/dossier/events.ts';
import { missingMandatory } from '../../domain/dossier/papers.ts';
import { checkTurn } from '../../domain/policy/turns.ts';
import type { DossierState } from '../../domain/dossier/state.ts';
import { computeFee, findProcedure } from '../../domain/catalog/catalog.ts';
import { writeNotices } from '../notices/write-notices.ts';
import { dayOf } from '../../domain/calendar/local-time.ts';

/** An action's payload as the client sends it: the event without time and actor. */
export type ActionPayload = Record<string, unknown>;

export interface ActOnDossierInput {
  code: string;
  action: DossierEventType;
  /** The version the user saw; a different current version is a conflict (409). */
  expectedVersion: number;
  payload: ActionPayload;
}

/** A wrong state is a conflict with what happened before; a role that may not act is forbidden. */
const REFUSAL_STATUS: Record<RefusalCause, AppErrorKind> = { invalid: 'bad_request', rule: 'bad_request', state: 'conflict', role: 'forbidden', turn: 'forbidden' };

/**
 * Receiving an online submission: the channel stays online and the fee comes from the catalog;
 * its papers are those the officer lists (else those declared online), and the mandatory papers
 * of the list recorded at submission that are not among them are missing (issue 14 §5).
 */
function receptionOfSubmission(dossier: LoadedDossier, payload: ActionPayload, now: number): Record<string, unknown> {
  const { state } = dossier;
  const procedure = findProcedure(state.procedureCode, dayOf(now));
  const fee = procedure ? computeFee({ procedure, channel: 'online', onDay: dayOf(now) }).total : 0;
  const submission = dossier.events.find((e) => e.type === 'submitted_online');
  const declared = submission?.type === 'submitted_online' ? submission.components : undefined;
  const listed = Array.isArray(payload.components) && payload.components.length > 0 ? (payload.components as SubmittedComponent[]) : (declared ?? []);
  const checklist = submission?.type === 'submitted_online' ? (submission.procedure.components ?? []) : [];
  const missing = missingMandatory(checklist, listed);
  const { supplementRequest: _request, ...rest } = payload;
  return {
    ...rest,
    unitCode: state.unitCode,
    channel: 'online',
    feeAmount: fee,
    components: listed,
    ...(missing.length > 0 ? { missing } : {}),
    ...(payload.supplementRequest ? { withSupplementRequest: true } : {}),
  };
}

/** The supplement request that "Tiếp nhận và yêu cầu bổ sung" records in the same action. */
function supplementFollowUp(payload: ActionPayload, reception: DossierEventInput): DossierEventInput[] {
  const request = payload.supplementRequest as { reason: string; items?: string[] } | undefined;
  if (!request || reception.type !== 'received') return [];
  const items = request.items?.length ? request.items : (reception.missing ?? []).map((c) => c.name);
  return [{ type: 'supplement_requested', at: reception.at, actor: reception.actor, reason: request.reason, items }];
}

/**
 * The step events name officers: an assignee must be an active officer of the department
 * holding the step, a send-back's named officer one of the target step's department.
 */
async function stepOfficerProblem(db: Database, state: DossierState, action: DossierEventType, payload: ActionPayload): Promise<void> {
  if (action === 'step_assigned') {
    const department = state.currentSteps[0]?.holder.departmentCode;
    const assigneeId = String(payload.assigneeId ?? '');
    if (department !== undefined && !(await isActiveOfficerOf(db, assigneeId, { unitCode: state.unitCode, departmentCode: department }))) {
      throw badRequest('Người được phân công không phải công chức đang làm việc của phòng đang giữ hồ sơ.', 'assigneeId');
    }
  }
  if (action === 'step_returned' && payload.toAssigneeId !== undefined) {
    const target = state.steps.find((s) => s.code === payload.toStepCode);
    const department = target?.holder.departmentCode;
    if (department !== undefined && !(await isActiveOfficerOf(db, String(payload.toAssigneeId), { unitCode: state.unitCode, departmentCode: department }))) {
      throw badRequest(`Người nhận lại hồ sơ không phải công chức đang làm việc của phòng đã xử lý bước "${target!.name}".`, 'toAssigneeId');
    }
  }
}

/** A department head completing a step an officer holds does it on their behalf: the server records it. */
function onBehalfOf(state: DossierState, user: CurrentUser, payload: ActionPayload): Record<string, unknown> {
  const turn = checkTurn(state, 'step_completed', user, String(payload.stepCode ?? ''));
  return turn.ok && turn.onBehalfOf !== undefined && payload.onBehalfOf === undefined ? { onBehalfOf: turn.onBehalfOf } : {};
}

/**
 * Forwarding names a department or vertical agency of the dossier's unit, active, and (when
 * given) an active officer of it: a mistyped code would otherwise take the dossier out of every
 * work queue. The kind comes from the department when the client leaves it out.
 */
async function forwardTarget(db: Database, unitCode: string, payload: ActionPayload): Promise<Record<string, unknown>> {
  const to = String(payload.to ?? '');
  const department = await findDepartment(db, unitCode, to);
  if (!department) throw badRequest(`Đơn vị không có phòng, cơ quan "${to}". Hãy chọn nơi xử lý trong danh sách phòng chuyên môn, cơ quan ngành dọc của đơn vị.`, 'to');
  if (!department.active) throw badRequest(`${department.name} đã ngừng nhận hồ sơ. Hãy chọn nơi xử lý khác.`, 'to');
  if (payload.toKind !== undefined && payload.toKind !== department.kind) {
    throw badRequest(`${department.name} là ${department.kind === 'vertical_agency' ? 'cơ quan ngành dọc' : 'phòng chuyên môn'}; hãy sửa loại nơi xử lý (toKind) hoặc bỏ trống.`, 'toKind');
  }
  if (payload.assigneeId !== undefined) {
    const assigneeId = String(payload.assigneeId);
    if (!(await isActiveOfficerOf(db, assigneeId, { unitCode, departmentCode: to }))) throw badRequest(`Người được giao không phải cán bộ đang làm việc của ${department.name}.`, 'assigneeId');
  }
  return { toKind: department.kind };
}

const STARTING_ACTIONS: ReadonlySet<DossierEventType> = new Set(['submitted_online', 'refused_at_reception']);

export interface ActOnDossierOptions {
  /**
   * Work that must commit or roll back together with the event (a file's row for
   * `file_attached`): runs in the append's transaction right after the event is appended.
   * Not before: the append locks the dossier row FOR UPDATE first, and a foreign-key insert
   * before it would take a KEY SHARE lock that deadlocks two parallel attachments.
   */
  inTransaction?: (tx: Database) => Promise<void>;
}

export async function actOnDossier(ctx: AppContext, user: CurrentUser, input: ActOnDossierInput, options: ActOnDossierOptions = {}): Promise<DossierState> {
  if (STARTING_ACTIONS.has(input.action) && input.action !== 'refused_at_reception') {
    throw badRequest('Thao tác này chỉ dùng khi tạo hồ sơ mới.', 'action');
  }
  const dossier = await loadReadableDossier(ctx, user, input.code);
  if (!canActOnDossier(user, dossier.scope)) throw forbidden('Bạn chỉ được xem hồ sơ này, không được thao tác.');
  if (dossier.state.version !== input.expectedVersion) {
    throw conflict(
      `Hồ sơ ${input.code} vừa được người khác cập nhật (phiên bản ${dossier.state.version}, bạn đang thao tác trên phiên bản ${input.expectedVersion}). Hãy tải lại hồ sơ rồi thao tác lại.`,
    );
  }
  const now = ctx.now();
  await stepOfficerProblem(ctx.db, dossier.state, input.action, input.payload);
  const payload =
    input.action === 'received'
      ? receptionOfSubmission(dossier, input.payload, now)
      : input.action === 'forwarded'
        ? { ...input.payload, ...(await forwardTarget(ctx.db, dossier.state.unitCode, input.payload)) }
        : input.action === 'step_completed'
          ? { ...input.payload, ...onBehalfOf(dossier.state, user, input.payload) }
          : input.payload;
  const event = { ...payload, type: input.action, at: now, actor: { id: user.id, role: user.role } } as DossierEventInput;
  // The acting officer is always given: decide() applies the turn table (issue 14) and what the officer must provide.
  const decision = decideAll(input.code, dossier.events, [event, ...supplementFollowUp(input.payload, event)], { calendar: dossier.calendar, officer: user });
  if (!decision.ok) throw new AppError(REFUSAL_STATUS[decision.cause], decision.reason, decision.field);
  try {
    const append = (db: Database) =>
      appendDossierEvents(db, {
        dossierCode: input.code,
        unitCode: dossier.state.unitCode,
        expectedVersion: input.expectedVersion,
        events: decision.events.map((e) => toNewEvent(e)),
        fold: makeFold(input.code, dossier.calendar),
      });
    // The event, the caller's work and the event's notices (issue 17) commit together.
    const result = await ctx.db.transaction(async (tx) => {
      const appended = await append(tx);
      await options.inTransaction?.(tx);
      // One notice set per event decided (an action may carry a follow-up, e.g. a supplement request).
      for (const event of decision.events) await writeNotices(ctx, tx, { event, before: dossier.state, after: appended.readModel.state, actorId: user.id });
      return appended;
    });
    return result.readModel.state;
  } catch (error) {
    if (error instanceof ConflictError) throw conflict(error.message);
    throw error;
  }
}
