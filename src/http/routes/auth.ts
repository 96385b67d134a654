import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { recordAdminChange } from '../../app/admin-changes.ts';
import { SESSION_COOKIE, SESSION_HOURS, endSessionsOfUser, login, logout } from '../../app/auth/sessions.ts';
import { badRequest } from '../../app/errors.ts';
import { units } from '../../db/schema.ts';
import { setUserPassword } from '../../db/users.ts';
import { checkPasswordThrottled } from '../../app/auth/login-throttle.ts';
import { assertStrongPassword } from '../../app/auth/password-strength.ts';
import { ROLE_NAMES, STAFF_ROLES } from '../../domain/dossier/roles.ts';
import { errorResponseSchema, newPasswordSchema } from '../schemas.ts';
import { currentUser } from '../app.ts';
import type { ZodApp } from '../types.ts';

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

export function registerAuthRoutes(app: ZodApp, ctx: AppContext, secureCookies: boolean | 'auto'): void {
  const unitNameOf = async (code: string): Promise<string> => {
    const [unit] = await ctx.db.select({ name: units.name }).from(units).where(eq(units.code, code));
    return unit?.name ?? code;
  };

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
      return { user: { ...signedIn.user, roleName: ROLE_NAMES[signedIn.user.role], unitName: await unitNameOf(signedIn.user.unitCode) }, csrfToken: signedIn.csrfToken };
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
      const user = currentUser(request);
      const { currentPassword, newPassword } = request.body;
      if (!(await checkPasswordThrottled(ctx.db, user.username, currentPassword, new Date()))) throw badRequest('Mật khẩu hiện tại không đúng.', 'currentPassword');
      if (newPassword === currentPassword) throw badRequest('Mật khẩu mới phải khác mật khẩu hiện tại.', 'newPassword');
      assertStrongPassword(newPassword, user, 'newPassword');
      await ctx.db.transaction(async (tx) => {
        await setUserPassword(tx, user.id, newPassword);
        await recordAdminChange(tx, { kind: 'user.password_changed', actorId: user.id, unitCode: user.unitCode, target: user.username });
      });
      await endSessionsOfUser(ctx.db, user.id, request.cookies[SESSION_COOKIE]);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags: ['Đăng nhập'], summary: 'Người dùng đang đăng nhập', response: { 200: sessionResponse, 401: errorResponseSchema } } },
    async (request) => {
      const user = currentUser(request);
      return { user: { ...user, roleName: ROLE_NAMES[user.role], unitName: await unitNameOf(user.unitCode) }, csrfToken: request.csrfToken ?? '' };
    },
  );
}
