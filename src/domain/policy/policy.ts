/**
 * THE policy module: who may see and do what, where. It is the only place where a user's role
 * is compared (an ESLint rule refuses `.role` comparisons elsewhere, the transition table
 * excepted). Roles act only within their unit, and department roles only within their
 * department; city supervisors read every unit of their city; citizens' personal data is shown
 * only to staff of the unit holding the dossier. Which *action* a role may take in which state
 * is the transition table's business (domain/dossier/transitions.ts); these rules decide *where*.
 *
 * Pure: the facts (the user, a dossier's unit and city, a unit's parent) are parameters; the
 * features look them up and ask. docs/api.md lists the rules; test/api/authorization-matrix
 * walks every role × action × place.
 */
import type { Report } from '../report/report.ts';
import type { Role, StaffRole } from '../dossier/roles.ts';

/** The facts about a signed-in staff member that the rules read. */
export interface StaffMember {
  id: string;
  role: StaffRole;
  unitCode: string;
  departmentCode: string | null;
}

/** The facts of a dossier that the rules look at. */
export interface DossierScope {
  unitCode: string;
  /** Parent (city) of the dossier's unit. */
  cityCode: string | null;
  departmentCode?: string | null | undefined;
  assigneeId?: string | null | undefined;
}

/** A unit as the rules see it: its code and its parent (city). */
export interface UnitPlace {
  code: string;
  parentCode: string | null;
}

const UNIT_WIDE_ROLES: ReadonlySet<StaffRole> = new Set(['counter_officer', 'center_leader', 'chairman']);
const DEPARTMENT_ROLES: ReadonlySet<StaffRole> = new Set(['specialist', 'department_head']);

/**
 * Does this actor (or step of a procedure, handled by a role) have the role? For code that picks
 * people or steps by role (the demo data), so that a role is still compared only here.
 */
export function hasRole(holder: { role: Role }, role: Role): boolean {
  return holder.role === role;
}

// ─── Dossiers ────────────────────────────────────────────────────────────────

/**
 * Which dossiers a user may read, as a value: the rule of canReadDossier for one dossier, and
 * what the dossier list queries translate to SQL (features/dossiers/dossiers.queries.ts).
 */
export type DossierVisibility =
  | { kind: 'none' }
  /** Every dossier of the unit. */
  | { kind: 'unit'; unitCode: string }
  /** Every dossier of the city's own unit and of the units whose parent it is. */
  | { kind: 'city'; cityCode: string }
  /** Dossiers of the unit that are at the department, or assigned to the user. */
  | { kind: 'department'; unitCode: string; departmentCode: string | null; userId: string };

export function dossierVisibility(user: StaffMember): DossierVisibility {
  if (user.role === 'city_supervisor') return { kind: 'city', cityCode: user.unitCode };
  if (UNIT_WIDE_ROLES.has(user.role)) return { kind: 'unit', unitCode: user.unitCode };
  if (DEPARTMENT_ROLES.has(user.role)) return { kind: 'department', unitCode: user.unitCode, departmentCode: user.departmentCode, userId: user.id };
  // Administrators configure the system; they do not read citizens' dossiers.
  return { kind: 'none' };
}

/** Is the dossier within the visibility? */
export function visibilityIncludes(visibility: DossierVisibility, dossier: DossierScope): boolean {
  switch (visibility.kind) {
    case 'none':
      return false;
    case 'unit':
      return dossier.unitCode === visibility.unitCode;
    case 'city':
      return dossier.cityCode === visibility.cityCode || dossier.unitCode === visibility.cityCode;
    case 'department':
      return (
        dossier.unitCode === visibility.unitCode &&
        ((dossier.departmentCode != null && dossier.departmentCode === visibility.departmentCode) || dossier.assigneeId === visibility.userId)
      );
  }
}

export function canReadDossier(user: StaffMember, dossier: DossierScope): boolean {
  return visibilityIncludes(dossierVisibility(user), dossier);
}

/** May the user act on the dossier at all (the transition table then decides which action)? */
export function canActOnDossier(user: StaffMember, dossier: DossierScope): boolean {
  if (user.role === 'city_supervisor' || user.role === 'administrator') return false;
  return canReadDossier(user, dossier);
}

/** CCCD, phone, address and e-mail only for staff of the unit that holds the dossier. */
export function canSeePersonalData(user: StaffMember, dossier: Pick<DossierScope, 'unitCode'>): boolean {
  return user.role !== 'city_supervisor' && user.role !== 'administrator' && user.unitCode === dossier.unitCode;
}

