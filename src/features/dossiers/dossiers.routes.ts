/**
 * Dossier routes: receive, list with filters, detail with history, and one route per
 * lifecycle action (POST /api/dossiers/{code}/{action}) with optimistic concurrency.
 */
import { z } from 'zod';
import { canSeePersonalData, dossierVisibility, maskIdNumber, personalSearchUnit } from '../../domain/policy/policy.ts';
import { personKeysOfQuery } from '../../domain/format/person-keys.ts';
import type { AppContext } from '../../platform/context.ts';
import { actOnDossier } from './act-on-dossier.ts';
import { apologyBoundsOf } from './apology-bounds.ts';
import { loadDossierAfterAction, loadReadableDossier } from './load-dossier.ts';
import { liveDeadline, presentDossier, type DossierView } from './present-dossier.ts';
import { receiveDossier } from './receive-dossier.ts';
import { kindsOfQueue, QUEUE_KEYS, workQueuesOf } from './work-queues.ts';
import { withIdempotency } from '../../platform/idempotency/idempotency.ts';
import { DEFAULT_DOSSIER_SORT, DOSSIER_SORTS, listDossiers, type DossierListFilter } from './dossiers.queries.ts';
import type { CurrentUser } from '../../platform/context.ts';
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar.ts';
import { dayOf, parseIsoDate, MINUTES_PER_DAY } from '../../domain/calendar/local-time.ts';
import type { DossierEventType } from '../../domain/dossier/events.ts';
import { STATUS_NAMES, type DossierState, type StatusCode } from '../../domain/dossier/state.ts';
import { assessDeadline } from '../../domain/deadline/warnings.ts';
import { currentUser } from '../../platform/http/current-user.ts';
import { noticeChannelSchema } from '../../domain/notice/kinds.ts';
import { applicantInputSchema, errorResponseSchema, isoWithOffset, localTimeSchema, phoneSchema } from '../../platform/http/schemas.ts';
import { isPersonalIdNumber, SUBMITTER_KINDS } from '../../domain/dossier/submitter.ts';
import type { ZodApp } from '../../platform/http/types.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };

const deadlineSchema = z.object({ level: z.enum(['on-track', 'due-soon', 'overdue']), remainingMinutes: z.number(), elapsedPercent: z.number() }).nullable();

