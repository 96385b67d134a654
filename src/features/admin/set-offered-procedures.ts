/** A unit's list of offered procedures set (codes of the catalog only); receptions of others are refused. */
import { canAdministerUnit } from '../../domain/policy/policy.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { badRequest, forbidden, notFound } from '../../platform/errors.ts';
import { findUnit } from '../../platform/units/units.queries.ts';
import { catalogCodes, setOfferedProcedures } from '../catalog/unit-procedures.ts';
import { listOfferedProcedures, type OfferedList } from './list-offered-procedures.ts';

export async function setUnitProcedures(ctx: AppContext, user: CurrentUser, unitCode: string, offered: readonly string[]): Promise<OfferedList> {
  if (!canAdministerUnit(user, unitCode)) throw forbidden('Bạn không có quyền đặt danh sách thủ tục của đơn vị này.');
  const known = catalogCodes();
  const unknown = offered.filter((code) => !known.has(code));
  if (unknown.length > 0) throw badRequest(`Không có trong danh mục thủ tục: ${unknown.join(', ')}. Hãy bỏ các mã này rồi lưu lại.`, 'offered');
  if (!(await findUnit(ctx.db, unitCode))) throw notFound(`Không tìm thấy đơn vị ${unitCode}.`);
  await setOfferedProcedures(ctx.db, unitCode, [...new Set(offered)], user.id);
  return listOfferedProcedures(ctx, unitCode);
}
