import type { LocalMinute } from '../calendar/local-time.ts';
import type { StepAct } from '../deadline/steps.ts';
import type { StepRole } from '../deadline/types.ts';
import type { Collector, SubmittedComponent } from './events.ts';
import type { Submitter } from './submitter.ts';

/**
 * National dossier status codes used to synchronise with the national portal
 * (reference.md §1.3, TrangThaiHoSoId).
 */
export const STATUS = {
  submitted: 1, // Mới đăng ký (nộp trực tuyến, chưa tiếp nhận)
  received: 2, // Được tiếp nhận
  refusedAtReception: 3, // Không được tiếp nhận
  processing: 4, // Đang xử lý
  supplementRequested: 5, // Yêu cầu bổ sung giấy tờ
  financialObligation: 6, // Yêu cầu thực hiện nghĩa vụ tài chính
  withdrawn: 7, // Công dân yêu cầu rút hồ sơ
  stopped: 8, // Dừng xử lý
  processed: 9, // Đã xử lý xong
  returned: 10, // Đã trả kết quả
} as const;

export type StatusCode = (typeof STATUS)[keyof typeof STATUS];

export const STATUS_NAMES: Record<StatusCode, string> = {
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
};

/** Submission channel; national KenhThucHien codes 1 / 2 / 3. */
export type Channel = 'in_person' | 'online' | 'post';
export const CHANNEL_CODES: Record<Channel, 1 | 2 | 3> = { in_person: 1, online: 2, post: 3 };
export const CHANNEL_NAMES: Record<Channel, string> = {
  in_person: 'Trực tiếp',
  online: 'Trực tuyến',
  post: 'Bưu chính công ích',
};

/**
 * How processing ended, per the QĐ 766 end-of-processing rule (reference.md §1.3):
 * the first of result ready (processed) > result returned > stopped / refused / withdrawn.
 */
export type EndKind = 'processed' | 'returned' | 'stopped' | 'withdrawn';

export type ReturnMethod = 'desk' | 'post' | 'electronic';

export interface Applicant {
  kind: 'individual' | 'organization';
  name: string;
  /** CCCD / số định danh (12 digits) for individuals, tax code for organizations. */
  idNumber?: string;
  address?: string;
  phone?: string;
  email?: string;
}

export interface PauseInterval {
  kind: 'supplement' | 'financial';
  from: LocalMinute;
  /** Undefined while the pause is still running. */
  to?: LocalMinute;
}

export interface Extension {
  at: LocalMinute;
  /** New appointment date promised to the citizen (Mẫu 04). */
  newDueAt: LocalMinute;
  reason: string;
}

export interface SupplementRequest {
  at: LocalMinute;
  /** At reception the clock has not started; during processing it pauses. */
  stage: 'reception' | 'processing';
  receivedAt?: LocalMinute;
}

/** The step's clock: `active` only while the dossier's processing runs (not after its end). */
export type StepStatus = 'pending' | 'active' | 'done';

/**
 * The step in the workflow (issue 14): `active` is the current step, whose turn it is;
 * `returned` is the current step after it was sent back to; `done` completed; `pending` not
 * reached (again). After the result is ready the return step stays `active` until it is handed
 * over, while its clock `status` no longer runs.
 */
export type StepPhase = 'pending' | 'active' | 'returned' | 'done';

/** Who holds a step: its department and named officer where it has them (docs/steps.md). */
export interface StepHolder {
  departmentCode?: string;
  assigneeId?: string;
}

/** The sends-back that reopened a step (it is the target of each). */
export interface StepReturns {
  count: number;
  lastAt: LocalMinute;
  lastReason: string;
  /** The step it was sent back from. */
  lastFromStepCode: string;
  lastById: string;
}

