/**
 * Vietnamese messages for invalid input, naming the field: the API never answers with a
 * library's English text. One place for every validation wording, reviewable in one sitting.
 */
import type { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  object: 'đối tượng JSON',
  array: 'danh sách',
  date: 'ngày',
};

/** Where a field lives, for the message: `body.applicant.idNumber` → `applicant.idNumber`. */
export function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path.map(String).join('.') || 'dữ liệu';
}

export function issueMessage(issue: z.core.$ZodIssue): string {
  const field = fieldName(issue.path);
  // A message written on the schema itself is already Vietnamese and specific.
  if (issue.message && /[ăâđêôơư]/i.test(issue.message)) return `Trường "${field}": ${issue.message}`;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `Thiếu trường bắt buộc "${field}".`
        : `Trường "${field}" phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}.`;
    case 'too_small':
      return issue.origin === 'string'
        ? `Trường "${field}" phải có ít nhất ${String(issue.minimum)} ký tự.`
        : issue.origin === 'array'
          ? `Trường "${field}" phải có ít nhất ${String(issue.minimum)} phần tử.`
          : `Trường "${field}" phải lớn hơn hoặc bằng ${String(issue.minimum)}.`;
    case 'too_big':
      return issue.origin === 'string'
        ? `Trường "${field}" dài quá ${String(issue.maximum)} ký tự.`
        : issue.origin === 'array'
          ? `Trường "${field}" có quá ${String(issue.maximum)} phần tử.`
          : `Trường "${field}" phải nhỏ hơn hoặc bằng ${String(issue.maximum)}.`;
    case 'invalid_format':
      return `Trường "${field}" không đúng định dạng.`;
    case 'invalid_value':
      return `Trường "${field}" phải là một trong các giá trị: ${issue.values.map(String).join(', ')}.`;
    case 'unrecognized_keys':
      return `Trường không được hỗ trợ: ${issue.keys.join(', ')}.`;
    case 'invalid_union':
      return `Trường "${field}" không hợp lệ.`;
    case 'not_multiple_of':
      return `Trường "${field}" phải là bội số của ${String(issue.divisor)}.`;
    default:
      return `Trường "${field}" không hợp lệ.`;
  }
}
