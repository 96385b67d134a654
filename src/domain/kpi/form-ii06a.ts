/**
 * Biểu số II.06a/VPCP/KSTT (reference.md §3.1): 13 columns, one row per field or per unit,
 * plus a total row. Column rules (docs/report-definitions.md):
 *   (3) = (4) + (5) + (6)            received in the period online / in person or by post, carried over;
 *   (7) = (8) + (9) + (10)           EVERY dossier whose processing ended in the period,
 *                                    including stopped (refused) and withdrawn ones;
 *   (8) early, (9) on time, (10) overdue against the legal due date; withdrawn dossiers
 *                                    always go to (9) ("Đúng hạn (bao gồm cả … trả lại / xin rút)");
 *   (11) = (12) + (13)               not ended by the period end; waiting for a supplement → (12);
 *   (3) = (7) + (11).
 */

import type { LocalMinute } from '../calendar/local-time.ts';
import type { DossierState } from '../dossier/state.ts';
import { formatInteger } from '../format/number.ts';
import { classifyContext, classifyDossier, type HandledDossier } from './classify.ts';
import { FORM_II06A_TEXT } from './labels.ts';
import type { DayRange } from './period.ts';

export interface FormII06aCounts {
  /** (3) */ received: number;
  /** (4) */ receivedOnline: number;
  /** (5) */ receivedInPersonOrPost: number;
  /** (6) */ carriedOver: number;
  /** (7) */ resolved: number;
  /** (8) */ resolvedEarly: number;
  /** (9) */ resolvedOnTime: number;
  /** (10) */ resolvedOverdue: number;
  /** (11) */ inProgress: number;
  /** (12) */ inProgressWithinDeadline: number;
  /** (13) */ inProgressOverdue: number;
}

/** Column number → key, for printers and for tests that speak in column numbers. */
export const FORM_II06A_COLUMN_KEYS: Readonly<Record<3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13, keyof FormII06aCounts>> = {
  3: 'received',
  4: 'receivedOnline',
  5: 'receivedInPersonOrPost',
  6: 'carriedOver',
  7: 'resolved',
  8: 'resolvedEarly',
  9: 'resolvedOnTime',
  10: 'resolvedOverdue',
  11: 'inProgress',
  12: 'inProgressWithinDeadline',
  13: 'inProgressOverdue',
};

export interface FormII06aRow {
  /** Column (1), 1-based. */
  order: number;
  /** Field name or unit code. */
  key: string;
  /** Column (2). */
  name: string;
  counts: FormII06aCounts;
}

export interface FormII06a {
  period: DayRange;
  groupBy: 'field' | 'unit';
  rows: FormII06aRow[];
  total: FormII06aCounts;
}

export interface FormII06aOptions {
  asOf: LocalMinute;
  /** Default 'field'. */
  groupBy?: 'field' | 'unit';
  /** Display names for keys (unit code → unit name); keys without one print as they are. */
  names?: Readonly<Record<string, string>>;
  /** Keys listed even with no dossier (e.g. every field of the catalog), as rows of zeros. */
  include?: readonly string[];
}

export function emptyFormII06aCounts(): FormII06aCounts {
  return {
    received: 0,
    receivedOnline: 0,
    receivedInPersonOrPost: 0,
    carriedOver: 0,
    resolved: 0,
    resolvedEarly: 0,
    resolvedOnTime: 0,
    resolvedOverdue: 0,
    inProgress: 0,
    inProgressWithinDeadline: 0,
    inProgressOverdue: 0,
  };
}

/** Adds one handled dossier to a row. */
export function addToFormII06a(counts: FormII06aCounts, handled: HandledDossier): void {
  counts.received += 1;
  if (handled.intake === 'online') counts.receivedOnline += 1;
  else if (handled.intake === 'carriedOver') counts.carriedOver += 1;
  else counts.receivedInPersonOrPost += 1;

  const { outcome } = handled;
  if (!outcome.ended) {
    counts.inProgress += 1;
    if (outcome.overdue) counts.inProgressOverdue += 1;
    else counts.inProgressWithinDeadline += 1;
    return;
  }
  counts.resolved += 1;
  const timing = outcome.endKind === 'withdrawn' ? 'onTime' : outcome.timing;
  if (timing === 'early') counts.resolvedEarly += 1;
  else if (timing === 'onTime') counts.resolvedOnTime += 1;
  else counts.resolvedOverdue += 1;
}

function keyOf(dossier: DossierState, groupBy: 'field' | 'unit'): string {
  return groupBy === 'field' ? dossier.field : dossier.unitCode;
}

export function buildFormII06a(dossiers: readonly DossierState[], period: DayRange, options: FormII06aOptions): FormII06a {
  const context = classifyContext(period, options.asOf);
  const groupBy = options.groupBy ?? 'field';
  const groups = new Map<string, FormII06aCounts>();
  for (const key of options.include ?? []) groups.set(key, emptyFormII06aCounts());
  const total = emptyFormII06aCounts();

  for (const dossier of dossiers) {
    const handled = classifyDossier(dossier, context);
    if (handled === undefined) continue;
    const key = keyOf(dossier, groupBy);
    let row = groups.get(key);
    if (row === undefined) {
      row = emptyFormII06aCounts();
      groups.set(key, row);
    }
    addToFormII06a(row, handled);
    addToFormII06a(total, handled);
  }

  return formII06aFromGroups(groups, total, period, groupBy, options.names);
}

/** The form from per-key counts (also built by report SQL): rows in Vietnamese alphabetical order of their names. */
export function formII06aFromGroups(
  groups: ReadonlyMap<string, FormII06aCounts>,
  total: FormII06aCounts,
  period: DayRange,
  groupBy: 'field' | 'unit',
  names: Readonly<Record<string, string>> = {},
): FormII06a {
  const nameOf = (key: string): string => names[key] ?? key;
  const keys = [...groups.keys()].sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'vi'));
  const rows = keys.map((key, index) => ({ order: index + 1, key, name: nameOf(key), counts: groups.get(key)! }));
  return { period: { from: period.from, to: period.to }, groupBy, rows, total };
}

function countCells(counts: FormII06aCounts): string[] {
  return ([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13] as const).map((column) => formatInteger(counts[FORM_II06A_COLUMN_KEYS[column]]));
}

/** The 13 printed cells of a row: "1", "Hộ tịch", "1.913", … */
export function formII06aRowCells(row: FormII06aRow): string[] {
  return [String(row.order), row.name, ...countCells(row.counts)];
}

/** The 13 printed cells of the total row (TT left empty). */
export function formII06aTotalCells(form: FormII06a): string[] {
  return ['', FORM_II06A_TEXT.totalRow, ...countCells(form.total)];
}
