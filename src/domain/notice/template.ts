/**
 * Notice templates: per unit, per kind, per channel. E-mail has a subject and a body; SMS a body;
 * Zalo ZNS sends only the id of a template Zalo approved and typed parameters, each capped.
 * A unit's edited template replaces the default of its kind and channel (defaults.ts).
 */
import { z } from 'zod';
import { noticeKindSchema, type NoticeChannel, type NoticeKind } from './kinds.ts';
import { isTruncatable, placeholderProblem, type NoticeValues, type PlaceholderName } from './placeholders.ts';
import { parseTemplate, renderTemplateText } from './template-text.ts';
import { smsLength, type SmsLength } from './sms.ts';

/** Zalo's limit on the content of a ZNS template. */
export const ZNS_MAX_CHARS = 400;
export const EMAIL_SUBJECT_MAX = 200;
export const EMAIL_BODY_MAX = 5000;
export const SMS_BODY_MAX = 640;

export interface EmailTemplate {
  channel: 'email';
  kind: NoticeKind;
  subject: string;
  body: string;
}

export interface SmsTemplate {
  channel: 'sms';
  kind: NoticeKind;
  body: string;
}

export interface ZaloParam {
  /** Parameter name in the approved ZNS template (`ma_ho_so`). */
  key: string;
  /** Its value: template text with placeholders, usually one ("{maHoSo}"). */
  value: string;
  /** Zalo's cap for the parameter's type (e.g. 30 for a code). */
  maxLength: number;
}

export interface ZaloTemplate {
  channel: 'zalo';
  kind: NoticeKind;
  /** Id Zalo gave the approved template; empty until the unit has one (the kind is then not sent by Zalo). */
  templateId: string;
  params: ZaloParam[];
  /** The approved wording with `<key>` for each parameter: documents the template and bounds its length. */
  sample: string;
}

export type NoticeTemplate = EmailTemplate | SmsTemplate | ZaloTemplate;

// ─── Validation of a leader's edit ──────────────────────────────────────────

const oneLine = (text: string): boolean => !/[\r\n]/u.test(text);

const zaloParamSchema = z.object({
  key: z
    .string({ error: 'Thiếu tên tham số Zalo.' })
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,29}$/u, 'Tên tham số Zalo chỉ gồm chữ thường không dấu, chữ số và dấu gạch dưới, tối đa 30 ký tự, ví dụ ma_ho_so.'),
  value: z.string({ error: 'Thiếu nội dung tham số.' }).trim().min(1, 'Nội dung tham số không được để trống.').max(ZNS_MAX_CHARS, `Nội dung tham số tối đa ${ZNS_MAX_CHARS} ký tự.`),
  maxLength: z
    .number({ error: 'Độ dài tối đa của tham số phải là một số.' })
    .int('Độ dài tối đa của tham số phải là số nguyên.')
    .min(1, 'Độ dài tối đa của tham số ít nhất là 1.')
    .max(ZNS_MAX_CHARS, `Độ dài tối đa của tham số không quá ${ZNS_MAX_CHARS}.`),
});

