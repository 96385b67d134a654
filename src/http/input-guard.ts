/**
 * Input PostgreSQL cannot store: the NUL character (U+0000) is refused in `text` and `jsonb`
 * (SQLSTATE 22021 / 22P05), so a request carrying one anywhere would fail deep inside a query.
 * The app refuses it up front, naming the field, before any schema or handler sees it.
 */

/** The dotted path of the first string or key holding U+0000 in a parsed value, or undefined. */
export function nulCharacterPath(value: unknown): string | undefined {
  // Iterative: a deeply nested JSON body must not overflow the stack.
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: '' }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return path;
    } else if (current !== null && typeof current === 'object') {
      for (const [key, child] of Object.entries(current)) {
        const childPath = path ? `${path}.${key}` : key;
        if (key.includes('\u0000')) return childPath;
        stack.push({ value: child, path: childPath });
      }
    }
  }
  return undefined;
}
