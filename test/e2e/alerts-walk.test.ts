/**
 * Escalation alerts in Chromium at 1366×768 (w3-alerts, issue 16 §3): a step left overdue in
 * "tu-phap" (as in the demo) raises an alert to the department head, whose bell counts it
 * without a reload; the head opens the drawer, follows the link to the dossier, acknowledges with
 * "Đã nhận", and the dossier's alert history says both in words. The center leader edits the
 * unit's ladder on the unit settings page. Screenshots in test-results/16/alerts-*.png.
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './browser.ts';
import { prepareDossier, START, WARD } from '../support/api.ts';
import { MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';
import { raiseAlerts } from '../../src/features/alerts/raise-alerts.ts';
import { layoutProblems } from './layout-checks.ts';

const SHOTS = path.resolve('test-results/16');
mkdirSync(SHOTS, { recursive: true });

describe('escalation alerts in the browser', () => {
  let e: E2E;
  let code = '';
  beforeAll(async () => {
    e = await startE2E();
    const [counter, specialist, chairman] = await Promise.all([e.t.login('counter'), e.t.login('specialist'), e.t.login('chairman')]);
    e.t.setNow(START - 10 * MINUTES_PER_DAY);
    code = (await prepareDossier({ counter, specialist, chairman }, 'processing')).code;
    e.t.setNow(START);
  }, 120_000);
  afterAll(async () => {
    await e?.close();
  });

  it('the head sees the bell count, opens the alert, acknowledges it; the dossier tells both', async () => {
    const page = await e.signIn('head');
    const bell = page.getByTestId('alert-bell');
    await expect(bell.getAttribute('aria-label')).resolves.toBe('Cảnh báo: 0 chưa xác nhận');
    await page.evaluate('window.__notReloaded = true');
    await raiseAlerts(e.t.ctx, { unitCode: WARD });
    await page.locator('[data-testid="alert-bell"][aria-label="Cảnh báo: 1 chưa xác nhận"]').waitFor();
    expect(await page.evaluate('window.__notReloaded === true')).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'alerts-bell.png') });
    await bell.click();
    const item = page.getByTestId('alert-item').filter({ hasText: code });
    await item.waitFor();
    await expect(item.innerText()).resolves.toContain('bước quá hạn');
    await page.screenshot({ path: path.join(SHOTS, 'alerts-drawer.png') });
    await item.getByRole('button', { name: 'Đã nhận' }).click();
    await page.locator('[data-testid="alert-bell"][aria-label="Cảnh báo: 0 chưa xác nhận"]').waitFor();
    await item.filter({ hasText: 'đã xác nhận bởi' }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'alerts-acknowledged.png') });
    await item.getByRole('link', { name: code }).click();
    await page.waitForURL(`**/ho-so/${code}`);
    const history = page.getByTestId('dossier-alerts');
    await history.waitFor();
    const text = await history.innerText();
    expect(text).toMatch(/Cảnh báo gửi Trưởng phòng .+: bước quá hạn \(hạn \d\d:\d\d \d\d\/11\/2026\)/);
    expect(text).toMatch(/Đã xác nhận bởi /);
    expect(await layoutProblems(page)).toEqual({ overflow: [], wrapped: [], raw: [] });
    await page.screenshot({ path: path.join(SHOTS, 'alerts-dossier.png'), fullPage: true });
  }, 120_000);

  it('the center leader edits the ladder on the unit settings page', async () => {
    const page = await e.signIn('leader');
    await page.goto(`${e.url}/quan-tri/don-vi`);
    const card = page.getByTestId('supervision-settings');
    await card.waitFor();
    await card.getByText('Mặc định').waitFor();
    await card.getByLabel('Tên bậc').first().fill('Bước quá hạn: báo Trưởng phòng ngay');
    await card.getByRole('button', { name: 'Lưu ngưỡng cảnh báo' }).click();
    await card.getByText('Riêng của đơn vị').waitFor();
    const saved = (await (await e.t.login('leader')).get(`/api/units/${WARD}/supervision-settings`)).json() as { settings: { ladder: Array<{ name: string }> } };
    expect(saved.settings.ladder[0]!.name).toBe('Bước quá hạn: báo Trưởng phòng ngay');
    expect(await layoutProblems(page)).toEqual({ overflow: [], wrapped: [], raw: [] });
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'alerts-settings.png') });
  }, 120_000);
});
