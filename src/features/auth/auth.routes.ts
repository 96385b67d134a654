/** Signing in and out, one's own password, who is signed in (sign-in.ts, change-own-password.ts, who-am-i.ts). */
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { SESSION_COOKIE, SESSION_HOURS, logout } from '../../platform/sessions/sessions.ts';
import { errorResponseSchema, newPasswordSchema } from '../../platform/http/schemas.ts';
import { currentUser } from '../../platform/http/current-user.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { changeOwnPassword } from './change-own-password.ts';
import { signIn } from './sign-in.ts';
import { whoAmI } from './who-am-i.ts';
import { STAFF_ROLES } from '../../domain/dossier/roles.ts';

const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: z.enum(STAFF_ROLES),
  roleName: z.string(),
  unitCode: z.string(),
  /** The unit's name, for the header of the web application. */
  unitName: z.string(),
  departmentCode: z.string().nullable(),
});

const sessionResponse = z.object({ user: userSchema, csrfToken: z.string() });

export function registerAuthRoutes(app: ZodApp, ctx: AppContext, { secureCookies }: { secureCookies: boolean | 'auto' }): void {
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
      const signedIn = await signIn(ctx, request.body.username, request.body.password);
      void reply.setCookie(SESSION_COOKIE, signedIn.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: secureCookies === 'auto' ? request.protocol === 'https' : secureCookies,
        maxAge: SESSION_HOURS * 3600,
      });
      return { user: signedIn.user, csrfToken: signedIn.csrfToken };
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

  app.post(
    '/auth/password',
    {
      // The current password is checked like a login: the same limit against guessing.
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['Đăng nhập'],
        summary: 'Đổi mật khẩu của chính mình; các phiên đăng nhập khác của tài khoản bị đăng xuất',
        body: z.strictObject({ currentPassword: z.string().min(1, { error: 'hãy nhập mật khẩu hiện tại' }).max(200), newPassword: newPasswordSchema }),
        response: { 204: z.null(), 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 429: errorResponseSchema },
      },
    },
    async (request, reply) => {
      await changeOwnPassword(ctx, currentUser(request), { ...request.body, sessionToken: request.cookies[SESSION_COOKIE] });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags: ['Đăng nhập'], summary: 'Người dùng đang đăng nhập', response: { 200: sessionResponse, 401: errorResponseSchema } } },
    async (request) => {
      return { user: await whoAmI(ctx, currentUser(request)), csrfToken: request.csrfToken ?? '' };
    },
  );
}