/**
 * The unit whose dossiers the user may find by the applicant's ID number or phone (issue 14):
 * the one whose personal data they may see; none for supervisors and administrators, so that a
 * search never tells them whose number it is.
 */
export function personalSearchUnit(user: StaffMember): string | null {
  return canSeePersonalData(user, { unitCode: user.unitCode }) ? user.unitCode : null;
}

export function maskIdNumber(value: string | undefined): string | undefined {
  if (!value) return value;
  return `${'*'.repeat(Math.max(0, value.length - 3))}${value.slice(-3)}`;
}

/** May the user receive new dossiers for their unit? */
export function canReceive(user: StaffMember): boolean {
  return user.role === 'counter_officer';
}

/**
 * The units whose earlier dossiers may fill the reception form when a known ID number is typed
 * (issue 15): the counter officer's own unit, the one where they receive and whose personal
 * data they see; none for anyone else (department staff see only their department's
 * dossiers, supervisors and administrators no personal data), so that the lookup never tells
 * them whose number it is.
 */
export function citizenPrefillUnits(user: StaffMember): readonly string[] {
  return canReceive(user) && canSeePersonalData(user, { unitCode: user.unitCode }) ? [user.unitCode] : [];
}

// ─── A unit's work: overview, tracking book (Mẫu 07), reports ────────────────

/**
 * May the user see a unit's work as a whole (the leaders' overview, the tracking book): staff of
 * the unit but its administrators; a city supervisor for the city and each of its units.
 */
export function canReadUnit(user: StaffMember, unit: UnitPlace): boolean {
  if (user.role === 'city_supervisor') return unit.code === user.unitCode || unit.parentCode === user.unitCode;
  return unit.code === user.unitCode && user.role !== 'administrator';
}

const REPORT_ROLES: ReadonlySet<StaffRole> = new Set(['counter_officer', 'department_head', 'center_leader', 'chairman']);

/**
 * Who may read a periodic report: the unit's leaders and one-stop staff (counter officer,
 * department head, center leader, chairman) for their own unit; a city supervisor for the city
 * and each of its wards and communes.
 */
export function canReadReport(user: StaffMember, unit: UnitPlace): boolean {
  if (user.role === 'city_supervisor') return canReadUnit(user, unit);
  return REPORT_ROLES.has(user.role) && user.unitCode === unit.code;
}

/**
 * The report as this user may see it: applicant names of the overdue list are personal data,
 * blanked for anyone who is not staff of that unit (canSeePersonalData).
 */
export function reportFor(user: StaffMember, report: Report): Report {
  const mayName = report.kind === 'unit' && canSeePersonalData(user, { unitCode: report.unit.code });
  if (mayName) return report;
  return { ...report, overdue: report.overdue.map((field) => ({ ...field, dossiers: field.dossiers.map((dossier) => ({ ...dossier, applicantName: '' })) })) };
}

// ─── Administration: units, calendar, users ──────────────────────────────────

/** Catalog, calendar and unit administration. */
export function canAdministerUnit(user: StaffMember, unitCode: string): boolean {
  if (user.role === 'administrator') return true;
  return user.role === 'center_leader' && user.unitCode === unitCode;
}

/** National (all-unit) calendar overrides and users of other units: administrators only. */
export function canAdministerSystem(user: StaffMember): boolean {
  return user.role === 'administrator';
}

/** Which units the user sees in the unit list: all (administrators), else their unit and its children. */
export function unitsListedFor(user: StaffMember): 'all' | { unitAndChildrenOf: string } {
  return canAdministerSystem(user) ? 'all' : { unitAndChildrenOf: user.unitCode };
}

/** May the user change a calendar override of the unit (null: the national calendar)? */
export function canSetCalendar(user: StaffMember, unitCode: string | null): boolean {
  return unitCode === null ? canAdministerSystem(user) : canAdministerUnit(user, unitCode);
}

/** May the user list the accounts of the unit (their own unit, or one they administer)? */
export function canListUsers(user: StaffMember, unitCode: string): boolean {
  return canAdministerUnit(user, unitCode) || unitCode === user.unitCode;
}

/** Administrators give any role; a unit's center leader any but administrator and city supervisor, in their unit. */
export function mayGiveRole(actor: StaffMember, unitCode: string, role: StaffRole): boolean {
  return canAdministerSystem(actor) || (canAdministerUnit(actor, unitCode) && role !== 'administrator' && role !== 'city_supervisor');
}

/** Specialists and department heads belong to a department (one of their unit's). */
export function roleNeedsDepartment(role: StaffRole): boolean {
  return DEPARTMENT_ROLES.has(role);
}

