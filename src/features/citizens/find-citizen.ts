/**
 * Prefill at reception (issue 15): a typed CCCD / CMND number offers the citizen's details
 * from their latest dossier in the officer's unit — only to those the policy lets see them
 * (citizenPrefillUnits), never from another unit.
 */
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { badRequest, forbidden, notFound } from '../../platform/errors.ts';
import { citizenPrefillUnits } from '../../domain/policy/policy.ts';
import { idNumberKey } from '../../domain/format/person-keys.ts';
import { isPersonalIdNumber } from '../../domain/dossier/submitter.ts';
import type { Applicant } from '../../domain/dossier/state.ts';
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import { latestDossierOfIdKey } from './citizens.queries.ts';

export interface CitizenDetails {
  /** What the reception form may be filled with (the applicant as recorded on that dossier). */
  applicant: Applicant;
  /** The dossier it comes from. */
  fromDossier: { code: string; receivedAt: LocalMinute | undefined };
}

export async function findCitizen(ctx: AppContext, user: CurrentUser, idNumber: string): Promise<CitizenDetails> {
  const units = citizenPrefillUnits(user);
  if (units.length === 0) throw forbidden('Chỉ công chức tiếp nhận của đơn vị được tra thông tin công dân từ hồ sơ trước.');
  const key = idNumberKey(idNumber);
  if (!key || !isPersonalIdNumber(key)) throw badRequest('Số CCCD phải gồm 12 chữ số (hoặc 9 chữ số của chứng minh nhân dân cũ).', 'idNumber');
  const latest = await latestDossierOfIdKey(ctx.db, units, key);
  if (!latest || latest.applicant.kind !== 'individual') throw notFound('Chưa có hồ sơ nào của người có số CCCD này tại đơn vị.');
  return { applicant: latest.applicant, fromDossier: { code: latest.code, receivedAt: latest.receivedAt } };
}
