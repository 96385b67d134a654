/**
 * Free text (a notice preview, a reply letter) in which dossier codes, ID numbers and phone
 * numbers must not break across lines: each such token is wrapped in a no-wrap span, the rest
 * of the text wraps as usual.
 */
import { Fragment } from 'react';

// Dossier codes (000.01.24.H24-261203-0047), PAKN codes (PAKN-000.01.24.H24-261203-007), 12-digit ID numbers, phone numbers.
const TOKEN = /(?:PAKN-)?\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{3,}|(?<![\d.])0\d{9,11}(?![\d.])|(?<![\d.])\d{12}(?![\d.])/g;

export function KeepTogether({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    parts.push(text.slice(last, at), <span key={at} className="nowrap">{m[0]}</span>);
    last = at + m[0].length;
  }
  parts.push(text.slice(last));
  return <Fragment>{parts}</Fragment>;
}
