/** The reply letter of a PAKN the user may read, as DOCX (documents/pakn/reply-letter.ts). */
import { buildPaknReplyLetter, ReplyNotReadyError } from '../../documents/pakn/reply-letter.ts';
import { renderDocx } from '../../documents/render-docx.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { findUnit } from '../../platform/units/units.queries.ts';
import { loadReadablePakn } from './load-pakn.ts';

export async function renderReplyLetter(ctx: AppContext, user: CurrentUser, code: string): Promise<{ fileName: string; bytes: Buffer }> {
  const loaded = await loadReadablePakn(ctx, user, code);
  const unit = await findUnit(ctx.db, loaded.state.unitCode);
  const parent = unit?.parentCode ? await findUnit(ctx.db, unit.parentCode) : undefined;
  try {
    const document = buildPaknReplyLetter(loaded.state, { code: loaded.state.unitCode, name: unit?.name ?? loaded.state.unitCode, settings: unit?.settings ?? {}, parentName: parent?.name });
    return { fileName: `${document.fileName}.docx`, bytes: await renderDocx(document) };
  } catch (error) {
    if (error instanceof ReplyNotReadyError) throw new AppError('conflict', error.message);
    throw error;
  }
}
