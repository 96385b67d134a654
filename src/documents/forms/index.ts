/**
 * The official forms of Thông tư 03/2025/TT-VPCP (numbering of reference.md §2.1) in the layout
 * of Nghị định 30/2020 (src/documents/nd30.ts). Each dossier form is a pure function from a
 * DossierFormInput to an OfficialDocument; it throws FormNotApplicableError (HTTP 409) when the
 * dossier's history has nothing the form would record. docs/forms.md describes each form.
 */
import type { OfficialDocument } from '../model.ts';
import type { DossierFormInput } from './common.ts';
import { buildMau01 } from './mau-01.ts';
import { buildMau02 } from './mau-02.ts';
import { buildMau03 } from './mau-03.ts';
import { buildMau04 } from './mau-04.ts';
import { buildMau05 } from './mau-05.ts';
import { buildMau06 } from './mau-06.ts';

export { FormNotApplicableError, type DossierFormInput } from './common.ts';
export { buildTrackingBook, trackingBookDocument, type TrackingBook, type TrackingBookInput } from './mau-07.ts';
export { trackingBookXlsx } from './tracking-book-xlsx.ts';
export type { FormUnit } from './letterhead.ts';

export const DOSSIER_FORMS = ['mau-01', 'mau-02', 'mau-03', 'mau-04', 'mau-05', 'mau-06'] as const;
export type DossierFormName = (typeof DOSSIER_FORMS)[number];

/** Vietnamese names of the forms (TT 03/2025 numbering), for menus and the API documentation. */
export const FORM_TITLES: Record<DossierFormName | 'mau-07', string> = {
  'mau-01': 'Mẫu 01 – Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  'mau-02': 'Mẫu 02 – Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
  'mau-03': 'Mẫu 03 – Phiếu từ chối tiếp nhận giải quyết hồ sơ',
  'mau-04': 'Mẫu 04 – Phiếu xin lỗi và hẹn lại ngày trả kết quả',
  'mau-05': 'Mẫu 05 – Thông báo dừng giải quyết hồ sơ',
  'mau-06': 'Mẫu 06 – Phiếu kiểm soát quá trình giải quyết hồ sơ',
  'mau-07': 'Mẫu 07 – Sổ theo dõi hồ sơ',
};

const BUILDERS: Record<DossierFormName, (input: DossierFormInput) => OfficialDocument> = {
  'mau-01': buildMau01,
  'mau-02': buildMau02,
  'mau-03': buildMau03,
  'mau-04': buildMau04,
  'mau-05': buildMau05,
  'mau-06': buildMau06,
};

/** The form's document for this dossier; throws FormNotApplicableError when it does not apply. */
export function buildDossierForm(form: DossierFormName, input: DossierFormInput): OfficialDocument {
  return BUILDERS[form](input);
}
