/** Zod schemas shared by the routes: Vietnamese-validated inputs and the response shapes. */
import { z } from 'zod';
import { instantFromLocalMinute, localMinuteFromInstant, parseIsoLocalDateTime, type LocalMinute } from '../../domain/calendar/local-time.ts';
import { PASSWORD_LENGTH } from '../users/users.store.ts';

/** CCCD / số định danh cá nhân: exactly 12 digits. */
export const cccdSchema = z.string().trim().regex(/^\d{12}$/, { error: 'số CCCD/định danh cá nhân phải gồm đúng 12 chữ số' });
/** Vietnamese phone numbers: 0 + 9 or 10 digits, or +84 + 9 digits. */
export const phoneSchema = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s.-]/g, ''))
  .pipe(z.string().regex(/^(0\d{9,10}|\+84\d{9})$/, { error: 'số điện thoại phải có 10–11 chữ số, bắt đầu bằng 0 hoặc +84' }));

export const emailSchema = z.string().trim().max(200).pipe(z.email({ error: 'địa chỉ email không hợp lệ' }));

/**
 * A time given by a client: `YYYY-MM-DDTHH:mm` local time, or ISO 8601 with an offset
 * (`2026-02-13T16:00:00+07:00`). Becomes local minutes.
 */
export const localTimeSchema = z
  .string()
  .trim()
  .max(40)
  .transform((text, ctx): LocalMinute => {
    const local = parseIsoLocalDateTime(text);
    if (local !== undefined) return local;
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) {
      const ms = Date.parse(text);
      if (!Number.isNaN(ms)) return localMinuteFromInstant(ms);
    }
    ctx.addIssue({ code: 'custom', message: 'thời điểm phải có dạng YYYY-MM-DDTHH:mm, ví dụ 2026-02-13T16:00' });
    return z.NEVER;
  });

/** A password being set (a new account, a change, a reset). */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_LENGTH.min, { error: `mật khẩu phải có ít nhất ${PASSWORD_LENGTH.min} ký tự` })
  .max(PASSWORD_LENGTH.max, { error: `mật khẩu dài tối đa ${PASSWORD_LENGTH.max} ký tự` });

/** A recorded instant (to the second) in responses: `2026-11-23T15:04:05+07:00`. */
export function isoInstantWithOffset(at: Date): string {
  return `${new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
}

/** Times in responses: ISO 8601 with the Vietnamese offset. */
export function isoWithOffset(minute: LocalMinute | undefined): string | null {
  if (minute === undefined) return null;
  return `${new Date(instantFromLocalMinute(minute) + 7 * 3_600_000).toISOString().slice(0, 16)}:00+07:00`;
}

export const errorResponseSchema = z.object({
  error: z.string(),
  message: z.string(),
  field: z.string().optional(),
});

export const applicantInputSchema = z.object({
  kind: z.enum(['individual', 'organization']).default('individual'),
  name: z.string().trim().min(1, { error: 'họ tên người nộp không được để trống' }).max(300),
  idNumber: z.string().trim().optional(),
  address: z.string().trim().max(500).optional(),
  phone: phoneSchema.optional(),
  email: emailSchema.optional(),
}).superRefine((value, ctx) => {
  if (value.kind === 'individual' && value.idNumber !== undefined && !/^\d{12}$/.test(value.idNumber)) {
    ctx.addIssue({ code: 'custom', path: ['idNumber'], message: 'số CCCD/định danh cá nhân phải gồm đúng 12 chữ số' });
  }
  if (value.kind === 'organization' && value.idNumber !== undefined && !/^\d{10}(-\d{3})?$/.test(value.idNumber)) {
    ctx.addIssue({ code: 'custom', path: ['idNumber'], message: 'mã số thuế của tổ chức phải gồm 10 chữ số (hoặc 10 chữ số, dấu gạch và 3 chữ số)' });
  }
});
