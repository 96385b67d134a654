/**
 * Issue 18 in Chromium at 1366×768: the leaders' unit overview shows today's queue and the
 * month's satisfaction, the figures of GET /api/overview/queue (the report's). Screenshot in
 * test-results/18/.
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './browser.ts';
import { WARD } from '../support/api.ts';

const SHOTS = path.resolve('test-results/18');
mkdirSync(SHOTS, { recursive: true });

describe('the overview’s queue and satisfaction section', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  }, 120_000);
  afterAll(async () => {
    await e?.close();
  });

  it('shows today’s tickets per counter and the ratings per officer', async () => {
    const { t } = e;
    const counter = await t.login('counter');
    const kiosk = async () => (await t.app.inject({ method: 'POST', url: `/api/queue/kiosk/${WARD}/tickets`, payload: { serviceGroup: 'tu-phap-ho-tich' } })).json().id as string;
    const served = await kiosk();
    await kiosk();
    await kiosk();
    expect((await counter.post('/api/queue/counter/open', { counter: 2 })).statusCode).toBe(200);
    t.advance(6);
    expect((await counter.post('/api/queue/counter/call-next')).json().ticket.id).toBe(served);
    expect((await counter.post(`/api/queue/tickets/${served}/actions`, { action: 'start' })).statusCode).toBe(200);
    expect((await counter.post(`/api/queue/tickets/${served}/actions`, { action: 'serve', outcome: { kind: 'guidance' } })).statusCode).toBe(200);
    const form = (await t.app.inject({ method: 'GET', url: `/api/ratings/tickets/${served}` })).json();
    const overall = form.questions.find((q: { criterion: string }) => q.criterion === 'overall').code;
    const satisfied = form.scale.find((l: { sentiment: string }) => l.sentiment === 'satisfied').code;
    expect((await t.app.inject({ method: 'POST', url: `/api/ratings/tickets/${served}`, payload: { channel: 'ticket_qr', answers: [{ question: overall, level: satisfied }] } })).statusCode).toBe(201);

    const page = await e.signIn('leader');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${e.url}/tong-quan`);
    const section = page.getByTestId('queue-section');
    await section.waitFor();
    const stat = async (title: string) => (await section.locator('.ant-statistic').filter({ has: page.locator('.ant-statistic-title', { hasText: new RegExp(`^${title}$`) }) }).locator('.ant-statistic-content-value').innerText()).trim();
    expect(await stat('Số đã phát')).toBe('3');
    expect(await stat('Đang chờ')).toBe('2');
    expect(await stat('Đã phục vụ')).toBe('1');
    expect(await stat('Chờ trung vị')).toBe('6 phút');
    expect(await stat('Lượt đánh giá')).toBe('1');
    expect(await stat('Hài lòng')).toBe('1');
    await expect.poll(() => section.getByRole('row', { name: /Quầy 2/ }).innerText()).toMatch(/Quầy 2\s+1\s+0\s+1\s+0\s+6 phút\s+6 phút/);
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'overview-queue.png'), fullPage: true });
  }, 180_000);
});
