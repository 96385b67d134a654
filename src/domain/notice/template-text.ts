/**
 * The text of a template: Vietnamese with named placeholders in braces, "Hồ sơ {maHoSo} …".
 * A literal brace is written twice ("{{", "}}"). Parsing refuses unknown names outright;
 * rendering reports every placeholder whose value is missing, so the leader's preview can show
 * them all at once.
 */
import { isPlaceholderName, type NoticeValues, type PlaceholderName } from './placeholders.ts';

export type TemplatePart = { text: string } | { placeholder: PlaceholderName };

export interface ParsedTemplate {
  parts: TemplatePart[];
  /** Names used, in order of first use. */
  placeholders: PlaceholderName[];
  /** Vietnamese syntax errors and unknown names; the template is unusable when not empty. */
  errors: string[];
}

const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

export function parseTemplate(text: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const placeholders: PlaceholderName[] = [];
  const errors: string[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    const next = text[i + 1];
    if ((char === '{' && next === '{') || (char === '}' && next === '}')) {
      literal += char;
      i += 2;
      continue;
    }
    if (char === '}') {
      errors.push(`Dấu "}" ở vị trí ${i + 1} không có dấu "{" mở tương ứng (viết "}}" nếu muốn in dấu "}").`);
      i += 1;
      continue;
    }
    if (char !== '{') {
      literal += char;
      i += 1;
      continue;
    }
    const close = text.indexOf('}', i + 1);
    const open = text.indexOf('{', i + 1);
    if (close === -1 || (open !== -1 && open < close)) {
      errors.push(`Dấu "{" ở vị trí ${i + 1} chưa được đóng bằng "}" (viết "{{" nếu muốn in dấu "{").`);
      literal += char;
      i += 1;
      continue;
    }
    const name = text.slice(i + 1, close).trim();
    const problem = !NAME.test(name)
      ? `Tên biến "{${name}}" không hợp lệ: chỉ gồm chữ cái không dấu và chữ số, ví dụ {maHoSo}.`
      : !isPlaceholderName(name)
        ? `Biến {${name}} không có trong danh sách biến được phép dùng.`
        : undefined;
    if (problem || !isPlaceholderName(name)) {
      errors.push(problem!);
      // Kept as written, so that the preview shows where the mistake is.
      literal += text.slice(i, close + 1);
    } else {
      if (literal) parts.push({ text: literal });
      literal = '';
      parts.push({ placeholder: name });
      if (!placeholders.includes(name)) placeholders.push(name);
    }
    i = close + 1;
  }
  if (literal) parts.push({ text: literal });
  return { parts, placeholders, errors };
}

export type RenderResult =
  | { ok: true; text: string }
  | {
      ok: false;
      /** Syntax errors and unknown names (Vietnamese). */
      errors: string[];
      /** Known placeholders without a value. */
      missing: PlaceholderName[];
      /** The text with each missing value shown as «tên biến», for the preview. */
      preview: string;
    };

/** Fills a template; refuses unknown placeholders and reports every missing value. */
export function renderTemplateText(text: string, values: NoticeValues): RenderResult {
  const parsed = parseTemplate(text);
  const missing = parsed.placeholders.filter((name) => values[name] === undefined);
  const rendered = parsed.parts.map((part) => ('text' in part ? part.text : (values[part.placeholder] ?? `«${part.placeholder}»`))).join('');
  if (parsed.errors.length === 0 && missing.length === 0) return { ok: true, text: rendered };
  return { ok: false, errors: parsed.errors, missing, preview: rendered };
}
