/** A PAKN's notices to its sender and their attempts (whoever may read the PAKN; w3-reply). */
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { loadReadablePakn } from '../pakn/load-pakn.ts';
import { noticesOf } from './notices.queries.ts';

export async function listPaknNotices(ctx: AppContext, user: CurrentUser, code: string) {
  await loadReadablePakn(ctx, user, code);
  return noticesOf(ctx.db, { paknCode: code });
}
