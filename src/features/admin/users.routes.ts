/** Administration of accounts: a unit's users, a new account, its name, role and department, a password reset, locking. */
import { z } from 'zod';
import { ROLE_NAMES, STAFF_ROLES } from '../../domain/dossier/roles.ts';
import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/current-user.ts';
import { errorResponseSchema, newPasswordSchema } from '../../platform/http/schemas.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import type { User } from '../../platform/users/users.store.ts';
import { createAccount } from './create-user.ts';
import { setAccountActive } from './lock-account.ts';
import { listUsers } from './list-users.ts';
import { resetPassword } from './reset-password.ts';
import { updateAccount } from './update-user.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
/** A user as the API shows it (never the password hash). */
function userView(u: User): z.infer<typeof userSchema> {
  return { id: u.id, username: u.username, fullName: u.fullName, role: u.role, roleName: ROLE_NAMES[u.role], unitCode: u.unitCode, departmentCode: u.departmentCode, active: u.active };
}
const userSchema = z.object({ id: z.string(), username: z.string(), fullName: z.string(), role: z.enum(STAFF_ROLES), roleName: z.string(), unitCode: z.string(), departmentCode: z.string().nullable(), active: z.boolean() });

export function registerUserRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/users',
    { schema: { tags: ['Quản trị'], summary: 'Người dùng của đơn vị', querystring: z.object({ unitCode: z.string().trim().max(60).optional() }), response: { 200: z.object({ items: z.array(userSchema) }), ...errors } } },
    async (request) => {
      const user = currentUser(request);
      return { items: (await listUsers(ctx, user, request.query.unitCode ?? user.unitCode)).map(userView) };
    },
  );

  app.post(
    '/users',
    {
      schema: {
        tags: ['Quản trị'],
        summary: 'Tạo người dùng và gán vai trò',
        body: z.object({
          username: z.string().trim().toLowerCase().min(3).max(60).regex(/^[a-z0-9._-]+$/, { error: 'tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch' }),
          fullName: z.string().trim().min(1).max(200),
          password: newPasswordSchema,
          role: z.enum(STAFF_ROLES),
          unitCode: z.string().trim().min(1).max(60),
          departmentCode: z.string().trim().max(60).nullable().default(null),
        }),
        response: { 201: userSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(userView(await createAccount(ctx, currentUser(request), request.body))),
  );

  const userId = z.object({ id: z.uuid({ error: 'mã người dùng không hợp lệ' }) });

  app.put(
    '/users/:id',
    {
      schema: {
        tags: ['Quản trị'],
        summary: 'Sửa họ tên, vai trò, phòng của người dùng (chuyển phòng, đổi vai trò); đơn vị và tên đăng nhập không đổi',
        params: userId,
        body: z.strictObject({ fullName: z.string().trim().min(1).max(200), role: z.enum(STAFF_ROLES), departmentCode: z.string().trim().max(60).nullable() }),
        response: { 200: userSchema, ...errors },
      },
    },
    async (request) => userView(await updateAccount(ctx, currentUser(request), request.params.id, request.body)),
  );

  app.post(
    '/users/:id/password',
    {
      schema: {
        tags: ['Quản trị'],
        summary: 'Đặt lại mật khẩu cho người dùng (khi quên mật khẩu); mọi phiên đăng nhập của người đó bị đăng xuất',
        params: userId,
        body: z.strictObject({ newPassword: newPasswordSchema }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await resetPassword(ctx, currentUser(request), request.params.id, request.body.newPassword);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/users/:id/active',
    {
      schema: {
        tags: ['Quản trị'],
        summary: 'Khóa hoặc mở khóa tài khoản; khóa thì mọi phiên đăng nhập của người đó bị đăng xuất',
        params: userId,
        body: z.strictObject({ active: z.boolean() }),
        response: { 200: userSchema, ...errors },
      },
    },
    async (request) => userView(await setAccountActive(ctx, currentUser(request), request.params.id, request.body.active)),
  );
}
