/**
 * The unit board's warning lists (issue 16 §2): of the unit's open dossiers, those due soon, due
 * today and overdue (domain/supervision dossierWarning), and the apologies owed with the last
 * moment to send Mẫu 04 (domain/supervision apologiesOwed). The rules are the pure core's; this
 * file only fetches the folded states (overview.queries.ts, bounded) and names the holders.
 * Staff see their own unit, a city supervisor the units of the city (domain/policy canReadUnit).
 * Codes, procedures and holders only: no citizen's data.
 */
import { isoLocalDateTime, type LocalMinute } from '../../domain/calendar/local-time.ts';
import type { DossierState } from '../../domain/dossier/state.ts';
import { canReadUnit } from '../../domain/policy/policy.ts';
import {
  apologiesOwed,
  dossierWarning,
  supervisionConfigOfUnit,
  type ApologyStatus,
  type DossierWarning,
  type LiveContext,
  type RiskReason,
} from '../../domain/supervision/index.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { findUnit } from '../../platform/units/units.queries.ts';
import { openDossierStates, unitNames, WARNING_DOSSIER_LIMIT } from './overview.queries.ts';

/** The levels listed on the board, in the order of the lists. */
export const LISTED_LEVELS = ['due-soon', 'due-today', 'overdue'] as const;
export type ListedLevel = (typeof LISTED_LEVELS)[number];

interface Holding {
  dossierCode: string;
  procedureName: string;
  departmentName: string | null;
  assigneeName: string | null;
}

export interface WarningItem extends Holding {
  /** The legal due date as of now (a running pause pushes it), local time. */
  dueAt: string;
  /** Working minutes left (negative once overdue) and elapsed share of the allotted time (%). */
  remainingMinutes: number;
  elapsedPercent: number;
}

export interface ApologyItem extends Holding {
  status: Extract<ApologyStatus, 'owed' | 'late'>;
  legalDueAt: string;
  /** The last moment to send the apology and new appointment (Mẫu 04): one working day before the legal date. */
  lastMoment: string;
  risk: RiskReason[];
}

export interface UnitWarnings {
  unitCode: string;
  now: string;
  dueSoon: WarningItem[];
  dueToday: WarningItem[];
  overdue: WarningItem[];
  apologiesOwed: ApologyItem[];
  /** Only the `limit` open dossiers with the earliest legal dates were judged. */
  truncated: boolean;
  limit: number;
}

export async function showWarnings(ctx: AppContext, user: CurrentUser, unitCode: string): Promise<UnitWarnings> {
  const unit = await findUnit(ctx.db, unitCode);
  if (!canReadUnit(user, { code: unitCode, parentCode: unit?.parentCode ?? null })) throw forbidden('Bạn không có quyền xem cảnh báo của đơn vị này.');
  if (unit === undefined) throw notFound(`Không tìm thấy đơn vị có mã ${unitCode}.`);
  const now = ctx.now();
  const [{ calendar }, { states, truncated }, names] = await Promise.all([
    ctx.calendars.forUnit(unitCode),
    openDossierStates<DossierState>(ctx.db, unitCode),
    unitNames(ctx.db, unitCode),
  ]);
  const context: LiveContext = { calendar, config: supervisionConfigOfUnit(unit.settings), now };
  const byCode = new Map(states.map((state) => [state.code, state]));
  const holding = (code: string): Holding => {
    const state = byCode.get(code)!;
    return {
      dossierCode: code,
      procedureName: state.procedureName,
      departmentName: state.departmentCode === undefined ? null : (names.departments.get(state.departmentCode) ?? state.departmentCode),
      assigneeName: state.assigneeId === undefined ? null : (names.users.get(state.assigneeId) ?? null),
    };
  };
  const lists: Record<ListedLevel, DossierWarning[]> = { 'due-soon': [], 'due-today': [], overdue: [] };
  for (const state of states) {
    const warning = dossierWarning(state, context);
    if (warning !== undefined && (LISTED_LEVELS as readonly string[]).includes(warning.level)) lists[warning.level as ListedLevel].push(warning);
  }
  const item = (warning: DossierWarning): WarningItem => ({
    ...holding(warning.dossierCode),
    dueAt: isoLocalDateTime(warning.dueAt),
    remainingMinutes: warning.remainingMinutes,
    elapsedPercent: warning.elapsedPercent,
  });
  const list = (level: ListedLevel) => lists[level].sort(byDueThenCode).map(item);
  return {
    unitCode,
    now: isoLocalDateTime(now),
    dueSoon: list('due-soon'),
    dueToday: list('due-today'),
    overdue: list('overdue'),
    apologiesOwed: apologiesOwed(states, () => context).map((owed) => ({
      ...holding(owed.dossierCode),
      status: owed.status as ApologyItem['status'],
      legalDueAt: isoLocalDateTime(owed.legalDueAt),
      lastMoment: isoLocalDateTime(owed.lastMoment),
      risk: owed.risk,
    })),
    truncated,
    limit: WARNING_DOSSIER_LIMIT,
  };
}

/** Most urgent first: earliest due date, then dossier code. */
function byDueThenCode(a: { dueAt: LocalMinute; dossierCode: string }, b: { dueAt: LocalMinute; dossierCode: string }): number {
  return a.dueAt - b.dueAt || (a.dossierCode < b.dossierCode ? -1 : a.dossierCode > b.dossierCode ? 1 : 0);
}
