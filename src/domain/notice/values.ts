/**
 * The values of a notice's placeholders, from the dossier's state, the event's facts and the
 * unit. Free texts an officer typed (reasons, papers) are shown to the citizen, with the
 * applicant's personal values masked except those the channel was given (the name by e-mail).
 */
import type { DossierState } from '../dossier/state.ts';
import { formatMoney } from '../format/index.ts';
import { DEFAULT_COLLECTION_PLACE, RESULT_COLLECTION } from '../lookup/labels-vi.ts';
import { personalDataMasker } from '../lookup/redact.ts';
import { publicTime } from '../lookup/view.ts';
import { lookupUrl } from '../lookup/token.ts';
import type { NoticeChannel } from './kinds.ts';
import type { NoticeValues } from './placeholders.ts';
import type { NoticeIntent } from './triggers.ts';

export interface NoticeUnit {
  /** "UBND phường Gia Viên" */
  name: string;
  /** The unit's public address (base of lookup links), when set. */
  publicBaseUrl?: string;
  /** The center's phone for guidance (Mẫu 02's contactPhone). */
  contactPhone?: string;
  collectionPlace?: string;
}

export interface NoticeContext {
  unit: NoticeUnit;
  /** The dossier's lookup token, when it has one. */
  lookupToken?: string;
}

const when = (minute: number | undefined): string | undefined => (minute === undefined ? undefined : publicTime(minute).text);

export function contactLine(unit: NoticeUnit): string {
  return unit.contactPhone ? `Bộ phận Một cửa, điện thoại ${unit.contactPhone}` : 'Bộ phận Một cửa';
}

function collection(state: DossierState, intent: NoticeIntent, unit: NoticeUnit): string {
  const place = unit.collectionPlace ?? DEFAULT_COLLECTION_PLACE;
  if (state.channel === 'post') return RESULT_COLLECTION.post;
  return intent.electronic ? RESULT_COLLECTION.electronic(place) : RESULT_COLLECTION.desk(place);
}

/** Every placeholder value a notice of this intent has; the others stay undefined (missing). */
export function noticeValues(intent: NoticeIntent, state: DossierState, context: NoticeContext, channel: NoticeChannel): NoticeValues {
  const { unit } = context;
  // The name was given by the citizen to the desk, and e-mail may carry it; nothing else may.
  const mask = personalDataMasker(channel === 'email' ? { ...state.applicant, name: '' } : state.applicant);
  const values: NoticeValues = {
    maHoSo: state.code,
    tenThuTuc: state.procedureName,
    tenDonVi: unit.name,
    lienHe: contactLine(unit),
  };
  if (context.lookupToken && unit.publicBaseUrl) {
    values.duongDanTraCuu = lookupUrl(unit.publicBaseUrl, context.lookupToken);
    values.maTraCuu = context.lookupToken;
  }
  if (channel === 'email' && state.applicant.name) values.hoTen = state.applicant.name;
  if (intent.reason !== undefined) values.lyDo = mask(intent.reason);
  switch (intent.kind) {
    case 'receipt':
      values.ngayTiepNhan = when(state.receivedAt);
      values.ngayHenTra = when(state.appointmentDueAt);
      values.phiLePhi = state.feeAmount > 0 ? formatMoney(state.feeAmount) : 'Không thu phí, lệ phí';
      break;
    case 'supplement_request':
      values.danhSachBoSung = (intent.items ?? []).length > 0 ? intent.items!.map((item, i) => `${i + 1}. ${mask(item)}`).join('\n') : values.lyDo;
      break;
    case 'extension':
      values.ngayTiepNhan = when(state.receivedAt);
      values.ngayHenTra = when(intent.newDueAt);
      values.ngayHenTraCu = when(intent.previousDueAt);
      break;
    case 'result_ready':
      values.noiNhanKetQua = collection(state, intent, unit);
      values.phiLePhi = state.feeAmount > 0 ? formatMoney(state.feeAmount) : 'Không thu phí, lệ phí';
      break;
    default:
      break;
  }
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as NoticeValues;
}
