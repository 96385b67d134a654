/**
 * What anyone may see without signing in (docs/pakn.md §4): the published PAKN and one PAKN by
 * its code, both only through the pure core's allow-list (publicView); the units that take PAKN.
 */
import { publicView, type PaknPublicView } from '../../domain/pakn/public-view.ts';
import type { AppContext } from '../../platform/context.ts';
import { paknNotFound } from './load-pakn.ts';
import { findPaknState, listPublishedPakn, listReceivingUnits } from './pakn.queries.ts';

export async function listPublishedAnswers(ctx: AppContext, filter: { unitCode?: string; page: number; pageSize: number }): Promise<{ total: number; items: PaknPublicView[] }> {
  const { total, states } = await listPublishedPakn(ctx.db, filter);
  return { total, items: states.map(publicView) };
}

export async function followPakn(ctx: AppContext, code: string): Promise<PaknPublicView> {
  const state = await findPaknState(ctx.db, code.trim().toUpperCase());
  if (!state) throw paknNotFound(code);
  return publicView(state);
}

export function receivingUnits(ctx: AppContext): Promise<Array<{ code: string; name: string }>> {
  return listReceivingUnits(ctx.db);
}
