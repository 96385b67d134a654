/**
 * A PAKN's notices to its sender and their attempts (w3-reply): whoever may read the PAKN; the
 * sender's address, and what mail servers answered about it, only to those who see the sender's
 * personal data (the city supervisor reads the PAKN masked, so the notices too).
 */
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { canSeeSenderData } from '../../domain/policy/policy.ts';
import { loadReadablePakn } from '../pakn/load-pakn.ts';
import { noticesOf } from './notices.queries.ts';

export async function listPaknNotices(ctx: AppContext, user: CurrentUser, code: string) {
  const loaded = await loadReadablePakn(ctx, user, code);
  const rows = await noticesOf(ctx.db, { paknCode: code });
  if (canSeeSenderData(user, loaded.scope)) return rows;
  return rows.map((row) => ({ ...row, recipient: '', lastError: null, attemptList: row.attemptList.map((a) => ({ ...a, reason: null })) }));
}
