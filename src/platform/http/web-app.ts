/**
 * The staff web application (web/, built by Vite into web/dist) served by the API server:
 * static files at `/`, and index.html for every other non-API GET so that the browser's own
 * addresses (/ho-so/…, /quan-tri/…) reload into the single-page application.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** Shown when web/dist was not built (scripts/setup.sh builds it). */
const NOT_BUILT = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập — Một Cửa</title></head>
<body><h1>Đăng nhập — Một Cửa</h1><p>Giao diện web chưa được xây dựng. Hãy chạy <code>bash scripts/setup.sh</code> (hoặc <code>npm run build:web</code>) rồi tải lại trang.</p></body></html>`;

/**
 * Public pages (no login), each its own Vite entry: address prefix → HTML file of web/dist. A
 * prefix matches itself, itself followed by "/" or "?", and anything below it.
 */
const PUBLIC_PAGES: ReadonlyArray<{ prefix: string; file: string; headers?: Readonly<Record<string, string>> }> = [
  // Issue 17: the citizens' lookup page (docs/lookup.md); the token in its address goes nowhere else.
  { prefix: '/tra-cuu', file: 'tra-cuu.html', headers: { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer', 'x-robots-tag': 'noindex' } },
  // Issue 18: the kiosk, the waiting-room board, the ticket's QR page and the counter's rating tablet.
  { prefix: '/kiosk', file: 'kiosk.html' },
  { prefix: '/bang-goi', file: 'board.html' },
  { prefix: '/so', file: 'ticket.html' },
  { prefix: '/danh-gia', file: 'ticket.html' },
  // Issue 19: the public PAKN form, follow-up and published answers.
  { prefix: '/phan-anh-kien-nghi', file: 'pakn.html' },
];

/** Hashed build output lives under assets/: its name changes with its content, so it never goes stale. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** index.html (and anything else not hashed) is revalidated on every load: it names the current bundles. */
export function cacheControlFor(filePath: string): string {
  return /[\\/]assets[\\/]/.test(filePath) ? IMMUTABLE : 'no-cache';
}

export async function registerWebApp(app: FastifyInstance, root: string = WEB_DIST): Promise<void> {
  const built = existsSync(`${root}/index.html`);
  // The public pages this build has, looked up once rather than on every request.
  const pages = built ? PUBLIC_PAGES.filter(({ file }) => existsSync(`${root}/${file}`)) : [];
  if (built) {
    await app.register(fastifyStatic, {
      root,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      // The build writes .br and .gz beside each asset (web/precompress.ts): sent when the browser accepts them.
      preCompressed: true,
      setHeaders: (reply, filePath) => reply.header('cache-control', cacheControlFor(filePath)),
    });
  }
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api') {
      return reply.status(404).send({ error: 'khong_tim_thay', message: 'Không tìm thấy địa chỉ được yêu cầu.' });
    }
    if (!built) return reply.type('text/html; charset=utf-8').send(NOT_BUILT);
    const page = pages.find(({ prefix }) => request.url === prefix || request.url.startsWith(`${prefix}/`) || request.url.startsWith(`${prefix}?`));
    if (page) return reply.headers({ 'cache-control': 'no-cache', ...page.headers }).sendFile(page.file);
    // index.html must not be cached: it names the hashed bundles of the current build.
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
