/** GET /api/about: what anyone may know about this installation before signing in. */
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { isDemoDatabase } from '../../platform/instance/instance-flags.store.ts';
import type { ZodApp } from '../../platform/http/types.ts';

export function registerAboutRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/about',
    {
      config: { public: true },
      schema: {
        tags: ['Đăng nhập'],
        summary: 'Thông tin hệ thống: có phải bản dùng thử với dữ liệu mẫu (demo: true, mật khẩu công khai) hay không',
        response: { 200: z.object({ demo: z.boolean() }) },
      },
    },
    async () => ({ demo: await isDemoDatabase(ctx.db) }),
  );
}
