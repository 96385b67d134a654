/** A dossier's notices and their attempts (whoever may read the dossier), and a resend (whoever may act on its dossier or PAKN). */
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { AppError, conflict, forbidden, notFound } from '../../platform/errors.ts';
import { canActOnDossier, canActOnPakn } from '../../domain/policy/policy.ts';
import { loadReadableDossier } from '../dossiers/load-dossier.ts';
import { loadReadablePakn } from '../pakn/load-pakn.ts';
import { countNoticesWithKeyPrefix, noticeById, noticesOf, subjectOf, type NoticeSubject } from './notices.queries.ts';
import { insertNotices } from './notices.store.ts';
import type { OutboxPayload } from './write-notices.ts';
import { dateFromLocalMinute } from '../../platform/db/time.ts';
import { nextSendMinute, type NoticeChannel } from '../../domain/notice/index.ts';

export async function listDossierNotices(ctx: AppContext, user: CurrentUser, code: string) {
  await loadReadableDossier(ctx, user, code);
  return noticesOf(ctx.db, { dossierCode: code });
}

const NOT_FOUND = 'Không tìm thấy thông báo này.';

/** A notice of a dossier or PAKN the user may not read is "not found" like its subject; one they may only read is forbidden. */
async function checkMayResend(ctx: AppContext, user: CurrentUser, subject: NoticeSubject): Promise<void> {
  const hidden = (error: unknown): never => {
    throw error instanceof AppError && error.kind === 'not_found' ? notFound(NOT_FOUND) : error;
  };
  if ('paknCode' in subject) {
    const pakn = await loadReadablePakn(ctx, user, subject.paknCode).catch(hidden);
    if (!canActOnPakn(user, pakn.scope)) throw forbidden('Bạn chỉ được xem phản ánh, kiến nghị này, không được gửi lại thông báo.');
    return;
  }
  const dossier = await loadReadableDossier(ctx, user, subject.dossierCode).catch(hidden);
  if (!canActOnDossier(user, dossier.scope)) throw forbidden('Bạn chỉ được xem hồ sơ này, không được gửi lại thông báo.');
}

/** Sends a notice again as a new row (`…/resend-N`): the citizen is meant to receive it again. */
export async function resendNotice(ctx: AppContext, user: CurrentUser, id: string): Promise<void> {
  const row = await noticeById(ctx.db, id);
  if (!row) throw notFound(NOT_FOUND);
  const subject = subjectOf(row);
  await checkMayResend(ctx, user, subject);
  if (row.status === 'skipped' || !row.payload) throw conflict(`Thông báo này không được gửi (${row.skipReason ?? 'không có nội dung'}), nên không gửi lại được.`);
  if (row.status === 'queued' || row.status === 'sending' || row.status === 'failed') throw conflict('Thông báo này đang chờ gửi; không cần gửi lại.');
  const base = row.idempotencyKey.replace(/\/resend-\d+$/u, '');
  const key = `${base}/resend-${(await countNoticesWithKeyPrefix(ctx.db, subject, `${base}/resend-`)) + 1}`;
  const payload = row.payload as OutboxPayload;
  await insertNotices(ctx.db, [
    {
      idempotencyKey: key,
      unitCode: row.unitCode,
      dossierCode: row.dossierCode,
      paknCode: row.paknCode,
      eventVersion: row.eventVersion,
      kind: row.kind,
      channel: row.channel,
      recipient: row.recipient,
      payload: { ...payload, message: { ...payload.message, idempotencyKey: key } },
      status: 'queued',
      fallbacks: row.fallbacks,
      nextAttemptAt: dateFromLocalMinute(nextSendMinute(ctx.now(), row.channel as NoticeChannel)),
      createdBy: user.id,
    },
  ]);
}