/** Would this change of `target`'s role be the actor changing their own role (refused)? */
export function changesOwnRole(actor: StaffMember, target: { id: string; role: StaffRole }, role: StaffRole): boolean {
  return target.id === actor.id && role !== target.role;
}

/**
 * Whose configuration changes the user may read: undefined for every change (administrators
 * without a unit asked for), else the one unit, which the user must administer (null: refused).
 */
export function adminChangesScope(user: StaffMember, requested: string | undefined): { unitCode: string | undefined } | null {
  // Administrators see every change (or one unit's); a unit's administrator sees that unit's.
  const unitCode = canAdministerSystem(user) ? requested : (requested ?? user.unitCode);
  if (unitCode !== undefined && !canAdministerUnit(user, unitCode)) return null;
  return { unitCode };
}

// ─── Imports and the push API (issue 12 §1) ─────────────────────────────────

/** A set of units: 'all', or the listed ones (possibly none). */
export type UnitScope = 'all' | readonly string[];

/**
 * The units a user's imports may write into, and whose import jobs, error reports and mapping
 * profiles the user sees and changes: every unit for an administrator, their own unit for a
 * center leader, none for anyone else. A unit named by the upload, a file's unit column, a
 * dossier code's prefix or an existing dossier counts only if it is in this scope.
 */
export function unitsActorMayImportInto(user: StaffMember): UnitScope {
  if (user.role === 'administrator') return 'all';
  if (user.role === 'center_leader') return [user.unitCode];
  return [];
}

/** May the user use imports at all (preview, upload, jobs, profiles)? */
export function canImport(user: StaffMember): boolean {
  const scope = unitsActorMayImportInto(user);
  return scope === 'all' || scope.length > 0;
}

export function scopeIncludes(scope: UnitScope, unitCode: string | null | undefined): boolean {
  if (scope === 'all') return true;
  return unitCode != null && scope.includes(unitCode);
}

/**
 * The units a push API key writes into: the explicit list an administrator set when creating
 * it, else its one unit. Never a unit code sent in the pushed items.
 */
export function unitsApiKeyMayPushInto(key: { unitCode: string; unitCodes: readonly string[] | null }): readonly string[] {
  return key.unitCodes && key.unitCodes.length > 0 ? key.unitCodes : [key.unitCode];
}

// ─── Queue counters (issue 18) ───────────────────────────────────────────────

/**
 * May the user sit at a counter of their unit (open it, call, serve, transfer, record no-shows)?
 * The one-stop counter officers: the same role that receives dossiers.
 */
export function canOperateCounter(user: StaffMember): boolean {
  return user.role === 'counter_officer';
}

// ─── PAKN: citizens' feedback and recommendations (issue 19) ─────────────────

/**
 * Where a PAKN sits, as the rules see it: its unit and city, and the department and officer
 * handling it (docs/pakn.md §9). The same places as a dossier's, so the same visibility.
 */
export type PaknScope = DossierScope;

/**
 * Which PAKN a user may read: the unit's one-stop staff and leaders every PAKN of the unit; a
 * department's staff those assigned to their department or to them; a city supervisor every
 * unit of the city (personal data masked); administrators none. As for dossiers.
 */
export function paknVisibility(user: StaffMember): DossierVisibility {
  return dossierVisibility(user);
}

export function canReadPakn(user: StaffMember, scope: PaknScope): boolean {
  return visibilityIncludes(paknVisibility(user), scope);
}

/** May the user act on the PAKN at all (the PAKN transition table then decides which event)? */
export function canActOnPakn(user: StaffMember, scope: PaknScope): boolean {
  return canActOnDossier(user, scope);
}

/** Entering a PAKN in the register (sổ tiếp nhận): the one-stop desk, into its own unit (NĐ 20 art. 9). */
export function canRegisterPakn(user: StaffMember): boolean {
  return user.role === 'counter_officer';
}

/** The sender's ID number, phone, e-mail and address: staff of the unit holding the PAKN only, like applicants'. */
export function canSeeSenderData(user: StaffMember, scope: Pick<PaknScope, 'unitCode'>): boolean {
  return canSeePersonalData(user, scope);
}

/** A sender as a user outside the unit sees it: kind and name, the ID number masked, nothing else. */
export function maskSender<S extends { kind: string; name?: string | undefined; idNumber?: string | undefined }>(sender: S): Pick<S, 'kind' | 'name' | 'idNumber'> {
  const masked: Pick<S, 'kind' | 'name' | 'idNumber'> = { kind: sender.kind } as Pick<S, 'kind' | 'name' | 'idNumber'>;
  if (sender.name !== undefined) masked.name = sender.name;
  const id = maskIdNumber(sender.idNumber);
  if (id !== undefined) masked.idNumber = id;
  return masked;
}

