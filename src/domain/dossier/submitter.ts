/**
 * The person who brings a dossier to the desk when it is not the applicant (issue 15 item 5):
 * a person the applicant authorised (người được ủy quyền), or the representative of an
 * organisation (người đại diện, with their title). Recorded in the reception event, shown on
 * the dossier page and printed on Mẫu 01 ("Người nộp hồ sơ").
 */
import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);

export const SUBMITTER_KINDS = ['authorised', 'representative'] as const;
export type SubmitterKind = (typeof SUBMITTER_KINDS)[number];

export const SUBMITTER_KIND_NAMES: Record<SubmitterKind, string> = {
  authorised: 'Người được ủy quyền',
  representative: 'Người đại diện',
};

/** As the reception event stores it. The rules between fields are `submitterProblem`'s. */
export const submitterSchema = z.object({
  kind: z.enum(SUBMITTER_KINDS),
  name: text(300),
  /** CCCD / số định danh (12 digits) or an old CMND (9 digits). */
  idNumber: z.string().trim().max(20).optional(),
  phone: z.string().trim().max(20).optional(),
  /** Authorised person: how they relate to the applicant (con, vợ, hàng xóm…). */
  relationship: z.string().trim().max(200).optional(),
  /** Authorised person: the authorisation paper (số, ngày văn bản ủy quyền). */
  authorisation: z.string().trim().max(500).optional(),
  /** Representative: their title in the organisation (chức vụ). */
  title: z.string().trim().max(200).optional(),
});
export type Submitter = z.infer<typeof submitterSchema>;

/** An identity number a person shows at the desk: a CCCD (12 digits) or an old CMND (9 digits). */
export function isPersonalIdNumber(value: string): boolean {
  return /^(\d{9}|\d{12})$/.test(value);
}

export interface SubmitterProblem {
  field: string;
  reason: string;
}

/**
 * What is wrong with a submitter for this applicant, in Vietnamese (undefined: nothing). An
 * organisation's representative only for an organisation, with a title; an authorised person
 * with their ID number and the authorisation paper or their relationship to the applicant.
 */
export function submitterProblem(applicantKind: 'individual' | 'organization', submitter: Submitter | undefined): SubmitterProblem | undefined {
  if (!submitter) return undefined;
  const at = (field: string, reason: string): SubmitterProblem => ({ field: `submitter.${field}`, reason });
  if (submitter.idNumber !== undefined && !isPersonalIdNumber(submitter.idNumber)) {
    return at('idNumber', 'Số CCCD của người nộp thay phải gồm 12 chữ số (hoặc 9 chữ số của chứng minh nhân dân cũ).');
  }
  if (submitter.kind === 'representative') {
    if (applicantKind !== 'organization') return at('kind', 'Người đại diện chỉ ghi khi người nộp hồ sơ là tổ chức; nộp thay cá nhân là người được ủy quyền.');
    if (!submitter.title) return at('title', 'Hãy ghi chức vụ của người đại diện tổ chức.');
    return undefined;
  }
  if (!submitter.idNumber) return at('idNumber', 'Hãy ghi số CCCD của người được ủy quyền nộp hồ sơ.');
  if (!submitter.authorisation && !submitter.relationship) {
    return at('authorisation', 'Hãy ghi văn bản ủy quyền (số, ngày) hoặc quan hệ của người nộp thay với người có hồ sơ.');
  }
  return undefined;
}
