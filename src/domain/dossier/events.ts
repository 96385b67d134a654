import { z } from 'zod';
import { STAFF_ROLES } from './roles.ts';
import { STEP_ROLES } from '../deadline/types.ts';
import { submitterSchema } from './submitter.ts';

/**
 * The closed vocabulary of dossier events. Every state change of a dossier is one of these,
 * appended to its history; the current state is `foldDossier(events)`.
 * Times are `LocalMinute` integers (Vietnamese local time, see calendar/local-time.ts).
 */

const localMinute = z.number().int();
const text = (max: number) => z.string().trim().min(1).max(max);

export const roleSchema = z.enum([...STAFF_ROLES, 'citizen', 'system']);

export const actorSchema = z.object({
  /** User id, citizen account id, or source-system name for `system`. */
  id: text(200),
  role: roleSchema,
});
export type Actor = z.infer<typeof actorSchema>;

export const timeLimitSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('working-days'), days: z.number().min(0).multipleOf(0.5) }),
  z.object({ kind: z.literal('working-hours'), hours: z.number().min(0) }),
  z.object({ kind: z.literal('calendar-days'), days: z.number().int().min(0) }),
  z.object({ kind: z.literal('same-day') }),
]);

export const stepTemplateSchema = z.object({
  code: text(64),
  name: text(200),
  sharePercent: z.number().min(0).max(100),
  role: z.enum(STEP_ROLES),
});

export const componentFormSchema = z.enum(['ban-chinh', 'ban-sao-chung-thuc', 'ban-chup']);

/** One paper of the procedure's list at receipt: what is asked, and whether it may be left out. */
export const checklistItemSchema = z.object({
  code: text(64),
  name: text(500),
  form: componentFormSchema,
  quantity: z.number().int().min(1).max(1000),
  /** Needed only in some cases (e.g. an authorisation when someone else submits). */
  optional: z.boolean(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/** The procedure version in force at receipt, recorded on the dossier (never re-read later). */
export const procedureSnapshotSchema = z.object({
  code: text(64),
  name: text(500),
  field: text(200),
  timeLimit: timeLimitSchema,
  steps: z.array(stepTemplateSchema).min(1),
  /** Does waiting for financial obligations stop the clock for this procedure? */
  financialObligationPauses: z.boolean().default(false),
  /** Does the procedure produce a document result (digitization and e-result ratios)? */
  resultRequired: z.boolean().default(true),
  catalogVersion: z.string().max(100).optional(),
  /**
   * The papers the procedure asks for (issue 14). Absent on snapshots recorded before: the
   * reception then records what was submitted and missing without checking it against a list.
   */
  components: z.array(checklistItemSchema).max(200).optional(),
});
export type ProcedureSnapshot = z.infer<typeof procedureSnapshotSchema>;

export const applicantSchema = z.object({
  kind: z.enum(['individual', 'organization']),
  name: text(300),
  idNumber: z.string().trim().max(20).optional(),
  address: z.string().trim().max(500).optional(),
  phone: z.string().trim().max(20).optional(),
  email: z.string().trim().max(200).optional(),
});

/** A paper as submitted (or, in `missing`, as it should have been): form (bản chính / bản sao có chứng thực / bản chụp) and count. */
export const componentSchema = z.object({
  code: text(64),
  name: text(500),
  form: componentFormSchema,
  quantity: z.number().int().min(1).max(1000),
});
export type SubmittedComponent = z.infer<typeof componentSchema>;

/** Who collected the result at the desk: the applicant, or a person they authorised. */
export const collectorSchema = z.object({
  kind: z.enum(['applicant', 'authorised']),
  name: text(300),
  /** CCCD / số định danh, passport or other identity paper shown at the desk. */
  idNumber: text(20),
  /** The authorisation shown (số, ngày văn bản ủy quyền); required for an authorised person. */
  authorisation: z.string().trim().max(500).optional(),
});
export type Collector = z.infer<typeof collectorSchema>;

export const channelSchema = z.enum(['in_person', 'online', 'post']);

/**
 * Who had an import or a push write an event (its actor is the `system` of the source): the
 * signed-in user of an HTTP import, the API key of a push, or the server's console account
 * for `motcua import`. Kept in the event's payload, so it is hashed with it (audit chain).
 */
export const importedBySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('user'), userId: text(200), name: text(300) }),
  z.object({ kind: z.literal('key'), keyId: text(200), keyName: text(300) }),
  z.object({ kind: z.literal('console'), account: text(200) }),
]);
export type ImportedBy = z.infer<typeof importedBySchema>;

const base = {
  at: localMinute,
  actor: actorSchema,
  /** Source system of the event ("motcua" for native events; importers set their own). */
  source: z.string().max(100).optional(),
  /** Imported and pushed events only: who had them written. */
  importedBy: importedBySchema.optional(),
};

