/** Shapes of the API responses the pages use (see /api/docs/json for the full OpenAPI document). */
import type { Overview as OverviewOfUnit } from '../../src/app/overview/overview.ts';

export type Role = 'counter_officer' | 'specialist' | 'department_head' | 'center_leader' | 'chairman' | 'city_supervisor' | 'administrator';

export interface CurrentUser {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  roleName: string;
  unitCode: string;
  unitName: string;
  departmentCode: string | null;
}

export type DeadlineLevel = 'on-track' | 'due-soon' | 'overdue';
export interface Deadline {
  level: DeadlineLevel;
  remainingMinutes: number;
  elapsedPercent: number;
}

export interface DossierListItem {
  code: string;
  unitCode: string;
  procedureCode: string;
  procedureName: string;
  field: string;
  status: number;
  statusName: string;
  channel: string;
  applicantName: string;
  receivedAt: string | null;
  legalDueAt: string | null;
  appointmentDueAt: string | null;
  endedAt: string | null;
  departmentCode: string | null;
  assigneeId: string | null;
  source: string;
  version: number;
  deadlineLevel: DeadlineLevel | null;
}

export interface DossierList {
  total: number;
  page: number;
  pageSize: number;
  items: DossierListItem[];
}

export interface Step {
  code: string;
  name: string;
  budgetMinutes: number;
  dueAt: string | null;
  startedAt: string | null;
  completedAt: string | null;
  status: 'pending' | 'active' | 'done';
  handlerUnit: string | null;
  deadline: Deadline | null;
}

export interface HistoryEntry {
  seq: number;
  type: string;
  name: string;
  at: string | null;
  actorId: string;
  actorRole: string;
  source: string;
  payload: Record<string, unknown>;
  hash: string;
}

export interface Applicant {
  kind: 'individual' | 'organization';
  name: string;
  idNumber?: string;
  address?: string;
  phone?: string;
  email?: string;
}

export interface DossierDetail {
  code: string;
  version: number;
  unitCode: string;
  status: number;
  statusName: string;
  procedureCode: string;
  procedureName: string;
  field: string;
  channel: string;
  source: string;
  applicant: Applicant;
  personalDataVisible: boolean;
  departmentCode: string | null;
  assigneeId: string | null;
  receivedBy: string | null;
  submittedAt: string | null;
  receivedAt: string | null;
  legalDueAt: string | null;
  appointmentDueAt: string | null;
  endedAt: string | null;
  endKind: string | null;
  returnedAt: string | null;
  paused: boolean;
  pausedWorkingMinutes: number;
  supplementRequests: number;
  extensions: Array<{ at: string | null; newDueAt: string | null; reason: string }>;
  feeAmount: number;
  paidAmount: number;
  paidOnline: boolean;
  hasComponentFile: boolean;
  hasReusedComponent: boolean;
  hasResultFile: boolean;
  deadline: Deadline | null;
  steps: Step[];
  history: HistoryEntry[];
  allowedActions: string[];
}

export interface DossierFile {
  id: string;
  dossierCode: string;
  kind: 'component' | 'result';
  componentCode: string | null;
  originalName: string;
  contentType: string;
  size: number;
  uploadedAt: string | null;
  downloadUrl: string;
}

export interface ProcedureSummary {
  code: string;
  localCode: string;
  name: string;
  field: string;
  timeLimitText: string;
  feeInPerson: number;
  feeOnline: number;
}

export type ComponentForm = 'ban-chinh' | 'ban-sao-chung-thuc' | 'ban-chup';

export interface ProcedureDetail {
  code: string;
  name: string;
  field: { code: string; name: string };
  timeLimit: unknown;
  components: Array<{ code: string; name: string; form: ComponentForm; quantity: number; optional: boolean; note?: string }>;
  steps: Array<{ code: string; name: string; sharePercent: number; role: string }>;
  feeVariants: Array<{ code: string; label: string }>;
  fees: Array<{ code: string; kind: string; label: string; unit: string; amount: number | null; exemptions: Array<{ code: string; label: string; basis: string }> }>;
}

export interface Quote {
  code: string;
  dueAt: string | null;
  timeLimitText: string;
  fee: { total: number; complete: boolean; lines: Array<{ label: string; amount: number; waivedReason?: string }> };
}

export interface Unit {
  code: string;
  name: string;
  kind: string;
  parentCode: string | null;
  settings: UnitSettings;
  active: boolean;
}

export interface UnitSettings {
  documentHeader?: { governingBody: string; issuingBody: string };
  placeName?: string;
  signers?: Array<{ title: string; name: string; role: 'chairman' | 'vice_chairman' | 'center_leader' }>;
  workingHours?: { morning: { start: string; end: string }; afternoon: { start: string; end: string } };
  saturdayDesk?: { enabled: boolean; start: string; end: string };
}

export interface Department {
  code: string;
  name: string;
  kind: string;
  active: boolean;
}

export interface UserRow {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  roleName: string;
  unitCode: string;
  departmentCode: string | null;
  active: boolean;
}

/** The overview is typed by the server's own definition (src/app/overview), plus the unit code. */
export type { OverviewCounts } from '../../src/app/overview/overview.ts';
export type Overview = OverviewOfUnit & { unitCode: string };

export interface CalendarYear {
  year: number;
  unitCode: string | null;
  source: string;
  confidence: string;
  daysOff: Array<{ date: string; reason: string }>;
  extraWorkingDays: Array<{ date: string; reason: string }>;
  overrides: Array<{ id: number; unitCode: string | null; date: string; working: boolean; reason: string }>;
}

/** One entry of the configuration change log (GET /api/admin/changes). */
export interface AdminChange {
  id: number;
  at: string;
  kind: string;
  kindName: string;
  unitCode: string | null;
  target: string;
  actor: { id: string; username: string; fullName: string } | null;
  before: unknown;
  after: unknown;
}
