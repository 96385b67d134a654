/** The reply letter of a PAKN as DOCX (documents/pakn/reply-letter.ts): for a user who may read it, and for the reply notice. */
import { buildPaknReplyLetter, ReplyNotReadyError } from '../../documents/pakn/reply-letter.ts';
import { renderDocx } from '../../documents/render-docx.ts';
import type { PaknState } from '../../domain/pakn/state.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { findUnit } from '../../platform/units/units.queries.ts';
import { loadReadablePakn } from './load-pakn.ts';

/** The letter of a resolved PAKN (throws ReplyNotReadyError before the answer); `db` may be the event's transaction. */
export async function replyLetterDocx(db: Database, state: PaknState): Promise<{ fileName: string; bytes: Buffer }> {
  const unit = await findUnit(db, state.unitCode);
  const parent = unit?.parentCode ? await findUnit(db, unit.parentCode) : undefined;
  const document = buildPaknReplyLetter(state, { code: state.unitCode, name: unit?.name ?? state.unitCode, settings: unit?.settings ?? {}, parentName: parent?.name });
  return { fileName: `${document.fileName}.docx`, bytes: await renderDocx(document) };
}

export async function renderReplyLetter(ctx: AppContext, user: CurrentUser, code: string): Promise<{ fileName: string; bytes: Buffer }> {
  const loaded = await loadReadablePakn(ctx, user, code);
  try {
    return await replyLetterDocx(ctx.db, loaded.state);
  } catch (error) {
    if (error instanceof ReplyNotReadyError) throw new AppError('conflict', error.message);
    throw error;
  }
}
