/**
 * Browser test harness: the real server (createTestApp on PGlite, seeded city, one account per
 * role) listening on a free port and serving the built web app, Debian's Chromium driven by
 * playwright-core (never a downloaded browser), screenshots under test-results/screenshots/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { createPgliteTestDatabase } from '../support/db.ts';
import { ACCOUNTS, createTestApp, PASSWORD, type AccountName, type TestApp } from '../support/api.ts';
import { WEB_DIST } from '../../src/platform/http/web-app.ts';

const REPO = path.resolve(WEB_DIST, '../..');
export const SCREENSHOTS = path.join(REPO, 'test-results', 'screenshots');

/** Builds web/dist when it is missing or older than web/src (as scripts/setup.sh does). */
export function ensureWebBuilt(): void {
  const index = path.join(WEB_DIST, 'index.html');
  const sources = Math.max(newestMtime(path.join(REPO, 'web', 'src')), ...['vite.config.ts', 'precompress.ts'].map((f) => statSync(path.join(REPO, 'web', f)).mtimeMs));
  const stale = !existsSync(index) || sources > statSync(index).mtimeMs;
  if (stale) execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'error'], { cwd: REPO, stdio: 'inherit' });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of execFileSync('find', [dir, '-type', 'f'], { encoding: 'utf8' }).split('\n').filter(Boolean)) newest = Math.max(newest, statSync(entry).mtimeMs);
  return newest;
}

export interface E2E {
  t: TestApp;
  url: string;
  browser: Browser;
  /** A fresh browser context signed in as `account` through the login page. */
  signIn(account: AccountName): Promise<Page>;
  /** The page of `account`, signed in once per file (signIn on first use). */
  as(account: AccountName): Promise<Page>;
  shot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startE2E(): Promise<E2E> {
  ensureWebBuilt();
  mkdirSync(SCREENSHOTS, { recursive: true });
  const handle = await createPgliteTestDatabase();
  const t = await createTestApp(handle);
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const address = t.app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  // playwright-core gives every launch a fresh temporary --user-data-dir (and refuses one in args).
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const contexts: BrowserContext[] = [];
  const signedIn = new Map<AccountName, Page>();
  // localhost is a secure context, so the Secure session cookie is kept over plain HTTP.
  const url = `http://localhost:${port}`;
  async function signIn(account: AccountName): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    contexts.push(context);
    // A step that cannot happen fails with Playwright's own message (generous: the CI machine is shared).
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await page.goto(`${url}/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').fill(ACCOUNTS[account].username);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    return page;
  }
  return {
    t,
    url,
    browser,
    signIn,
    async as(account) {
      const existing = signedIn.get(account);
      if (existing) return existing;
      const page = await signIn(account);
      signedIn.set(account, page);
      return page;
    },
    async shot(page, name) {
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await t.close();
      await handle.close();
    },
  };
}

/**
 * Visible form fields without an accessible name source (aria-label, aria-labelledby, a
 * <label for>, or an enclosing <label>): each entry describes one field. Expected: none.
 */
export async function unlabelledFields(page: Page): Promise<string[]> {
  // Runs in the page (a string, since this project's TypeScript has no DOM library).
  return page.evaluate<string[]>(`(() => {
    const problems = [];
    for (const field of document.querySelectorAll('input:not([type=hidden]), textarea, select, [role=combobox]')) {
      const choice = field.type === 'radio' || field.type === 'checkbox';
      const style = getComputedStyle(field);
      const rect = field.getBoundingClientRect();
      const visible = style.visibility !== 'hidden' && style.display !== 'none' && (rect.width > 0 || rect.height > 0);
      if (!visible && !choice) continue;
      if (field.getAttribute('aria-label')?.trim()) continue;
      const labelledBy = field.getAttribute('aria-labelledby');
      if (labelledBy && labelledBy.split(/\\s+/).some((id) => document.getElementById(id)?.textContent?.trim())) continue;
      if (field.id && document.querySelector('label[for="' + CSS.escape(field.id) + '"]')?.textContent?.trim()) continue;
      if (field.closest('label')?.textContent?.trim()) continue;
      problems.push(field.tagName.toLowerCase() + '#' + (field.id || '?') + '[name=' + (field.getAttribute('name') ?? '') + '][type=' + (field.getAttribute('type') ?? '') + ']');
    }
    return problems;
  })()`);
}

/** A 1×1 PNG (a real image by its bytes: the files route checks the type from the content). */
export const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/**
 * Chooses `option` in an Ant Design select: opens it, clicks the option in the open dropdown and
 * waits for the dropdown to close (its animation takes seconds on a loaded machine, and an open
 * dropdown covers the next field). A click that selected nothing (the dropdown still open and the
 * select not showing the option: under load, a click while the dialog or the list still moved) is
 * made again, at most three times. `force` clicks through a select whose shown value covers its input.
 */
export async function pickOption(page: Page, field: Locator, option: string | RegExp, force = false): Promise<void> {
  const open = page.locator('.ant-select-dropdown:visible');
  const shown = field.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]').locator('.ant-select-selection-item');
  const isShown = async () => {
    const texts = await shown.allTextContents();
    return texts.some((text) => (typeof option === 'string' ? text.includes(option) : option.test(text)));
  };
  const closedWithin = async (ms: number) => {
    const deadline = Date.now() + ms;
    while ((await open.count()) > 0) {
      if (Date.now() > deadline) return false;
      await page.waitForTimeout(100);
    }
    return true;
  };
  await field.click({ force });
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
    if (await closedWithin(5_000)) return;
    // Chosen but still closing: wait for it; nothing chosen: click the option again.
    if (await isShown()) {
      if (await closedWithin(15_000)) return;
      break;
    }
  }
  throw new Error(`the dropdown of "${String(option)}" stayed open`);
}
