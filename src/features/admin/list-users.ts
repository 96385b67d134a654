/** The accounts of a unit (the user's own, or one they administer), by username. */
import { canListUsers } from '../../domain/policy/policy.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';
import { listUsersOfUnit, type UserRow } from './users.store.ts';

export async function listUsers(ctx: AppContext, user: CurrentUser, unitCode: string): Promise<UserRow[]> {
  if (!canListUsers(user, unitCode)) throw forbidden('Bạn không có quyền xem người dùng của đơn vị này.');
  return listUsersOfUnit(ctx.db, unitCode);
}
