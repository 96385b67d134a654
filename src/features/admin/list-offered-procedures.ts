/** The procedures of the catalog in force today, each marked whether the unit offers it (all: never narrowed). */
import { dayOf } from '../../domain/calendar/local-time.ts';
import { allProcedures, findProcedure } from '../../domain/catalog/catalog.ts';
import type { AppContext } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { findUnit } from '../../platform/units/units.queries.ts';
import { offeredProcedures } from '../catalog/unit-procedures.ts';

export interface OfferedList {
  all: boolean;
  items: Array<{ code: string; name: string; field: string; offered: boolean }>;
}

export async function listOfferedProcedures(ctx: AppContext, unitCode: string): Promise<OfferedList> {
  if (!(await findUnit(ctx.db, unitCode))) throw notFound(`Không tìm thấy đơn vị ${unitCode}.`);
  const offered = await offeredProcedures(ctx.db, unitCode);
  const today = dayOf(ctx.now());
  const inForce = allProcedures().filter((p) => findProcedure(p.code, today) === p);
  return {
    all: offered.kind === 'all',
    items: inForce.map((p) => ({ code: p.code, name: p.name, field: p.field.name, offered: offered.kind === 'all' || offered.codes.has(p.code) })),
  };
}
