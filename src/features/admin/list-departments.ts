/** The departments and vertical agencies of a unit, by code. */
import type { AppContext } from '../../platform/context.ts';
import { listDepartments, type DepartmentRow } from './units.store.ts';

export function listDepartmentsOf(ctx: AppContext, unitCode: string): Promise<DepartmentRow[]> {
  return listDepartments(ctx.db, unitCode);
}
