/**
 * Who may see and touch what, outside the handlers (issue 3 §4). Roles act only within their
 * unit, and department roles only within their department; city supervisors read every unit of
 * their city; citizens' personal data is shown only to staff of the unit holding the dossier.
 * Which *action* a role may take in which state is the transition table's business
 * (domain/dossier/transitions.ts); these rules decide *where*.
 */
import type { CurrentUser } from '../../platform/context.ts';

/** The facts of a dossier that the rules look at. */
export interface DossierScope {
  unitCode: string;
  /** Parent (city) of the dossier's unit. */
  cityCode: string | null;
  departmentCode?: string | null | undefined;
  assigneeId?: string | null | undefined;
}

const UNIT_WIDE_ROLES = new Set(['counter_officer', 'center_leader', 'chairman']);
const DEPARTMENT_ROLES = new Set(['specialist', 'department_head']);

export function canReadDossier(user: CurrentUser, dossier: DossierScope): boolean {
  if (user.role === 'city_supervisor') return dossier.cityCode === user.unitCode || dossier.unitCode === user.unitCode;
  if (user.unitCode !== dossier.unitCode) return false;
  if (UNIT_WIDE_ROLES.has(user.role)) return true;
  if (DEPARTMENT_ROLES.has(user.role)) {
    return (dossier.departmentCode != null && dossier.departmentCode === user.departmentCode) || dossier.assigneeId === user.id;
  }
  // Administrators configure the system; they do not read citizens' dossiers.
  return false;
}

/** May the user act on the dossier at all (the transition table then decides which action)? */
export function canActOnDossier(user: CurrentUser, dossier: DossierScope): boolean {
  if (user.role === 'city_supervisor' || user.role === 'administrator') return false;
  return canReadDossier(user, dossier);
}

/** CCCD, phone, address and e-mail only for staff of the unit that holds the dossier. */
export function canSeePersonalData(user: CurrentUser, dossier: Pick<DossierScope, 'unitCode'>): boolean {
  return user.role !== 'city_supervisor' && user.role !== 'administrator' && user.unitCode === dossier.unitCode;
}

/** May the user receive new dossiers for their unit? */
export function canReceive(user: CurrentUser): boolean {
  return user.role === 'counter_officer';
}

/** Catalog, calendar and unit administration. */
export function canAdministerUnit(user: CurrentUser, unitCode: string): boolean {
  if (user.role === 'administrator') return true;
  return user.role === 'center_leader' && user.unitCode === unitCode;
}

/** National (all-unit) calendar overrides and users of other units: administrators only. */
export function canAdministerSystem(user: CurrentUser): boolean {
  return user.role === 'administrator';
}

export function maskIdNumber(value: string | undefined): string | undefined {
  if (!value) return value;
  return `${'*'.repeat(Math.max(0, value.length - 3))}${value.slice(-3)}`;
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
export function unitsActorMayImportInto(user: CurrentUser): UnitScope {
  if (user.role === 'administrator') return 'all';
  if (user.role === 'center_leader') return [user.unitCode];
  return [];
}

/** May the user use imports at all (preview, upload, jobs, profiles)? */
export function canImport(user: CurrentUser): boolean {
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
