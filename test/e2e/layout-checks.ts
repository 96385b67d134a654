/**
 * Layout checks of a page at the counter PC's size (issue 15): nothing scrolls sideways (the
 * document, and each table's container), dossier codes, ID numbers and phone numbers sit on one
 * line, and no raw internal code (an enum value like `in_progress`) or JSON is shown.
 */
import type { Page } from 'playwright-core';

export interface LayoutProblems {
  /** "document 1400 > 1351", "table 2: 1800 > 1100". */
  overflow: string[];
  /** Codes and numbers broken over lines: "000.01.24.H24-261123-0001 (2 lines)". */
  wrapped: string[];
  /** Raw codes or JSON in the visible text. */
  raw: string[];
}

// Runs in the page (a string: this project's TypeScript has no DOM library).
const SCRIPT = `(() => {
  const overflow = [];
  const root = document.scrollingElement;
  if (root.scrollWidth > root.clientWidth) overflow.push('document ' + root.scrollWidth + ' > ' + root.clientWidth);
  document.querySelectorAll('.ant-table-content, .ant-table-body, .ant-table-container, table, .ant-descriptions-view, .ant-card-body').forEach((el, i) => {
    const rect = el.getBoundingClientRect();
    if (rect.width === 0) return;
    if (el.scrollWidth > el.clientWidth + 1) overflow.push('table ' + i + ' (' + el.className + '): ' + el.scrollWidth + ' > ' + el.clientWidth);
  });
  // Dossier codes, PAKN codes (PAKN-{unit}-{yyMMdd}-{3+ digits}, domain/pakn/code.ts), 12-digit ID numbers, 9-digit old ID numbers, 10-digit phone numbers.
  const pattern = /(?:PAKN-)?\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}-\\d{6}-\\d{3,}|(?<![\\d.])0\\d{9,11}(?![\\d.])|(?<![\\d.])\\d{12}(?![\\d.])/g;
  const wrapped = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent;
    if (!text || !node.parentElement || node.parentElement.closest('input, textarea, script, style, [aria-hidden=true]')) continue;
    for (const m of text.matchAll(pattern)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) wrapped.push(m[0] + ' (' + tops.size + ' dòng)');
    }
  }
  const raw = [];
  const visible = document.body.innerText;
  for (const m of visible.matchAll(/\\b[a-z]+(?:_[a-z]+)+\\b/g)) raw.push(m[0]);
  for (const m of visible.matchAll(/[{\\[]\\s*"[^"]+"\\s*:/g)) raw.push(m[0]);
  return { overflow, wrapped, raw };
})()`;

export async function layoutProblems(page: Page): Promise<LayoutProblems> {
  return page.evaluate<LayoutProblems>(SCRIPT);
}

/** Waits until the page has loaded its data: no request in flight, no spinner, tables faded in. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  for (let i = 0; i < 50; i++) {
    const busy = await page.evaluate<boolean>(
      "!!document.querySelector('.ant-spin-spinning, .ant-skeleton-active') || [...document.querySelectorAll('.ant-spin-container')].some((el) => getComputedStyle(el).opacity !== '1')",
    );
    if (!busy) return;
    await page.waitForTimeout(100);
  }
}
