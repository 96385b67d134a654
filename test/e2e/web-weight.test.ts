/**
 * Weight of the web app (issue 15 item 6): hashed assets go compressed (brotli or gzip, as the
 * browser asks) and cached as immutable, index.html is revalidated on every load, and the login
 * page fetches only the shell: no page's chunk (reception, queues, dossier, search, overview…).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './browser.ts';
import { WEB_DIST } from '../../src/platform/http/web-app.ts';

let e: E2E;

beforeAll(async () => {
  e = await startE2E();
});
afterAll(async () => {
  await e?.close();
});

const ASSETS = path.join(WEB_DIST, 'assets');
/** The pages every role reaches after signing in; each is its own chunk, named after its file. */
const PAGES = ['Reception', 'Queues', 'Dossier', 'Search', 'Overview', 'Reports', 'Users', 'Calendar', 'ChangeLog', 'Imports', 'Procedures', 'UnitSettings'];

function assetNamed(prefix: string): string | undefined {
  return readdirSync(ASSETS).find((name) => name.startsWith(`${prefix}-`) && name.endsWith('.js'));
}

/** The main script that index.html loads. */
function entryScript(): string {
  const html = readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
  return /<script type="module" crossorigin src="\/assets\/([^"]+)"/.exec(html)![1]!;
}

describe('static assets', () => {
  it('sends a hashed script compressed with brotli or gzip, as asked, and cached as immutable', async () => {
    const name = entryScript();
    const original = readFileSync(path.join(ASSETS, name));
    const br = await e.t.app.inject({ method: 'GET', url: `/assets/${name}`, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['vary']).toMatch(/accept-encoding/i);
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(brotliDecompressSync(br.rawPayload).equals(original)).toBe(true);
    expect(br.rawPayload.length).toBeLessThan(original.length / 2);

    const gz = await e.t.app.inject({ method: 'GET', url: `/assets/${name}`, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).equals(original)).toBe(true);

    const plain = await e.t.app.inject({ method: 'GET', url: `/assets/${name}`, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.equals(original)).toBe(true);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('revalidates index.html on every load, at / and at a page address', async () => {
    for (const url of ['/', '/index.html', '/ho-so', '/dang-nhap']) {
      const response = await e.t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, br' } });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers['content-type'], url).toMatch(/text\/html/);
    }
  });

  it('loads no page chunk on the login page', async () => {
    for (const page of PAGES) expect(assetNamed(page), `web/dist/assets/${page}-*.js`).toBeDefined();
    const context = await e.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(path.basename(new URL(request.url()).pathname));
    });
    await page.goto(`${e.url}/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').waitFor();
    await page.waitForLoadState('networkidle');
    expect(scripts).toContain(entryScript());
    const pageChunks = PAGES.map((name) => assetNamed(name)!);
    expect(scripts.filter((script) => pageChunks.includes(script))).toEqual([]);
    await context.close();
  }, 60_000);
});