export interface StepState {
  code: string;
  name: string;
  /** Who acts in the step (template), and so how it is held. */
  role: StepRole;
  /** What the step does (receive, process, review, approve, return), derived from the template. */
  act: StepAct;
  /** Working minutes allotted to this step. */
  budgetMinutes: number;
  /**
   * Planned due of this step: receipt + budgets of this and earlier steps, shifted by pauses.
   * Returns and reassignments do not move it (docs/deadlines.md).
   */
  dueAt: LocalMinute;
  /** When the step last became current (after a send-back: the send-back). */
  startedAt?: LocalMinute;
  completedAt?: LocalMinute;
  status: StepStatus;
  state: StepPhase;
  holder: StepHolder;
  /** Who completed it (the officer whose action closed it). */
  completedBy?: string;
  /** The holder a department head completed it for. */
  onBehalfOf?: string;
  returns?: StepReturns;
  /** Department or agency handling the step, when known (= holder.departmentCode; kept for callers). */
  handlerUnit?: string;
  /** = holder.assigneeId; kept for callers. */
  handlerId?: string;
}

/** The papers of the dossier as received and supplemented (issue 14). */
export interface Papers {
  /** Submitted at reception and with supplements. */
  submitted: SubmittedComponent[];
  /** Mandatory papers still missing. */
  missing: SubmittedComponent[];
  /** Received although papers were missing: the officer's confirmation. */
  missingConfirmed?: { at: LocalMinute; byId: string; reason: string; missing: SubmittedComponent[] };
  /** Received with "Tiếp nhận và yêu cầu bổ sung" and the supplement request is still to be recorded. */
  supplementRequestDue: boolean;
}

export interface Payment {
  at: LocalMinute;
  amount: number;
  online: boolean;
}

/** Current state of a dossier: a pure fold of its events (see fold.ts). */
export interface DossierState {
  code: string;
  unitCode: string;
  procedureCode: string;
  procedureName: string;
  /** Lĩnh vực (field), e.g. "Hộ tịch". */
  field: string;
  status: StatusCode;
  channel: Channel;
  applicant: Applicant;
  /** Department or vertical agency currently holding the dossier. */
  departmentCode?: string;
  /** Officer who received the dossier. */
  receivedBy?: string;
  /** Officer or specialist currently assigned. */
  assigneeId?: string;
  /** Source system for imported dossiers ("motcua" for native ones). */
  source: string;

  submittedAt?: LocalMinute;
  receivedAt?: LocalMinute;
  /**
   * Legal due date (ngày hẹn trả theo quy định), shifted by paused working time.
   * Statistics compare against this one, never against an extension.
   */
  legalDueAt?: LocalMinute;
  /** Appointment promised to the citizen: the latest extension, else the legal due date. */
  appointmentDueAt?: LocalMinute;
  extensions: Extension[];
  pauses: PauseInterval[];
  /** Working minutes spent paused (closed pauses only). */
  pausedWorkingMinutes: number;
  /** True while a supplement or financial-obligation pause is running. */
  paused: boolean;
  supplementRequests: SupplementRequest[];

  /** QĐ 766 end of processing (NgayKetThucXuLy). */
  endedAt?: LocalMinute;
  endKind?: EndKind;
  resultReadyAt?: LocalMinute;
  returnedAt?: LocalMinute;
  returnMethod?: ReturnMethod;
  stoppedAt?: LocalMinute;
  /** A stop that is a refusal to resolve ("từ chối giải quyết") rather than a plain stop. */
  stopIsRefusal?: boolean;
  withdrawnAt?: LocalMinute;
  refusedAt?: LocalMinute;

  steps: StepState[];
  /** The current step(s): whose turn it is (empty when nothing waits on a step). */
  currentSteps: StepState[];
  /** Times a step was sent back (Trả lại). */
  stepReturns: number;
  papers: Papers;
  /** Số, ký hiệu of a paper result, given at approval. */
  resultReference?: string;
  /** Who collected the result at the desk. */
  collectedBy?: Collector;
  /** Who brought the dossier at reception when not the applicant (issue 15). */
  submitter?: Submitter;
  /** Tracking number of a result sent by post. */
  returnTrackingNumber?: string;

  /** Fee assessed for this dossier (VND), after exemptions. */
  feeAmount: number;
  payments: Payment[];
  /** True when the whole fee was paid online. */
  paidOnline: boolean;

  /** At least one component has a digitized file attached. */
  hasComponentFile: boolean;
  /** At least one component was reused from the citizen's data store. */
  hasReusedComponent: boolean;
  /** A result file is attached (electronic result). */
  hasResultFile: boolean;
  /** The procedure requires a paper/document result (for digitization ratios). */
  resultRequired: boolean;

  /** Number of events folded; the optimistic-concurrency version. */
  version: number;
}
