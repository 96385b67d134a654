/**
 * Receive a dossier at the counter (or register an online submission): pick the procedure
 * version in force, compute the fee, decide the first event, and store it through the unit's
 * reception batcher, which allocates the dossier code in the transaction that stores it.
 */
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { AppError, badRequest, forbidden } from '../../platform/errors.ts';
import { canReceive } from '../../domain/policy/policy.ts';
import { isOffered } from '../catalog/unit-procedures.ts';
import { namesOfUnit, type LoadedDossier } from './load-dossier.ts';
import { receptionBatcherOf } from '../../platform/events/reception-batcher.ts';
import { NATIVE_SOURCE } from '../../platform/events/event-rows.ts';
import { dayOf, type LocalMinute } from '../../domain/calendar/local-time.ts';
import { computeFee, FeeInputError, findProcedure } from '../../domain/catalog/catalog.ts';
import { procedureSnapshot } from '../../domain/catalog/procedure-snapshot.ts';
import { decideAll } from '../../domain/dossier/decide.ts';
import type { DossierEvent, DossierEventInput } from '../../domain/dossier/events.ts';
import { missingMandatory } from '../../domain/dossier/papers.ts';
import type { Applicant, Channel, DossierState } from '../../domain/dossier/state.ts';
import type { Submitter } from '../../domain/dossier/submitter.ts';
import { noticePreferencesFromInput, recordReceptionNotices, type NoticeChoiceInput } from '../notices/reception-notices.ts';

export interface ReceiveDossierInput {
  procedureCode: string;
  channel: Channel;
  applicant: Applicant;
  components?: Array<{ code: string; name: string; form: 'ban-chinh' | 'ban-sao-chung-thuc' | 'ban-chup'; quantity: number }>;
  /** Exemption categories of the applicant (fees). */
  exemptions?: string[];
  pages?: number;
  copies?: number;
  feeVariant?: string;
  /** Time of receipt; default now. Never in the future. */
  receivedAt?: LocalMinute;
  /**
   * `submit`: register an online submission (status 1) to be received later;
   * `refuse`: record a refusal at reception (Mẫu 03), with `refusalReason`.
   */
  mode?: 'receive' | 'submit' | 'refuse';
  refusalReason?: string;
  /** The citizen's consent to notices by e-mail, SMS, Zalo and the preferred channel (issue 17). */
  notices?: NoticeChoiceInput;
  /** "Tiếp nhận và yêu cầu bổ sung": the supplement request recorded in the same action. */
  supplementRequest?: { reason: string; items?: string[] };
  /** Received although mandatory papers are missing: the officer's confirmation and why. */
  missingConfirmed?: { reason: string };
  /** Issue 15: who brings the dossier when not the applicant. */
  submitter?: Submitter;
}

export interface ReceiveDossierResult {
  code: string;
  state: DossierState;
  /** The new dossier as just stored: what the answer shows, without reading it back. */
  dossier: LoadedDossier;
  fee: { total: number; lines: Array<{ label: string; amount: number; waivedReason?: string | undefined }> };
}

