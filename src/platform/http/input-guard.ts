/**
 * Input PostgreSQL cannot store, refused up front, naming the field, before any schema or
 * handler sees it (a request carrying it anywhere would otherwise fail deep inside a query):
 * - the NUL character (U+0000), refused in `text` and `jsonb` (SQLSTATE 22021 / 22P05);
 * - a lone UTF-16 surrogate (`"\udc00"` in a JSON body), which is no character at all and which
 *   jsonb refuses ("Unicode low surrogate must follow a high surrogate").
 */

export type UnstorableText = { path: string; kind: 'nul' | 'lone-surrogate' };

/** With the `u` flag a surrogate pair is one astral character: only a lone surrogate is Cs. */
const LONE_SURROGATE = /\p{Cs}/u;

function problemOf(text: string): UnstorableText['kind'] | undefined {
  if (text.includes('\u0000')) return 'nul';
  if (LONE_SURROGATE.test(text)) return 'lone-surrogate';
  return undefined;
}

/** The dotted path of the first string or key of a parsed value that cannot be stored, and why. */
export function unstorableText(value: unknown): UnstorableText | undefined {
  // Iterative: a deeply nested JSON body must not overflow the stack.
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: '' }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      const kind = problemOf(current);
      if (kind) return { path, kind };
    } else if (current !== null && typeof current === 'object') {
      for (const [key, child] of Object.entries(current)) {
        const childPath = path ? `${path}.${key}` : key;
        const kind = problemOf(key);
        if (kind) return { path: childPath, kind };
        stack.push({ value: child, path: childPath });
      }
    }
  }
  return undefined;
}

/** The Vietnamese message for a refused field. */
export function unstorableTextMessage({ kind }: UnstorableText, field: string): string {
  return kind === 'nul'
    ? `Trường "${field}" chứa ký tự NUL (\\u0000), không được chấp nhận. Hãy xóa ký tự này rồi gửi lại.`
    : `Trường "${field}" chứa ký tự Unicode hỏng (nửa cặp surrogate đứng lẻ), không lưu được. Hãy gõ hoặc dán lại nội dung trường này rồi gửi lại.`;
}
