/**
 * Weight of the staff web application's first load (issue 15): the login page opened in a fresh
 * Chromium context (empty cache) against the built web/dist served by registerWebApp, once with
 * the browser's usual Accept-Encoding and, as the baseline of the same run, once with compression
 * refused (what the server sent before issue 15). Figures: bytes on the wire, JavaScript files
 * loaded, and the time until the login form is ready.
 */
import Fastify from 'fastify';
import { chromium, type Browser } from 'playwright-core';
import type { BenchRow, BenchSuite } from '../harness.ts';
import { registerWebApp, WEB_DIST } from '../../src/platform/http/web-app.ts';

export interface FirstLoad {
  /** Bytes received (headers + encoded bodies) for every response of the page. */
  transferBytes: number;
  /** Encoded bytes of the JavaScript files alone. */
  scriptBytes: number;
  scripts: string[];
  /** From navigation start until the login form's username field is visible, in ms. */
  readyMs: number;
}

const ROUNDS = 5;

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** One cold load of `/dang-nhap` (a new context: nothing cached). */
export async function measureFirstLoad(browser: Browser, url: string, compressed: boolean): Promise<FirstLoad> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
    // "identity" refuses every content coding: the server sends the files as they are.
    ...(compressed ? {} : { extraHTTPHeaders: { 'accept-encoding': 'identity' } }),
  });
  const page = await context.newPage();
  // The counter PC's link to the server: 10 Mbit/s down, 20 ms round trip (a commune office LAN/VPN).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: (10e6 / 8), uploadThroughput: (5e6 / 8) });
  const responses: Array<Promise<{ url: string; bytes: number; script: boolean }>> = [];
  page.on('requestfinished', (request) => {
    responses.push(
      request.sizes().then((sizes) => ({
        url: request.url(),
        bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        script: request.resourceType() === 'script',
      })),
    );
  });
  const start = Date.now();
  await page.goto(`${url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').waitFor({ state: 'visible' });
  const readyMs = Date.now() - start;
  await page.waitForLoadState('networkidle');
  const done = await Promise.all(responses);
  await context.close();
  return {
    transferBytes: done.reduce((sum, r) => sum + r.bytes, 0),
    scriptBytes: done.filter((r) => r.script).reduce((sum, r) => sum + r.bytes, 0),
    scripts: done.filter((r) => r.script).map((r) => new URL(r.url).pathname),
    readyMs,
  };
}

/** The median of ROUNDS cold loads (after one warm-up load that fills the OS file cache). */
async function medianLoad(browser: Browser, url: string, compressed: boolean): Promise<FirstLoad> {
  await measureFirstLoad(browser, url, compressed);
  const loads: FirstLoad[] = [];
  for (let i = 0; i < ROUNDS; i++) loads.push(await measureFirstLoad(browser, url, compressed));
  loads.sort((a, b) => a.readyMs - b.readyMs);
  return loads[Math.floor(ROUNDS / 2)]!;
}

/** The login page of `root` (a built web/dist) served by the server's own static handler. */
export async function serveWeb(root: string = WEB_DIST): Promise<{ url: string; close: () => Promise<void> }> {
  const app = Fastify({ logger: false });
  await registerWebApp(app, root);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://localhost:${port}`, close: () => app.close() };
}

const kib = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

export const webSuite: BenchSuite = {
  name: 'web',
  description: `Lần tải đầu trang đăng nhập (web/dist đã xây dựng, máy chủ phục vụ tệp tĩnh của Một Cửa), Chromium 1366×768, đường truyền giả lập 10 Mbit/s và trễ 20 ms, bộ nhớ đệm trống, trung vị của ${ROUNDS} lần; mốc: cùng bản xây dựng khi trình duyệt không nhận nén (Accept-Encoding: identity), như máy chủ gửi trước issue 15`,
  async run(): Promise<BenchRow[]> {
    const server = await serveWeb(process.env.MOTCUA_BENCH_WEB_ROOT ?? WEB_DIST);
    const browser = await launchChromium();
    try {
      const plain = await medianLoad(browser, server.url, false);
      const packed = await medianLoad(browser, server.url, true);
      return [
        {
          figure: 'Dung lượng truyền khi tải trang đăng nhập',
          value: kib(packed.transferBytes),
          unit: 'KiB',
          baseline: 'không nén (KiB)',
          baselineValue: kib(plain.transferBytes),
          ratio: plain.transferBytes / packed.transferBytes,
          target: '≤ 500 KiB',
          met: packed.transferBytes <= 500 * 1024,
        },
        {
          figure: `JavaScript của trang đăng nhập (${packed.scripts.length} tệp)`,
          value: kib(packed.scriptBytes),
          unit: 'KiB',
          baseline: 'không nén (KiB)',
          baselineValue: kib(plain.scriptBytes),
          ratio: plain.scriptBytes / packed.scriptBytes,
          target: 'không đặt (ghi nhận)',
          met: true,
        },
        {
          figure: 'Thời gian đến khi ô đăng nhập hiện ra',
          value: packed.readyMs,
          unit: 'ms',
          baseline: 'không nén (ms)',
          baselineValue: plain.readyMs,
          ratio: plain.readyMs / packed.readyMs,
          target: 'không đặt (ghi nhận)',
          met: true,
        },
      ];
    } finally {
      await browser.close();
      await server.close();
    }
  },
};