/**
 * The person who submitted a dossier for its applicant (issue 15), as a user outside the unit
 * sees it: exactly like the applicant, kind and name, the ID number masked, nothing else.
 */
export function maskSubmitter<S extends { kind: string; name?: string | undefined; idNumber?: string | undefined }>(submitter: S): Pick<S, 'kind' | 'name' | 'idNumber'> {
  return maskSender(submitter);
}

// ─── Live changes (issue 16): who hears that something changed ──────────────

/** Where a changed dossier was before the change and is after it (the live stream). */
export interface DossierChangePlace {
  unitCode: string;
  cityCode: string | null;
  departmentCodes: readonly string[];
  assigneeIds: readonly string[];
}

/**
 * May the user hear that this dossier changed: they may read it where it was or where it is now
 * (a dossier sent on to another department leaves the first one's queue, which must hear it).
 */
export function canHearOfDossierChange(user: StaffMember, place: DossierChangePlace): boolean {
  const visibility = dossierVisibility(user);
  const departmentCodes = place.departmentCodes.length > 0 ? place.departmentCodes : [null];
  const assigneeIds = place.assigneeIds.length > 0 ? place.assigneeIds : [null];
  return departmentCodes.some((departmentCode) =>
    assigneeIds.some((assigneeId) => visibilityIncludes(visibility, { unitCode: place.unitCode, cityCode: place.cityCode, departmentCode, assigneeId })),
  );
}

/**
 * May the user hear that a unit's queue changed (a ticket issued, called, served; a counter
 * opened): whoever sees the unit's work (canReadUnit). The notice holds ticket numbers and
 * counters only, which the public waiting-room board shows anyway.
 */
export function canHearOfQueueChange(user: StaffMember, unit: UnitPlace): boolean {
  return canReadUnit(user, unit);
}

/** Many dossiers of a unit changed at once (an import): anyone who reads dossiers of the unit hears it. */
export function canHearOfUnitChange(user: StaffMember, unit: UnitPlace): boolean {
  const visibility = dossierVisibility(user);
  if (visibility.kind === 'department') return visibility.unitCode === unit.code;
  return visibilityIncludes(visibility, { unitCode: unit.code, cityCode: unit.parentCode });
}

// ─── Escalation alerts and supervision settings (w3-alerts, issue 16 §2–3) ──────────────────

/** Who reads a unit's thresholds and escalation ladder: whoever reads its board, and whoever may set them. */
export function canReadSupervisionSettings(user: StaffMember, unit: UnitPlace): boolean {
  return canReadUnit(user, unit) || canAdministerUnit(user, unit.code);
}

/** Who sets them: the unit's center leader or an administrator, like the unit's other settings. */
export function canSetSupervisionSettings(user: StaffMember, unitCode: string): boolean {
  return canAdministerUnit(user, unitCode);
}

/**
 * Who may acknowledge an alert: one of the people it was addressed to, in its unit (the
 * supervision core's acknowledgeAlert applies the same rule and the once-only one).
 */
export function canAcknowledgeAlert(user: StaffMember, alert: { unitCode: string; addressees: readonly string[] }): boolean {
  return user.unitCode === alert.unitCode && alert.addressees.includes(user.id);
}

// ─── w3-city (issue 16 §4): the supervision drill-down unit → departments → officers ─────────

/**
 * Which departments of a unit a user may open on the supervision board: all of them for the city
 * supervisor of its city and the unit's leaders (center leader, chairman); a department head only
 * their own; nobody else (the desk and specialists have their lists, administrators no dossiers).
 */
export function boardDepartmentsFor(user: StaffMember, unit: UnitPlace): 'all' | { departmentCode: string } | 'none' {
  if (!canReadUnit(user, unit)) return 'none';
  if (user.role === 'city_supervisor' || user.role === 'center_leader' || user.role === 'chairman') return 'all';
  if (user.role === 'department_head' && user.departmentCode !== null) return { departmentCode: user.departmentCode };
  return 'none';
}

/** May the user open this department of the unit (its officers and their figures)? */
export function canOpenBoardDepartment(user: StaffMember, unit: UnitPlace, departmentCode: string): boolean {
  const scope = boardDepartmentsFor(user, unit);
  return scope === 'all' || (scope !== 'none' && scope.departmentCode === departmentCode);
}