const templateShapeSchema = z.discriminatedUnion(
  'channel',
  [
    z.object({
      channel: z.literal('email'),
      kind: noticeKindSchema,
      subject: z
        .string({ error: 'Thiếu tiêu đề thư.' })
        .trim()
        .min(1, 'Tiêu đề thư không được để trống.')
        .max(EMAIL_SUBJECT_MAX, `Tiêu đề thư tối đa ${EMAIL_SUBJECT_MAX} ký tự.`)
        .refine(oneLine, 'Tiêu đề thư chỉ được viết trên một dòng.'),
      body: z.string({ error: 'Thiếu nội dung thư.' }).trim().min(1, 'Nội dung thư không được để trống.').max(EMAIL_BODY_MAX, `Nội dung thư tối đa ${EMAIL_BODY_MAX} ký tự.`),
    }),
    z.object({
      channel: z.literal('sms'),
      kind: noticeKindSchema,
      body: z.string({ error: 'Thiếu nội dung tin nhắn.' }).trim().min(1, 'Nội dung tin nhắn không được để trống.').max(SMS_BODY_MAX, `Nội dung tin nhắn tối đa ${SMS_BODY_MAX} ký tự.`),
    }),
    z.object({
      channel: z.literal('zalo'),
      kind: noticeKindSchema,
      templateId: z.string({ error: 'Thiếu mã mẫu ZNS.' }).trim().regex(/^\d{0,20}$/u, 'Mã mẫu ZNS là dãy số Zalo cấp khi duyệt mẫu (để trống nếu chưa có).'),
      params: z.array(zaloParamSchema).min(1, 'Mẫu ZNS cần ít nhất một tham số.').max(20, 'Mẫu ZNS có tối đa 20 tham số.'),
      sample: z.string({ error: 'Thiếu nội dung mẫu đã đăng ký với Zalo.' }).trim().min(1, 'Hãy chép nội dung mẫu đã đăng ký với Zalo (các tham số viết <ten_tham_so>).'),
    }),
  ],
  { error: 'Kênh gửi thông báo không hợp lệ (thư điện tử, SMS hoặc Zalo).' },
);

/** The texts of a template that hold placeholders, with the field each sits in. */
function textsOf(template: NoticeTemplate): Array<{ path: (string | number)[]; text: string }> {
  switch (template.channel) {
    case 'email':
      return [
        { path: ['subject'], text: template.subject },
        { path: ['body'], text: template.body },
      ];
    case 'sms':
      return [{ path: ['body'], text: template.body }];
    case 'zalo':
      return template.params.map((p, i) => ({ path: ['params', i, 'value'], text: p.value }));
  }
}

/** The sample of a ZNS template with every parameter at its cap: the longest message it can give. */
export function znsLongestLength(template: Pick<ZaloTemplate, 'params' | 'sample'>): number {
  const caps = new Map(template.params.map((p) => [p.key, p.maxLength]));
  return template.sample.replace(/<([a-z0-9_]+)>/gu, (whole, key: string) => 'x'.repeat(caps.get(key) ?? whole.length)).length;
}

function checkZalo(template: ZaloTemplate, ctx: z.RefinementCtx): void {
  const keys = template.params.map((p) => p.key);
  keys.forEach((key, i) => {
    if (keys.indexOf(key) !== i) ctx.addIssue({ code: 'custom', path: ['params', i, 'key'], message: `Tham số "${key}" bị lặp lại.` });
  });
  const inSample = [...template.sample.matchAll(/<([a-z0-9_]+)>/gu)].map((m) => m[1]!);
  for (const key of inSample) {
    if (!keys.includes(key)) ctx.addIssue({ code: 'custom', path: ['sample'], message: `Nội dung mẫu có tham số <${key}> nhưng chưa khai báo giá trị cho nó.` });
  }
  template.params.forEach((p, i) => {
    if (!inSample.includes(p.key)) ctx.addIssue({ code: 'custom', path: ['params', i, 'key'], message: `Tham số "${p.key}" không có trong nội dung mẫu đã đăng ký (<${p.key}>).` });
  });
  const longest = znsLongestLength(template);
  if (longest > ZNS_MAX_CHARS) {
    ctx.addIssue({
      code: 'custom',
      path: ['sample'],
      message: `Khi các tham số dài tối đa, tin ZNS dài ${longest} ký tự, vượt giới hạn ${ZNS_MAX_CHARS} ký tự của Zalo: hãy giảm độ dài tối đa của tham số hoặc rút gọn nội dung mẫu.`,
    });
  }
}

