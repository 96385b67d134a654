import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { SESSION_COOKIE, SESSION_HOURS, login, logout } from '../../app/auth/sessions.ts';
import { ROLE_NAMES } from '../../domain/dossier/roles.ts';
import { errorResponseSchema } from '../schemas.ts';
import { currentUser } from '../app.ts';
import type { ZodApp } from '../types.ts';

const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: z.string(),
  roleName: z.string(),
  unitCode: z.string(),
  departmentCode: z.string().nullable(),
});

const sessionResponse = z.object({ user: userSchema, csrfToken: z.string() });

export function registerAuthRoutes(app: ZodApp, ctx: AppContext, secureCookies: boolean | 'auto'): void {
  app.post(
    '/auth/login',
    {
      config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['Đăng nhập'],
        summary: 'Đăng nhập bằng tên đăng nhập và mật khẩu',
        body: z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) }),
        response: { 200: sessionResponse, 400: errorResponseSchema, 401: errorResponseSchema, 429: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const signedIn = await login(ctx.db, request.body.username, request.body.password, new Date());
      void reply.setCookie(SESSION_COOKIE, signedIn.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: secureCookies === 'auto' ? request.protocol === 'https' : secureCookies,
        maxAge: SESSION_HOURS * 3600,
      });
      return { user: { ...signedIn.user, roleName: ROLE_NAMES[signedIn.user.role] }, csrfToken: signedIn.csrfToken };
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['Đăng nhập'], summary: 'Đăng xuất', response: { 204: z.null(), 401: errorResponseSchema, 403: errorResponseSchema } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await logout(ctx.db, token);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags: ['Đăng nhập'], summary: 'Người dùng đang đăng nhập', response: { 200: sessionResponse, 401: errorResponseSchema } } },
    async (request) => {
      const user = currentUser(request);
      return { user: { ...user, roleName: ROLE_NAMES[user.role] }, csrfToken: request.csrfToken ?? '' };
    },
  );
}