const stepSchema = z.object({
  code: z.string(),
  name: z.string(),
  budgetMinutes: z.number(),
  dueAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  status: z.enum(['pending', 'active', 'done']),
  handlerUnit: z.string().nullable(),
  deadline: deadlineSchema,
  /** Issue 14: whose step it is and where it stands. */
  state: z.enum(['pending', 'active', 'returned', 'done']),
  role: z.string(),
  act: z.enum(['receive', 'process', 'review', 'approve', 'return']),
  current: z.boolean(),
  departmentCode: z.string().nullable(),
  departmentName: z.string().nullable(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  completedByName: z.string().nullable(),
  onBehalfOfName: z.string().nullable(),
  returnCount: z.number(),
});

const componentView = z.object({ code: z.string(), name: z.string(), form: z.string(), quantity: z.number() });
const actionView = z.object({ event: z.string(), stepCode: z.string().optional(), onBehalfOf: z.string().optional(), returnTo: z.array(z.string()).optional() });

/** Issue 15: who brings the dossier for the applicant (the rules between fields: domain/dossier/submitter.ts). */
const submitterInput = z.object({
  kind: z.enum(SUBMITTER_KINDS, { error: 'người nộp thay là "authorised" (người được ủy quyền) hoặc "representative" (người đại diện tổ chức)' }),
  name: z.string().trim().min(1, { error: 'phải ghi họ tên người nộp thay' }).max(300),
  idNumber: z.string().trim().refine(isPersonalIdNumber, { error: 'số CCCD của người nộp thay phải gồm 12 chữ số (hoặc 9 chữ số của chứng minh nhân dân cũ)' }).optional(),
  phone: phoneSchema.optional(),
  relationship: z.string().trim().min(1).max(200).optional(),
  authorisation: z.string().trim().min(1).max(500).optional(),
  title: z.string().trim().min(1).max(200).optional(),
});
const submitterView = z.object({
  kind: z.enum(SUBMITTER_KINDS),
  name: z.string(),
  idNumber: z.string().optional(),
  phone: z.string().optional(),
  relationship: z.string().optional(),
  authorisation: z.string().optional(),
  title: z.string().optional(),
});

const dossierDetailSchema = z.object({
  code: z.string(),
  version: z.number(),
  unitCode: z.string(),
  status: z.number(),
  statusName: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  field: z.string(),
  channel: z.string(),
  source: z.string(),
  applicant: z.object({ kind: z.string(), name: z.string(), idNumber: z.string().optional(), address: z.string().optional(), phone: z.string().optional(), email: z.string().optional() }),
  /** Issue 15: who brought the dossier when not the applicant; masked like the applicant outside the unit. */
  submitter: submitterView.nullable(),
  personalDataVisible: z.boolean(),
  departmentCode: z.string().nullable(),
  assigneeId: z.string().nullable(),
  receivedBy: z.string().nullable(),
  submittedAt: z.string().nullable(),
  receivedAt: z.string().nullable(),
  legalDueAt: z.string().nullable(),
  appointmentDueAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  endKind: z.string().nullable(),
  returnedAt: z.string().nullable(),
  paused: z.boolean(),
  pausedWorkingMinutes: z.number(),
  supplementRequests: z.number(),
  extensions: z.array(z.object({ at: z.string().nullable(), newDueAt: z.string().nullable(), reason: z.string() })),
  feeAmount: z.number(),
  paidAmount: z.number(),
  paidOnline: z.boolean(),
  hasComponentFile: z.boolean(),
  hasReusedComponent: z.boolean(),
  hasResultFile: z.boolean(),
  deadline: deadlineSchema,
  steps: z.array(stepSchema),
  history: z.array(
    z.object({
      seq: z.number(),
      type: z.string(),
      name: z.string(),
      at: z.string().nullable(),
      actorId: z.string(),
      actorRole: z.string(),
      source: z.string(),
      payload: z.record(z.string(), z.unknown()),
      hash: z.string(),
      actorName: z.string(),
      description: z.string(),
      stepName: z.string().optional(),
    }),
  ),
  allowedActions: z.array(z.string()),
  /** allowedActions with what each needs (issue 14): the step, on whose behalf, send-back targets. */
  actions: z.array(actionView),
  papers: z.object({
    submitted: z.array(componentView),
    missing: z.array(componentView),
    missingConfirmed: z.object({ at: z.string().nullable(), reason: z.string(), missing: z.array(componentView) }).nullable(),
    /** The procedure's list of papers at reception (empty: not recorded, before issue 14). */
    checklist: z.array(componentView.extend({ optional: z.boolean() })),
  }),
  resultReference: z.string().nullable(),
  /** The procedure produces a result document: approval needs a result file or its reference. */
  resultRequired: z.boolean(),
  collectedBy: z.object({ kind: z.enum(['applicant', 'authorised']), name: z.string(), idNumber: z.string().optional(), authorisation: z.string().optional() }).nullable(),
  returnTrackingNumber: z.string().nullable(),
});
type DossierDetail = z.infer<typeof dossierDetailSchema>;

function toDetail(view: DossierView): DossierDetail {
  const s = view.state;
  return {
    code: s.code,
    version: s.version,
    unitCode: s.unitCode,
    status: s.status,
    statusName: view.statusName,
    procedureCode: s.procedureCode,
    procedureName: s.procedureName,
    field: s.field,
    channel: s.channel,
    source: s.source,
    applicant: s.applicant,
    submitter: s.submitter ?? null,
    personalDataVisible: view.personalDataVisible,
    departmentCode: s.departmentCode ?? null,
    assigneeId: s.assigneeId ?? null,
    receivedBy: s.receivedBy ?? null,
    submittedAt: isoWithOffset(s.submittedAt),
    receivedAt: isoWithOffset(s.receivedAt),
    legalDueAt: isoWithOffset(s.legalDueAt),
    appointmentDueAt: isoWithOffset(s.appointmentDueAt),
    endedAt: isoWithOffset(s.endedAt),
    endKind: s.endKind ?? null,
    returnedAt: isoWithOffset(s.returnedAt),
    paused: s.paused,
    pausedWorkingMinutes: s.pausedWorkingMinutes,
    supplementRequests: s.supplementRequests.length,
    extensions: s.extensions.map((e) => ({ at: isoWithOffset(e.at), newDueAt: isoWithOffset(e.newDueAt), reason: e.reason })),
    feeAmount: s.feeAmount,
    paidAmount: s.payments.reduce((sum, p) => sum + p.amount, 0),
    paidOnline: s.paidOnline,
    hasComponentFile: s.hasComponentFile,
    hasReusedComponent: s.hasReusedComponent,
    hasResultFile: s.hasResultFile,
    deadline: view.deadline,
    steps: view.steps.map((step) => ({
      state: step.state,
      role: step.role,
      act: step.act,
      current: s.currentSteps.some((c) => c.code === step.code),
      departmentCode: step.holder.departmentCode ?? null,
      departmentName: step.holder.departmentCode === undefined ? null : (view.names.departments[step.holder.departmentCode] ?? step.holder.departmentCode),
      assigneeId: step.holder.assigneeId ?? null,
      assigneeName: nameOf(view, step.holder.assigneeId),
      completedByName: nameOf(view, step.completedBy),
      onBehalfOfName: nameOf(view, step.onBehalfOf),
      returnCount: step.returns?.count ?? 0,
      code: step.code,
      name: step.name,
      budgetMinutes: step.budgetMinutes,
      dueAt: isoWithOffset(step.dueAt),
      startedAt: isoWithOffset(step.startedAt),
      completedAt: isoWithOffset(step.completedAt),
      status: step.status,
      handlerUnit: step.handlerUnit ?? null,
      deadline: step.deadline,
    })),
    history: view.history.map((h) => ({ ...h, at: isoWithOffset(h.at) })),
    allowedActions: view.allowedActions,
    actions: view.actions,
    papers: {
      submitted: s.papers.submitted,
      missing: s.papers.missing,
      missingConfirmed: s.papers.missingConfirmed ? { at: isoWithOffset(s.papers.missingConfirmed.at), reason: s.papers.missingConfirmed.reason, missing: s.papers.missingConfirmed.missing } : null,
      checklist: view.checklist,
    },
    resultReference: s.resultReference ?? null,
    resultRequired: s.resultRequired,
    collectedBy: s.collectedBy ? (view.personalDataVisible ? s.collectedBy : { kind: s.collectedBy.kind, name: s.collectedBy.name }) : null,
    returnTrackingNumber: s.returnTrackingNumber ?? null,
  };
}

/** An officer's name for the page (an unknown id, e.g. of another system, shows as "công chức khác"). */
function nameOf(view: DossierView, id: string | undefined): string | null {
  if (id === undefined) return null;
  return view.names.officers[id] ?? 'công chức khác';
}

const stepCode = z.string().trim().min(1, { error: 'phải chọn bước xử lý' }).max(64);
const supplementRequestInput = z.object({ reason: z.string().trim().min(1, { error: 'phải ghi rõ nội dung yêu cầu bổ sung' }).max(2000), items: z.array(z.string().trim().min(1).max(500)).max(50).optional() });
const missingConfirmedInput = z.object({ reason: z.string().trim().min(1, { error: 'phải ghi rõ lý do tiếp nhận khi còn thiếu giấy tờ' }).max(2000) });
const collectorInput = z.object({
  kind: z.enum(['applicant', 'authorised']),
  name: z.string().trim().min(1, { error: 'phải ghi họ tên người nhận kết quả' }).max(300),
  idNumber: z.string().trim().min(1, { error: 'phải ghi số giấy tờ tùy thân của người nhận' }).max(20),
  authorisation: z.string().trim().min(1).max(500).optional(),
});

const componentInput = z.object({
  code: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(500),
  form: z.enum(['ban-chinh', 'ban-sao-chung-thuc', 'ban-chup']),
  quantity: z.number().int().min(1).max(1000),
});

const receiveBody = z.object({
  procedureCode: z.string().trim().min(1).max(64),
  channel: z.enum(['in_person', 'online', 'post']).default('in_person'),
  applicant: applicantInputSchema,
  components: z.array(componentInput).max(100).optional(),
  exemptions: z.array(z.string().trim().min(1).max(64)).max(20).optional(),
  pages: z.number().int().min(1).max(10_000).optional(),
  copies: z.number().int().min(1).max(1000).optional(),
  feeVariant: z.string().trim().min(1).max(64).optional(),
  receivedAt: localTimeSchema.optional(),
  mode: z.enum(['receive', 'submit', 'refuse']).default('receive'),
  refusalReason: z.string().trim().max(2000).optional(),
  /** Issue 17: the citizen's consent to notices, per channel with its address, and the preferred channel. */
  notices: z
    .object({
      consents: z.array(z.object({ channel: noticeChannelSchema, address: z.string().trim().min(1, { error: 'hãy nhập địa chỉ nhận thông báo' }).max(200), granted: z.boolean().default(true) })).max(3).optional(),
      preferred: noticeChannelSchema.optional(),
    })
    .optional(),
  supplementRequest: supplementRequestInput.optional(),
  missingConfirmed: missingConfirmedInput.optional(),
  /** Issue 15: the person who brings the dossier when not the applicant (authorised person, organisation's representative). */
  submitter: submitterInput.optional(),
});

const version = z.number({ error: 'phải ghi phiên bản hồ sơ đang xem (expectedVersion)' }).int().min(1);
const reason = z.string().trim().min(1, { error: 'phải ghi rõ lý do' }).max(2000);

/** One route per lifecycle action; the URL name → the domain event and its payload. */
const ACTIONS: Record<string, { event: DossierEventType; summary: string; body: z.ZodObject }> = {
  receive: {
    event: 'received',
    summary: 'Tiếp nhận hồ sơ nộp trực tuyến (kiểm tra thành phần hồ sơ; thiếu giấy tờ bắt buộc: kèm yêu cầu bổ sung hoặc xác nhận có lý do)',
    body: z.object({ expectedVersion: version, components: z.array(componentInput).max(100).default([]), supplementRequest: supplementRequestInput.optional(), missingConfirmed: missingConfirmedInput.optional() }),
  },
  refuse: { event: 'refused_at_reception', summary: 'Từ chối tiếp nhận hồ sơ nộp trực tuyến (Mẫu 03)', body: z.object({ expectedVersion: version, reason }) },
  forward: {
    event: 'forwarded',
    summary: 'Chuyển hồ sơ đến phòng chuyên môn hoặc cơ quan ngành dọc',
    body: z.object({ expectedVersion: version, to: z.string().trim().min(1).max(100), toKind: z.enum(['department', 'vertical_agency']).optional(), assigneeId: z.string().trim().max(200).optional() }),
  },
  'complete-step': { event: 'step_completed', summary: 'Hoàn thành bước đang xử lý (người giữ bước; lãnh đạo phòng hoàn thành thay, được ghi lại)', body: z.object({ expectedVersion: version, stepCode, note: z.string().trim().max(2000).optional(), assigneeId: z.string().trim().max(200).optional() }) },
  assign: {
    event: 'step_assigned',
    summary: 'Phân công, giao lại bước chuyên môn cho công chức trong phòng (lãnh đạo phòng)',
    body: z.object({ expectedVersion: version, stepCode, assigneeId: z.string().trim().min(1, { error: 'phải chọn công chức được phân công' }).max(200), note: z.string().trim().max(2000).optional() }),
  },
  'send-back': {
    event: 'step_returned',
    summary: 'Trả lại bước trước (hoặc công chức đã xử lý một bước chuyên môn trước đó), có lý do',
    body: z.object({ expectedVersion: version, stepCode, toStepCode: stepCode, toAssigneeId: z.string().trim().min(1).max(200).optional(), reason }),
  },
  'request-supplement': { event: 'supplement_requested', summary: 'Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)', body: z.object({ expectedVersion: version, reason, items: z.array(z.string().trim().min(1).max(500)).max(50).default([]) }) },
  'receive-supplement': { event: 'supplement_received', summary: 'Nhận hồ sơ bổ sung', body: z.object({ expectedVersion: version, note: z.string().trim().max(2000).optional(), components: z.array(componentInput).max(100).optional() }) },
  'request-financial-obligation': { event: 'financial_obligation_requested', summary: 'Yêu cầu thực hiện nghĩa vụ tài chính', body: z.object({ expectedVersion: version, amount: z.number().int().min(0).max(1e12), description: z.string().trim().min(1).max(1000) }) },
  'financial-obligation-paid': { event: 'financial_obligation_paid', summary: 'Ghi nhận đã thực hiện nghĩa vụ tài chính', body: z.object({ expectedVersion: version, amount: z.number().int().min(0).max(1e12) }) },
  stop: { event: 'stopped', summary: 'Dừng giải quyết hồ sơ (Mẫu 05)', body: z.object({ expectedVersion: version, reason, refusal: z.boolean().default(false) }) },
  extend: { event: 'extended', summary: 'Xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)', body: z.object({ expectedVersion: version, newDueAt: localTimeSchema, reason }) },
  withdraw: { event: 'withdrawn', summary: 'Công dân rút hồ sơ', body: z.object({ expectedVersion: version, reason: z.string().trim().max(2000).default('Công dân đề nghị rút hồ sơ') }) },
  approve: {
    event: 'result_ready',
    summary: 'Phê duyệt, có kết quả giải quyết (chỉ ở bước phê duyệt; cần tệp kết quả, hoặc số, ký hiệu văn bản kết quả bản giấy)',
    body: z.object({ expectedVersion: version, electronic: z.boolean().default(false), note: z.string().trim().max(2000).optional(), resultReference: z.string().trim().min(1).max(100).optional() }),
  },
  'return-result': {
    event: 'result_returned',
    summary: 'Trả kết quả cho công dân (tại quầy: ghi người nhận, họ tên, số giấy tờ tùy thân)',
    body: z.object({ expectedVersion: version, method: z.enum(['desk', 'post', 'electronic']), collectedBy: collectorInput.optional(), trackingNumber: z.string().trim().min(1).max(50).optional() }),
  },
  'pay-fee': { event: 'fee_paid', summary: 'Ghi nhận nộp phí, lệ phí', body: z.object({ expectedVersion: version, amount: z.number().int().min(1).max(1e12), online: z.boolean() }) },
};

/** A local day YYYY-MM-DD (list filters). */
const isoDay = z
  .string()
  .trim()
  .refine((v) => parseIsoDate(v) !== undefined, { error: 'phải là ngày dạng YYYY-MM-DD' });

/** Filters of the dossier list, shared by the XLSX export (routes/dossier-export.ts). */
export const listQuery = z.object({
  status: z
    .string()
    .regex(/^\d{1,2}(,\d{1,2})*$/, { error: 'phải là danh sách mã trạng thái 1–10, ngăn cách bởi dấu phẩy' })
    .transform((s) => s.split(',').map(Number))
    .optional(),
  field: z.string().trim().max(200).optional(),
  procedureCode: z.string().trim().max(64).optional(),
  departmentCode: z.string().trim().max(100).optional(),
  assigneeId: z.string().trim().max(200).optional(),
  receivedBy: z.string().trim().max(200).optional(),
  unitCode: z.string().trim().max(100).optional(),
  unrouted: z.enum(['true', 'false']).optional().describe('Hồ sơ chưa chuyển đến phòng, cơ quan xử lý nào (dòng "Bộ phận một cửa (chưa chuyển)" của trang tổng quan)'),
  unassigned: z.enum(['true', 'false']).optional().describe('Hồ sơ chưa phân công cho cán bộ nào (dòng "Chưa phân công" của trang tổng quan)'),
  dueBefore: isoDay.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  dueSoon: z.enum(['true', 'false']).optional(),
  dueOn: isoDay.optional().describe('Hồ sơ đang xử lý, không tạm dừng, có hạn giải quyết trong ngày này (YYYY-MM-DD) và chưa quá hạn ("Đến hạn hôm nay" của trang tổng quan)'),
  receivedFrom: isoDay.optional().describe('Tiếp nhận từ ngày này (YYYY-MM-DD, kể cả ngày này)'),
  receivedTo: isoDay.optional().describe('Tiếp nhận đến ngày này (YYYY-MM-DD, kể cả ngày này)'),
  receivedOnly: z
    .enum(['true', 'false'])
    .optional()
    .describe('Chỉ hồ sơ đã được tiếp nhận: bỏ hồ sơ nộp trực tuyến chưa tiếp nhận và hồ sơ bị từ chối tiếp nhận (như số "tiếp nhận" của báo cáo; "Tiếp nhận trong tháng" của trang tổng quan)'),
  apologyOwed: z
    .enum(['true', 'false'])
    .optional()
    .describe(
      'Hồ sơ cần xin lỗi, hẹn lại ("Chưa xin lỗi, hẹn lại" của trang tổng quan thành phố): đang xử lý, không tạm dừng, chưa gia hạn, hạn giải quyết chưa qua và nằm trong khoảng cảnh báo xin lỗi của đơn vị giữ hồ sơ (cài đặt giám sát của từng đơn vị)',
    ),
  closedFrom: isoDay.optional().describe('Kết thúc xử lý từ ngày này (YYYY-MM-DD, kể cả ngày này)'),
  closedTo: isoDay.optional().describe('Kết thúc xử lý đến ngày này (YYYY-MM-DD, kể cả ngày này)'),
  resolved: z
    .enum(['all', 'onTime', 'late'], { error: 'phải là all (đã giải quyết), onTime (đúng hạn) hoặc late (quá hạn)' })
    .optional()
    .describe('Hồ sơ đã giải quyết (có kết quả: đã xử lý xong hoặc đã trả): all; đúng hạn (không có hạn, hoặc kết thúc không muộn hơn hạn giải quyết): onTime; quá hạn: late ("Xu hướng 12 tháng")'),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('Mã hồ sơ hoặc tên người nộp (một phần, không dấu cũng được); hoặc số CCCD/định danh, số điện thoại (đúng cả số, dấu cách, dấu chấm, +84 không ảnh hưởng)'),
  sort: z
    .enum(DOSSIER_SORTS, { error: `phải là một cột sắp xếp: ${DOSSIER_SORTS.join(', ')} (dấu "-" phía trước: giảm dần)` })
    .default(DEFAULT_DOSSIER_SORT)
    .describe('Cột sắp xếp; dấu "-" phía trước là giảm dần. Mặc định: hồ sơ tiếp nhận mới nhất lên trước (-receivedAt)'),
  /** Issue 14: what waits for the signed-in officer now ("viec-cua-toi": all of it; else one tab of GET /api/dossiers/queues). */
  queue: z.enum(QUEUE_KEYS, { error: `phải là một trong: ${QUEUE_KEYS.join(', ')}` }).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

const listItem = z.object({
  code: z.string(),
  unitCode: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  field: z.string(),
  status: z.number(),
  statusName: z.string(),
  channel: z.string(),
  applicantName: z.string(),
  /** Masked (last three characters) for users who may not see the unit's personal data. */
  applicantIdNumber: z.string().nullable(),
  applicantPhone: z.string().nullable(),
  /** Issue 15: when an online submission arrived (null for dossiers received at the counter). */
  submittedAt: z.string().nullable(),
  receivedAt: z.string().nullable(),
  legalDueAt: z.string().nullable(),
  appointmentDueAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  departmentCode: z.string().nullable(),
  assigneeId: z.string().nullable(),
  source: z.string(),
  version: z.number(),
  deadlineLevel: z.enum(['on-track', 'due-soon', 'overdue']).nullable(),
});

/** The list filter of a list query, for this user now (the list and its XLSX export). */
export async function listFilterOf(ctx: AppContext, user: CurrentUser, query: z.infer<typeof listQuery>): Promise<{ filter: DossierListFilter; now: LocalMinute; calendar: WorkingCalendar }> {
  const now = ctx.now();
  const { calendar } = await ctx.calendars.forUnit(user.unitCode);
  const dueBeforeDay = query.dueBefore ? parseIsoDate(query.dueBefore) : undefined;
  const dueOnDay = query.dueOn ? parseIsoDate(query.dueOn) : undefined;
  const receivedFromDay = query.receivedFrom ? parseIsoDate(query.receivedFrom) : undefined;
  const receivedToDay = query.receivedTo ? parseIsoDate(query.receivedTo) : undefined;
  const closedFromDay = query.closedFrom ? parseIsoDate(query.closedFrom) : undefined;
  const closedToDay = query.closedTo ? parseIsoDate(query.closedTo) : undefined;
  const searchUnit = personalSearchUnit(user);
  const filter: DossierListFilter = {
    ...(query.status ? { status: query.status } : {}),
    ...(query.field ? { field: query.field } : {}),
    ...(query.procedureCode ? { procedureCode: query.procedureCode } : {}),
    ...(query.departmentCode ? { departmentCode: query.departmentCode } : {}),
    ...(query.assigneeId ? { assigneeId: query.assigneeId } : {}),
    ...(query.receivedBy ? { receivedBy: query.receivedBy } : {}),
    ...(query.unitCode ? { unitCode: query.unitCode } : {}),
    ...(query.unrouted === 'true' ? { unrouted: true } : {}),
    ...(query.unassigned === 'true' ? { unassigned: true } : {}),
    ...(dueBeforeDay !== undefined ? { dueBefore: dueBeforeDay * MINUTES_PER_DAY } : {}),
    overdue: query.overdue === 'true',
    dueSoon: query.dueSoon === 'true',
    ...(dueOnDay !== undefined ? { dueWithin: { from: dueOnDay * MINUTES_PER_DAY, to: (dueOnDay + 1) * MINUTES_PER_DAY } } : {}),
    ...(receivedFromDay !== undefined ? { receivedFrom: receivedFromDay * MINUTES_PER_DAY } : {}),
    ...(receivedToDay !== undefined ? { receivedBefore: (receivedToDay + 1) * MINUTES_PER_DAY } : {}),
    ...(query.receivedOnly === 'true' ? { receivedOnly: true } : {}),
    ...(query.apologyOwed === 'true' ? { apologyOwed: await apologyBoundsOf(ctx, dossierVisibility(user), query.unitCode || undefined, now) } : {}),
    ...(closedFromDay !== undefined ? { closedFrom: closedFromDay * MINUTES_PER_DAY } : {}),
    ...(closedToDay !== undefined ? { closedBefore: (closedToDay + 1) * MINUTES_PER_DAY } : {}),
    ...(query.resolved ? { resolved: query.resolved } : {}),
    ...(query.q ? { q: query.q } : {}),
    ...(query.q && searchUnit ? { personKeys: { unitCode: searchUnit, ...personKeysOfQuery(query.q) } } : {}),
    sort: query.sort,
    ...(query.queue ? { waitingFor: { officer: user, kinds: kindsOfQueue(query.queue) } } : {}),
    now,
    dueSoonUntil: calendar.addWorkingMinutes(now, calendar.minutesPerDay),
    page: query.page,
    pageSize: query.pageSize,
  };
  return { filter, now, calendar };
}

export function registerDossierRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/dossiers',
    {
      schema: {
        tags: ['Hồ sơ'],
        summary: 'Tiếp nhận hồ sơ tại quầy (hoặc ghi nhận hồ sơ nộp trực tuyến, từ chối tiếp nhận)',
        description: 'Gửi kèm tiêu đề Idempotency-Key để một yêu cầu lặp lại không tạo hồ sơ thứ hai.',
        headers: z.object({ 'idempotency-key': z.string().trim().min(8).max(200).optional() }).loose(),
        body: receiveBody,
        response: { 201: dossierDetailSchema, 200: dossierDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const body = request.body;
      const result = await withIdempotency(ctx.db, user.id, request.headers['idempotency-key'] as string | undefined, body, async () => {
        const received = await receiveDossier(ctx, user, {
          ...body,
          applicant: { ...body.applicant },
          ...(body.refusalReason ? { refusalReason: body.refusalReason } : {}),
        } as Parameters<typeof receiveDossier>[2]);
        return { status: 201, body: toDetail(presentDossier(received.dossier, user, ctx.now())) };
      });
      return reply.status(result.replayed ? 200 : result.status).send(result.body);
    },
  );

  app.get(
    '/dossiers',
    { schema: { tags: ['Hồ sơ'], summary: 'Danh sách hồ sơ theo bộ lọc', querystring: listQuery, response: { 200: z.object({ total: z.number(), page: z.number(), pageSize: z.number(), items: z.array(listItem) }), ...errors } } },
    async (request) => {
      const user = currentUser(request);
      const query = request.query;
      const { filter, now, calendar } = await listFilterOf(ctx, user, query);
      const result = await listDossiers(ctx.db, dossierVisibility(user), filter);
      return {
        total: result.total,
        page: query.page,
        pageSize: query.pageSize,
        items: result.items.map((row) => {
          const open = row.endedAt === undefined && row.receivedAt !== undefined && row.legalDueAt !== undefined;
          const level = open && !row.paused ? assessDeadline(row.receivedAt!, row.legalDueAt!, now, calendar).level : null;
          const personal = canSeePersonalData(user, row);
          return {
            ...row,
            applicantIdNumber: (personal ? row.applicantIdNumber : maskIdNumber(row.applicantIdNumber ?? undefined)) ?? null,
            applicantPhone: (personal ? row.applicantPhone : maskIdNumber(row.applicantPhone ?? undefined)) ?? null,
            statusName: STATUS_NAMES[row.status as StatusCode] ?? String(row.status),
            submittedAt: isoWithOffset(row.submittedAt),
            receivedAt: isoWithOffset(row.receivedAt),
            legalDueAt: isoWithOffset(row.legalDueAt),
            appointmentDueAt: isoWithOffset(row.appointmentDueAt),
            endedAt: isoWithOffset(row.endedAt),
            deadlineLevel: level,
          };
        }),
      };
    },
  );

  app.get(
    '/dossiers/queues',
    {
      schema: {
        tags: ['Hồ sơ'],
        summary: 'Việc của tôi: các hàng chờ của người đang đăng nhập và số hồ sơ của mỗi hàng (cùng định nghĩa với bộ lọc queue)',
        response: { 200: z.object({ queues: z.array(z.object({ key: z.string(), label: z.string(), count: z.number() })) }), ...errors },
      },
    },
    async (request) => ({ queues: await workQueuesOf(ctx, currentUser(request)) }),
  );

  app.get(
    '/dossiers/:code',
    { schema: { tags: ['Hồ sơ'], summary: 'Chi tiết hồ sơ: lịch sử, các bước, hạn xử lý', params: z.object({ code: z.string().trim().min(1).max(150) }), response: { 200: dossierDetailSchema, ...errors } } },
    async (request) => {
      const user = currentUser(request);
      const loaded = await loadReadableDossier(ctx, user, request.params.code);
      return toDetail(presentDossier(loaded, user, ctx.now()));
    },
  );

  for (const [name, action] of Object.entries(ACTIONS)) {
    app.post(
      `/dossiers/:code/${name}`,
      {
        schema: {
          tags: ['Thao tác hồ sơ'],
          summary: action.summary,
          params: z.object({ code: z.string().trim().min(1).max(150) }),
          body: action.body,
          response: { 200: dossierDetailSchema, ...errors },
        },
      },
      async (request) => {
        const user = currentUser(request);
        const { expectedVersion, ...payload } = request.body as { expectedVersion: number } & Record<string, unknown>;
        await actOnDossier(ctx, user, { code: request.params.code, action: action.event, expectedVersion, payload });
        const loaded = await loadDossierAfterAction(ctx, request.params.code);
        return toDetail(presentDossier(loaded, user, ctx.now()));
      },
    );
  }
}

/** The warning level of a dossier state now (used by overview routes). */
export function deadlineLevelOf(state: DossierState, now: number, calendar: Parameters<typeof liveDeadline>[2]): string | null {
  return liveDeadline(state, now, calendar)?.level ?? null;
}

export { dayOf };