export const dossierEventSchema = z.discriminatedUnion('type', [
  z.object({
    ...base,
    type: z.literal('submitted_online'),
    unitCode: text(100),
    procedure: procedureSnapshotSchema,
    applicant: applicantSchema,
    /** The papers the citizen declared or attached online (checked again at reception). */
    components: z.array(componentSchema).max(200).optional(),
  }),
  z.object({
    ...base,
    type: z.literal('received'),
    unitCode: text(100),
    channel: channelSchema,
    /** Omitted when receiving an online submission: its snapshot is kept. */
    procedure: procedureSnapshotSchema.optional(),
    applicant: applicantSchema.optional(),
    components: z.array(componentSchema).default([]),
    /** Fee assessed at reception (VND), after exemptions. */
    feeAmount: z.number().int().min(0).default(0),
    /** Mandatory papers not submitted (issue 14): with their form and count as asked. */
    missing: z.array(componentSchema).max(200).optional(),
    /**
     * "Tiếp nhận và yêu cầu bổ sung": the same action requests the missing papers, so the
     * next event must be `supplement_requested` (decide.ts).
     */
    withSupplementRequest: z.literal(true).optional(),
    /** Received although mandatory papers are missing: the officer's confirmation and why. */
    missingConfirmed: z.object({ reason: text(2000) }).optional(),
    /** Issue 15: who brought the dossier when not the applicant (absent: the applicant). */
    submitter: submitterSchema.optional(),
  }),
  z.object({ ...base, type: z.literal('refused_at_reception'), unitCode: text(100).optional(), procedure: procedureSnapshotSchema.optional(), applicant: applicantSchema.optional(), reason: text(2000) }),
  z.object({ ...base, type: z.literal('supplement_requested'), reason: text(2000), items: z.array(text(500)).default([]) }),
  z.object({
    ...base,
    type: z.literal('supplement_received'),
    note: z.string().max(2000).optional(),
    /** The papers brought in (they leave the reception's missing list). */
    components: z.array(componentSchema).max(200).optional(),
  }),
  z.object({
    ...base,
    type: z.literal('forwarded'),
    /** Department or vertical agency code. */
    to: text(100),
    toKind: z.enum(['department', 'vertical_agency']),
    assigneeId: z.string().max(200).optional(),
  }),
  z.object({
    ...base,
    type: z.literal('step_completed'),
    stepCode: text(64),
    note: z.string().max(2000).optional(),
    assigneeId: z.string().max(200).optional(),
    /** The holder a department head completed the step for (recorded as done on their behalf). */
    onBehalfOf: z.string().max(200).optional(),
  }),
  z.object({
    ...base,
    type: z.literal('step_assigned'),
    /** The current step (a department step). */
    stepCode: text(64),
    /** The step's department; left out, the department already holding it. */
    departmentCode: z.string().trim().min(1).max(100).optional(),
    /** The officer who holds the step from now on. */
    assigneeId: text(200),
    note: z.string().max(2000).optional(),
  }),
  z.object({
    ...base,
    type: z.literal('step_returned'),
    /** The current step, sent back. */
    stepCode: text(64),
    /** An earlier step: the previous one, or an earlier department step with `toAssigneeId`. */
    toStepCode: text(64),
    /** A named officer of the target department step; left out, its last holder. */
    toAssigneeId: z.string().trim().min(1).max(200).optional(),
    reason: text(2000),
  }),
  z.object({ ...base, type: z.literal('financial_obligation_requested'), amount: z.number().int().min(0), description: text(1000) }),
  z.object({ ...base, type: z.literal('financial_obligation_paid'), amount: z.number().int().min(0) }),
  z.object({ ...base, type: z.literal('stopped'), reason: text(2000), refusal: z.boolean().default(false) }),
  z.object({ ...base, type: z.literal('extended'), newDueAt: localMinute, reason: text(2000) }),
  z.object({ ...base, type: z.literal('withdrawn'), reason: z.string().max(2000).default('Công dân đề nghị rút hồ sơ') }),
  z.object({
    ...base,
    type: z.literal('result_ready'),
    electronic: z.boolean().default(false),
    note: z.string().max(2000).optional(),
    /** Số, ký hiệu of a paper result (a result file may stand instead). */
    resultReference: z.string().trim().min(1).max(100).optional(),
  }),
  z.object({
    ...base,
    type: z.literal('result_returned'),
    method: z.enum(['desk', 'post', 'electronic']),
    /** At the desk: who collected the result (decide.ts requires it from an officer). */
    collectedBy: collectorSchema.optional(),
    /** By post: the item's tracking number (số hiệu bưu gửi). */
    trackingNumber: z.string().trim().min(1).max(50).optional(),
  }),
  z.object({ ...base, type: z.literal('fee_paid'), amount: z.number().int().min(0), online: z.boolean() }),
  z.object({
    ...base,
    type: z.literal('file_attached'),
    kind: z.enum(['component', 'result', 'reused']),
    /** SHA-256 of the stored file, or an external reference for reused documents. */
    fileId: text(200),
    componentCode: z.string().max(64).optional(),
  }),
]);

export type DossierEvent = z.infer<typeof dossierEventSchema>;
export type DossierEventInput = z.input<typeof dossierEventSchema>;
export type DossierEventType = DossierEvent['type'];
export const DOSSIER_EVENT_TYPES = dossierEventSchema.options.map((o) => o.shape.type.value) as DossierEventType[];

/** Vietnamese names of the actions, for timelines, messages and audit views. */
export const EVENT_NAMES: Record<DossierEventType, string> = {
  submitted_online: 'Nộp hồ sơ trực tuyến',
  received: 'Tiếp nhận hồ sơ',
  refused_at_reception: 'Từ chối tiếp nhận hồ sơ',
  supplement_requested: 'Yêu cầu bổ sung, hoàn thiện hồ sơ',
  supplement_received: 'Nhận hồ sơ bổ sung',
  forwarded: 'Chuyển hồ sơ xử lý',
  step_completed: 'Hoàn thành bước xử lý',
  step_assigned: 'Phân công xử lý',
  step_returned: 'Trả lại để xử lý lại',
  financial_obligation_requested: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  financial_obligation_paid: 'Đã thực hiện nghĩa vụ tài chính',
  stopped: 'Dừng giải quyết hồ sơ',
  extended: 'Xin lỗi và hẹn lại ngày trả kết quả',
  withdrawn: 'Công dân rút hồ sơ',
  result_ready: 'Có kết quả giải quyết',
  result_returned: 'Trả kết quả',
  fee_paid: 'Nộp phí, lệ phí',
  file_attached: 'Đính kèm tệp',
};