export async function receiveDossier(ctx: AppContext, user: CurrentUser, input: ReceiveDossierInput): Promise<ReceiveDossierResult> {
  if (!canReceive(user)) throw forbidden('Chỉ công chức tiếp nhận của Trung tâm được tiếp nhận hồ sơ.');
  const now = ctx.now();
  const receivedAt = input.receivedAt ?? now;
  if (receivedAt > now + 5) throw badRequest('Thời điểm tiếp nhận không được ở tương lai.', 'receivedAt');
  const day = dayOf(receivedAt);
  const procedure = findProcedure(input.procedureCode, day);
  if (!procedure) {
    throw badRequest(`Không tìm thấy thủ tục "${input.procedureCode}" còn hiệu lực vào ngày tiếp nhận.`, 'procedureCode');
  }
  if (!(await isOffered(ctx.db, user.unitCode, procedure.code))) {
    throw badRequest(`Đơn vị chưa cung cấp thủ tục "${procedure.name}" (${procedure.code}). Lãnh đạo Trung tâm hoặc quản trị viên có thể thêm thủ tục này vào danh sách của đơn vị.`, 'procedureCode');
  }
  let fee;
  try {
    fee = computeFee({
      procedure,
      channel: input.channel,
      onDay: day,
      ...(input.pages !== undefined ? { pages: input.pages } : {}),
      ...(input.copies !== undefined ? { copies: input.copies } : {}),
      ...(input.exemptions ? { exemptions: input.exemptions } : {}),
      ...(input.feeVariant ? { variant: input.feeVariant } : {}),
    });
  } catch (error) {
    if (error instanceof FeeInputError) throw badRequest(error.message, 'fee');
    throw error;
  }

  // Papers (issue 14): a reception that lists its papers is checked against the procedure's list;
  // one that lists none (the API's earlier shape) records no papers, as before.
  const snapshot = input.components ? { ...procedureSnapshot(procedure), components: procedure.components.map(({ code, name, form, quantity, optional }) => ({ code, name, form, quantity, optional })) } : procedureSnapshot(procedure);
  const mode = input.mode ?? 'receive';
  const missing = input.components ? missingMandatory(snapshot.components ?? [], input.components) : [];
  if (mode === 'refuse' && !input.refusalReason?.trim()) throw badRequest('Từ chối tiếp nhận phải ghi rõ lý do.', 'refusalReason');
  const event: DossierEventInput =
    mode === 'submit'
    ? { type: 'submitted_online', at: receivedAt, actor: { id: user.id, role: 'system' }, unitCode: user.unitCode, procedure: snapshot, applicant: input.applicant, ...(input.components ? { components: input.components } : {}) }
    : mode === 'refuse'
    ? { type: 'refused_at_reception', at: receivedAt, actor: { id: user.id, role: 'counter_officer' }, unitCode: user.unitCode, procedure: snapshot, applicant: input.applicant, reason: input.refusalReason! }
    : {
        type: 'received',
        at: receivedAt,
        actor: { id: user.id, role: 'counter_officer' },
        unitCode: user.unitCode,
        channel: input.channel,
        procedure: snapshot,
        applicant: input.applicant,
        components: input.components ?? [],
        feeAmount: fee.total,
        ...(missing.length > 0 ? { missing } : {}),
        ...(input.supplementRequest ? { withSupplementRequest: true as const } : {}),
        ...(input.missingConfirmed ? { missingConfirmed: input.missingConfirmed } : {}),
        ...(input.submitter ? { submitter: input.submitter } : {}),
      };
  const followUp: DossierEventInput[] =
    mode === 'receive' && input.supplementRequest
      ? [{ type: 'supplement_requested', at: receivedAt, actor: { id: user.id, role: 'counter_officer' }, reason: input.supplementRequest.reason, items: input.supplementRequest.items ?? missing.map((c) => c.name) }]
      : [];
  const { calendar } = await ctx.calendars.forUnit(user.unitCode);
  // The code is allocated when the reception is stored; a first event does not depend on it
  // (the fold only copies the code into the state, and the batcher sets the real one).
  const officer = mode === 'submit' ? undefined : user;
  const decision = decideAll(`${user.unitCode}-chua-cap-so`, [], [event, ...followUp], { calendar, ...(officer ? { officer } : {}) });
  if (!decision.ok) throw new AppError(decision.cause === 'role' || decision.cause === 'turn' ? 'forbidden' : 'bad_request', decision.reason, decision.field);
  const [first, ...rest] = decision.events as [DossierEvent, ...DossierEvent[]];

  const preferences = noticePreferencesFromInput(input.notices, now, user.id);
  const stored = await receptionBatcherOf(ctx.db).receive({
    unitCode: user.unitCode,
    day,
    event: first,
    ...(rest.length > 0 ? { followUp: rest } : {}),
    state: decision.state,
    // The consents and the receipt notice commit with the reception (docs/notices.md).
    afterStore: (tx, reception) => recordReceptionNotices(ctx, tx, { preferences, event: first, state: reception.readModel.state, actorId: user.id }),
  });
  const { code } = stored;
  const state = stored.readModel.state;
  const dossier: LoadedDossier = {
    code,
    records: stored.events,
    events: decision.events.map((event) => ({ ...event, source: event.source ?? NATIVE_SOURCE })),
    state,
    scope: { unitCode: user.unitCode, cityCode: stored.cityCode, departmentCode: state.departmentCode, assigneeId: state.assigneeId },
    calendar,
    names: await namesOfUnit(ctx, user.unitCode),
  };
  return {
    code,
    state,
    dossier,
    fee: { total: fee.total, lines: fee.lines.map((l) => ({ label: l.label, amount: l.amount, waivedReason: l.waivedReason })) },
  };
}