/** A leader's edited template, checked: shape, placeholders known and allowed for its kind and channel, ZNS limits. */
export const noticeTemplateSchema = templateShapeSchema.superRefine((template, ctx) => {
  for (const { path, text } of textsOf(template)) {
    const parsed = parseTemplate(text);
    for (const error of parsed.errors) ctx.addIssue({ code: 'custom', path, message: error });
    for (const name of parsed.placeholders) {
      const problem = placeholderProblem(name, template.kind, template.channel);
      if (problem) ctx.addIssue({ code: 'custom', path, message: problem });
    }
  }
  if (template.channel === 'zalo') checkZalo(template, ctx);
});

// ─── Rendering ──────────────────────────────────────────────────────────────

export type RenderedNotice =
  | { channel: 'email'; subject: string; text: string }
  | { channel: 'sms'; text: string; length: SmsLength }
  | { channel: 'zalo'; templateId: string; data: Record<string, string> };

export type NoticeRenderResult =
  | { ok: true; message: RenderedNotice }
  | {
      ok: false;
      /** Vietnamese: syntax, unknown or disallowed placeholders, over-long values. */
      problems: string[];
      missing: PlaceholderName[];
    };

const ELLIPSIS = '…';

function fitZaloParam(param: ZaloParam, value: string, names: PlaceholderName[]): { value: string } | { problem: string } {
  if (value.length <= param.maxLength) return { value };
  if (names.length > 0 && names.every(isTruncatable)) return { value: value.slice(0, param.maxLength - 1).trimEnd() + ELLIPSIS };
  return { problem: `Giá trị của tham số Zalo "${param.key}" dài ${value.length} ký tự, vượt độ dài tối đa ${param.maxLength}.` };
}

/**
 * Fills a template with a notice's values. Refuses (ok: false) when a placeholder is unknown, not
 * allowed for the template's kind or channel, or has no value, and when a code, date or link does
 * not fit its Zalo parameter; free texts too long for a Zalo parameter are shortened with "…".
 */
export function renderNotice(template: NoticeTemplate, values: NoticeValues): NoticeRenderResult {
  const problems: string[] = [];
  const missing = new Set<PlaceholderName>();
  const fill = (text: string): string => {
    const parsed = parseTemplate(text);
    for (const name of parsed.placeholders) {
      const problem = placeholderProblem(name, template.kind, template.channel);
      if (problem) problems.push(problem);
    }
    const result = renderTemplateText(text, values);
    if (result.ok) return result.text;
    problems.push(...result.errors);
    for (const name of result.missing) missing.add(name);
    return result.preview;
  };
  let message: RenderedNotice;
  switch (template.channel) {
    case 'email':
      message = { channel: 'email', subject: fill(template.subject).replace(/\s+/gu, ' ').trim(), text: fill(template.body) };
      break;
    case 'sms': {
      const text = fill(template.body);
      message = { channel: 'sms', text, length: smsLength(text) };
      break;
    }
    case 'zalo': {
      const data: Record<string, string> = {};
      for (const param of template.params) {
        const fitted = fitZaloParam(param, fill(param.value), parseTemplate(param.value).placeholders);
        if ('problem' in fitted) problems.push(fitted.problem);
        else data[param.key] = fitted.value;
      }
      message = { channel: 'zalo', templateId: template.templateId, data };
      break;
    }
  }
  if (problems.length > 0 || missing.size > 0) return { ok: false, problems: [...new Set(problems)], missing: [...missing] };
  return { ok: true, message };
}

/** The template in force for a kind and channel: the unit's own, else the default. */
export function templateFor<C extends NoticeChannel>(
  kind: NoticeKind,
  channel: C,
  unitTemplates: readonly NoticeTemplate[],
  defaults: readonly NoticeTemplate[],
): Extract<NoticeTemplate, { channel: C }> | undefined {
  const match = (t: NoticeTemplate): t is Extract<NoticeTemplate, { channel: C }> => t.kind === kind && t.channel === channel;
  return unitTemplates.find(match) ?? defaults.find(match);
}

/** Can a template be sent at all? A ZNS template needs the id Zalo gave it. */
export function templateUsable(template: NoticeTemplate | undefined): boolean {
  return template !== undefined && (template.channel !== 'zalo' || template.templateId !== '');
}
