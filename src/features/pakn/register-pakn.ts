/**
 * Entering a PAKN in the register (sổ tiếp nhận, NĐ 20 art. 9): by the one-stop desk from any
 * channel, or by a citizen through the public form. The domain decides (decidePakn); the store
 * allocates the code and writes the event and the read model in one transaction.
 */
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import type { Concerns, PaknEventInput, Sender } from '../../domain/pakn/events.ts';
import type { PaknChannel, PaknKind } from '../../domain/pakn/labels.ts';
import type { PaknState } from '../../domain/pakn/state.ts';
import { canRegisterPakn } from '../../domain/policy/policy.ts';
import type { Actor } from '../../domain/dossier/events.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { badRequest, forbidden } from '../../platform/errors.ts';
import { findDepartment, findUnit } from '../../platform/units/units.queries.ts';
import { isActiveOfficerOfUnit } from './pakn.queries.ts';
import { recordPaknHistory } from './record-pakn-history.ts';
import { noticePreferencesFromInput, type NoticeChoiceInput } from '../notices/reception-notices.ts';
import { recordPaknPreferences } from '../notices/write-pakn-notices.ts';
import { EMPTY_PREFERENCES, PAKN_CONSENT_VERSION } from '../../domain/notice/index.ts';

export interface PaknRegistration {
  channel: PaknChannel;
  kind: PaknKind;
  sender: Sender;
  title?: string | undefined;
  content: string;
  concerns?: Concerns | undefined;
  /** When the unit received it; default now (a letter entered the next morning keeps its day). */
  receivedAt?: LocalMinute | undefined;
  externalCode?: string | undefined;
  transferredFrom?: string | undefined;
  /** w3-reply: the sender's consent to be told (answer, not accepted, forwarded) per channel, and the preferred one. */
  notices?: NoticeChoiceInput | undefined;
}

/** The officer and department a PAKN names must be the unit's: a typo would point at nobody. */
async function checkConcerns(ctx: AppContext, unitCode: string, concerns: Concerns | undefined): Promise<void> {
  if (concerns?.officerId && !(await isActiveOfficerOfUnit(ctx.db, concerns.officerId, unitCode))) {
    throw badRequest('Cán bộ bị phản ánh không phải cán bộ đang làm việc của đơn vị. Hãy chọn cán bộ trong danh sách.', 'concerns.officerId');
  }
  if (concerns?.departmentCode && !(await findDepartment(ctx.db, unitCode, concerns.departmentCode))) {
    throw badRequest(`Đơn vị không có phòng, cơ quan "${concerns.departmentCode}".`, 'concerns.departmentCode');
  }
}

/** Registers a PAKN into `unitCode` as `actor`, with any events that follow at once (an import's history). */
export async function registerPaknAs(ctx: AppContext, unitCode: string, actor: Actor, input: PaknRegistration, source?: string, followUps: readonly PaknEventInput[] = []): Promise<PaknState> {
  const now = ctx.now();
  const { calendar } = await ctx.calendars.forUnit(unitCode);
  const registered: PaknEventInput = {
    type: 'registered',
    at: now,
    actor,
    ...(source ? { source } : {}),
    unitCode,
    channel: input.channel,
    kind: input.kind,
    sender: input.sender,
    ...(input.title ? { title: input.title } : {}),
    content: input.content,
    concerns: input.concerns ?? {},
    receivedAt: input.receivedAt ?? now,
    ...(input.externalCode ? { externalCode: input.externalCode } : {}),
    ...(input.transferredFrom ? { transferredFrom: input.transferredFrom } : {}),
  };
  const preferences = noticePreferencesFromInput(input.notices, now, actor.id, EMPTY_PREFERENCES, PAKN_CONSENT_VERSION);
  return recordPaknHistory(ctx.db, calendar, [registered, ...followUps], (tx, _events, state) => recordPaknPreferences(tx, state.code, preferences));
}

/** The desk registers a PAKN of its own unit, from any channel but the public form. */
export async function registerPakn(ctx: AppContext, user: CurrentUser, input: PaknRegistration): Promise<PaknState> {
  if (!canRegisterPakn(user)) throw forbidden('Chỉ công chức tiếp nhận (một cửa) được vào sổ phản ánh, kiến nghị.');
  if (input.receivedAt !== undefined && input.receivedAt > ctx.now()) throw badRequest('Thời điểm tiếp nhận không được sau thời điểm hiện tại.', 'receivedAt');
  await checkConcerns(ctx, user.unitCode, input.concerns);
  return registerPaknAs(ctx, user.unitCode, { id: user.id, role: user.role }, input);
}

/** A citizen's PAKN from the public form (no login), into a unit that exists and is active. */
export async function submitPublicPakn(ctx: AppContext, unitCode: string, input: Omit<PaknRegistration, 'channel' | 'receivedAt' | 'externalCode' | 'transferredFrom'>): Promise<PaknState> {
  const unit = await findUnit(ctx.db, unitCode);
  if (!unit) throw badRequest('Không tìm thấy đơn vị nhận phản ánh, kiến nghị. Hãy chọn đơn vị trong danh sách.', 'unitCode');
  return registerPaknAs(ctx, unitCode, { id: 'cong-dan', role: 'citizen' }, { ...input, concerns: input.concerns ?? {}, channel: 'public_form' });
}
