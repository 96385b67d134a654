/**
 * Issue 16 §1 in Chromium at 1366×768 (branch w3-follow): the dossier page, "Việc của tôi", the
 * search results and the counter panel update themselves through GET /api/stream when someone
 * else changes something — through the API or another browser context — without a reload (a
 * mark set in the page survives). An open action dialog keeps what the user typed and says the
 * dossier was updated. Screenshots in test-results/16/.
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E } from './browser.ts';
import { prepareDossier, receptionBody, WARD, type Session } from '../support/api.ts';

const SHOTS = path.resolve('test-results/16');
mkdirSync(SHOTS, { recursive: true });

const mark = (page: Page) => page.evaluate('window.__notReloaded = true');
/** Opens a page and waits until its live stream is open (a change made after is heard), then marks it. */
async function openLive(page: Page, url: string): Promise<void> {
  const stream = page.waitForResponse((response) => response.url().endsWith('/api/stream'));
  await page.goto(url);
  expect((await stream).status()).toBe(200);
  await mark(page);
}
const notReloaded = async (page: Page) => expect(await page.evaluate('window.__notReloaded === true')).toBe(true);

describe('pages follow the live stream', () => {
  let e: E2E;
  let counter: Session;
  beforeAll(async () => {
    e = await startE2E();
    counter = await e.t.login('counter');
  }, 120_000);
  afterAll(async () => {
    await e?.close();
  });

  const ok = async <T,>(response: Promise<{ statusCode: number; body: string; json(): unknown }>, status = 200): Promise<T> => {
    const r = await response;
    expect(r.statusCode, r.body).toBe(status);
    return r.json() as T;
  };

  it('the dossier page shows a change made elsewhere; an open dialog keeps the typed text and says the dossier was updated', async () => {
    const actors = { counter, specialist: await e.t.login('specialist'), chairman: await e.t.login('chairman') };
    let d = await prepareDossier(actors, 'processing');
    const page = await e.signIn('leader');
    await openLive(page, `${e.url}/ho-so/${d.code}`);
    await page.getByRole('heading', { name: `Hồ sơ ${d.code}` }).waitFor();
    const before = await page.locator('.ant-timeline-item').count();
    d = await ok(counter.post(`/api/dossiers/${d.code}/pay-fee`, { expectedVersion: d.version, amount: 5000, online: false }));
    await page.locator('.ant-timeline-item').nth(before).waitFor();
    await notReloaded(page);

    // An action dialog open while someone else changes the dossier.
    await page.getByRole('button', { name: 'Dừng giải quyết' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Lý do dừng giải quyết').fill('Đang soạn lý do dừng');
    d = await ok(counter.post(`/api/dossiers/${d.code}/pay-fee`, { expectedVersion: d.version, amount: 1000, online: false }));
    await dialog.getByTestId('dossier-updated').filter({ hasText: 'Hồ sơ vừa được cập nhật' }).waitFor();
    expect(await dialog.getByLabel('Lý do dừng giải quyết').inputValue()).toBe('Đang soạn lý do dừng');
    await page.locator('.ant-timeline-item').nth(before + 1).waitFor({ state: 'attached' });
    await page.screenshot({ path: path.join(SHOTS, 'dossier-updated-dialog.png') });
    // Going on with the newest version: the action is recorded, the typed reason with it.
    await dialog.getByRole('button', { name: 'Dùng bản mới nhất' }).click();
    await dialog.getByRole('button', { name: 'Dừng giải quyết' }).click();
    await page.getByTestId('dossier-status').filter({ hasText: /Dừng/ }).waitFor();
    const detail = await ok<{ history: Array<{ type: string; payload: Record<string, unknown> }> }>(counter.get(`/api/dossiers/${d.code}`));
    expect(detail.history.find((h) => h.type === 'stopped')?.payload.reason).toBe('Đang soạn lý do dừng');
    await notReloaded(page);
  }, 180_000);

  it('"Việc của tôi" and the search results show a dossier received elsewhere', async () => {
    const head = await e.signIn('head');
    await openLive(head, `${e.url}/viec-cua-toi`);
    await head.getByTestId('tab-viec-cua-toi').waitFor();
    const leader = await e.signIn('leader');
    await openLive(leader, `${e.url}/ho-so`);
    const caption = leader.getByText(/^Tìm thấy [\d.]+ hồ sơ$/);
    await caption.waitFor();
    const total = Number((await caption.innerText()).replace(/\D/g, ''));
    const received = await ok<{ code: string; version: number }>(counter.post('/api/dossiers', receptionBody()), 201);
    await leader.getByText(`Tìm thấy ${total + 1} hồ sơ`, { exact: true }).waitFor();
    await ok(counter.post(`/api/dossiers/${received.code}/forward`, { expectedVersion: received.version, to: 'tu-phap' }));
    await head.getByRole('cell', { name: received.code }).first().waitFor();
    for (const page of [head, leader]) await notReloaded(page);
    await head.screenshot({ path: path.join(SHOTS, 'my-work-live.png') });
  }, 180_000);

  it('the counter panel shows a ticket issued at the kiosk, and the wall shows the ticket the counter calls', async () => {
    await ok(counter.post('/api/queue/counter/open', { counter: 1 }));
    const panel = await e.signIn('counter');
    await openLive(panel, `${e.url}/quay`);
    await panel.getByRole('button', { name: 'Gọi số tiếp theo' }).waitFor();
    const wall = await e.signIn('leader');
    await openLive(wall, `${e.url}/man-hinh?giay=5`);
    await wall.getByTestId('wall-screen-board').waitFor();
    const kiosk = async () => {
      const issued = await e.t.app.inject({ method: 'POST', url: `/api/queue/kiosk/${WARD}/tickets`, payload: { serviceGroup: 'chung-thuc' } });
      expect(issued.statusCode, issued.body).toBe(201);
      return (issued.json() as { label: string }).label;
    };
    const label = await kiosk();
    // The panel's list of next numbers shows it, without a reload and without polling.
    await panel.getByText(new RegExp(`^${label} — `)).waitFor();
    // The counter calls it in its browser; the wall (another context) shows it on its queue screen.
    await panel.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
    await panel.getByLabel('Số đang phục vụ').filter({ hasText: label }).waitFor();
    await wall.getByTestId('wall-counter-1').filter({ hasText: label }).waitFor();
    await wall.getByTestId('wall-waiting-chung-thuc').filter({ hasText: /0$/ }).waitFor();
    await kiosk();
    await wall.getByTestId('wall-waiting-chung-thuc').filter({ hasText: /1$/ }).waitFor();
    for (const page of [panel, wall]) await notReloaded(page);
    await panel.screenshot({ path: path.join(SHOTS, 'counter-panel-live.png') });
  }, 180_000);
});
