/** Administration: units (with their settings and the procedures they offer), departments and vertical agencies, users. */
import { and, eq, or } from 'drizzle-orm';
import { z } from 'zod';
import { listAdminChanges, recordAdminChange } from '../../app/admin-changes.ts';
import type { AppContext, CurrentUser } from '../../app/context.ts';
import { endSessionsOfUser } from '../../app/auth/sessions.ts';
import { badRequest, conflict, forbidden, notFound } from '../../app/errors.ts';
import { canAdministerSystem, canAdministerUnit } from '../../app/policies.ts';
import { catalogCodes, offeredProcedures, setOfferedProcedures } from '../../app/unit-procedures.ts';
import { dayOf } from '../../domain/calendar/local-time.ts';
import { allProcedures, findProcedure } from '../../domain/catalog/catalog.ts';
import { departments, ROLES, units, users, type Role } from '../../db/schema.ts';
import { departmentNames } from '../../db/form-queries.ts';
import { pgErrorCode } from '../../db/sql.ts';
import { assertStrongPassword } from '../../app/auth/password-strength.ts';
import { createUser, findUserById, setUserPassword, type User } from '../../db/users.ts';
import { ROLE_NAMES } from '../../domain/dossier/roles.ts';
import { currentUser } from '../app.ts';
import { errorResponseSchema, isoInstantWithOffset, newPasswordSchema } from '../schemas.ts';
import type { ZodApp } from '../types.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'giờ phải có dạng HH:mm, ví dụ 07:00' });

/**
 * Strict: a PUT replaces the whole settings object, so a misspelt key must not be dropped
 * silently (the settings it was meant to change would be wiped instead); it is a 400 naming it.
 */
const settingsSchema = z.strictObject({
  documentHeader: z.object({ governingBody: z.string().trim().min(1).max(200), issuingBody: z.string().trim().min(1).max(200) }).optional(),
  placeName: z.string().trim().min(1).max(100).optional(),
  signers: z.array(z.object({ title: z.string().trim().min(1).max(100), name: z.string().trim().min(1).max(100), role: z.enum(['chairman', 'vice_chairman', 'center_leader']) })).max(10).optional(),
  workingHours: z.object({ morning: z.object({ start: clock, end: clock }), afternoon: z.object({ start: clock, end: clock }) }).optional(),
  saturdayDesk: z.object({ enabled: z.boolean(), start: clock, end: clock }).optional(),
  reportPeriod: z.union([z.object({ kind: z.literal('calendar-month') }), z.object({ kind: z.literal('cutoff'), day: z.number().int().min(2).max(28) })]).optional(),
  documentSymbol: z.string().trim().min(1).max(30).regex(/^[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$/u, { error: 'ký hiệu văn bản chỉ gồm chữ in hoa không dấu và số, ví dụ TTPVHCC' }).optional(),
  contactPhone: z.string().trim().min(1).max(30).optional(),
  publicBaseUrl: z.string().trim().max(200).regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/u, { error: 'địa chỉ tra cứu công khai phải có dạng https://tên-miền (không có dấu ? hoặc #)' }).optional(),
});

const unitSchema = z.object({ code: z.string(), name: z.string(), kind: z.string(), parentCode: z.string().nullable(), settings: settingsSchema, active: z.boolean() });
/** A user as the API shows it (never the password hash). */
function userView(u: Pick<typeof users.$inferSelect, 'id' | 'username' | 'fullName' | 'role' | 'unitCode' | 'departmentCode' | 'active'>): z.infer<typeof userSchema> {
  return { id: u.id, username: u.username, fullName: u.fullName, role: u.role, roleName: ROLE_NAMES[u.role], unitCode: u.unitCode, departmentCode: u.departmentCode, active: u.active };
}
const userSchema = z.object({ id: z.string(), username: z.string(), fullName: z.string(), role: z.enum(ROLES), roleName: z.string(), unitCode: z.string(), departmentCode: z.string().nullable(), active: z.boolean() });

export function registerAdminRoutes(app: ZodApp, ctx: AppContext): void {
  app.get('/units', { schema: { tags: ['Quản trị'], summary: 'Danh sách đơn vị', response: { 200: z.object({ items: z.array(unitSchema) }), ...errors } } }, async (request) => {
    const user = currentUser(request);
    const rows = canAdministerSystem(user)
      ? await ctx.db.select().from(units).orderBy(units.code)
      : await ctx.db.select().from(units).where(or(eq(units.code, user.unitCode), eq(units.parentCode, user.unitCode))).orderBy(units.code);
    return { items: rows.map((u) => ({ code: u.code, name: u.name, kind: u.kind, parentCode: u.parentCode, settings: u.settings, active: u.active })) };
  });

  app.post(
    '/units',
    {
      schema: {
        tags: ['Quản trị'],
        summary: 'Tạo đơn vị (phường, xã, thành phố)',
        body: z.object({ code: z.string().trim().min(2).max(60).regex(/^[A-Za-z0-9.\-_]+$/, { error: 'mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang' }), name: z.string().trim().min(1).max(200), kind: z.enum(['ward', 'commune', 'city']), parentCode: z.string().trim().max(60).nullable().default(null), settings: settingsSchema.default({}) }),
        response: { 201: unitSchema, ...errors },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      if (!canAdministerSystem(user)) throw forbidden('Chỉ quản trị hệ thống được tạo đơn vị.');
      const body = request.body;
      try {
        const row = await ctx.db.transaction(async (tx) => {
          const [created] = await tx.insert(units).values(body).returning();
          await recordAdminChange(tx, { kind: 'unit.created', actorId: user.id, unitCode: body.code, target: body.code, after: { name: body.name, kind: body.kind, parentCode: body.parentCode, settings: body.settings } });
          return created;
        });
        return reply.status(201).send(row!);
      } catch (error) {
        if (pgErrorCode(error) === '23505') throw conflict(`Mã đơn vị ${body.code} đã tồn tại.`);
        if (pgErrorCode(error) === '23503') throw badRequest(`Không tìm thấy đơn vị cấp trên ${body.parentCode ?? ''}.`, 'parentCode');
        throw error;
      }
    },
  );

  app.put(
    '/units/:code/settings',
    { schema: { tags: ['Quản trị'], summary: 'Cấu hình đơn vị: tên trên văn bản, địa danh, người ký, giờ làm việc, kỳ báo cáo', params: z.object({ code: z.string().trim().min(1).max(60) }), body: settingsSchema, response: { 200: unitSchema, ...errors } } },
    async (request) => {
      const user = currentUser(request);
      if (!canAdministerUnit(user, request.params.code)) throw forbidden('Bạn không có quyền cấu hình đơn vị này.');
      const row = await ctx.db.transaction(async (tx) => {
        const [current] = await tx.select({ settings: units.settings }).from(units).where(eq(units.code, request.params.code)).for('update');
        if (!current) throw notFound(`Không tìm thấy đơn vị ${request.params.code}.`);
        const [updated] = await tx.update(units).set({ settings: request.body }).where(eq(units.code, request.params.code)).returning();
        await recordAdminChange(tx, { kind: 'unit.settings', actorId: user.id, unitCode: request.params.code, target: request.params.code, before: current.settings, after: request.body });
        return updated!;
      });
      ctx.calendars.invalidate(row.code);
      return row;
    },
  );

  const offeredItem = z.object({ code: z.string(), name: z.string(), field: z.string(), offered: z.boolean() });
  const requireUnit = async (unitCode: string): Promise<void> => {
    const [unit] = await ctx.db.select({ code: units.code }).from(units).where(eq(units.code, unitCode));
    if (!unit) throw notFound(`Không tìm thấy đơn vị ${unitCode}.`);
  };
  const offeredList = async (unitCode: string) => {
    const offered = await offeredProcedures(ctx.db, unitCode);
    const today = dayOf(ctx.now());
    const inForce = allProcedures().filter((p) => findProcedure(p.code, today) === p);
    return {
      all: offered.kind === 'all',
      items: inForce.map((p) => ({ code: p.code, name: p.name, field: p.field.name, offered: offered.kind === 'all' || offered.codes.has(p.code) })),
    };
  };

  app.get(
    '/units/:code/procedures',
    {
      schema: {
        tags: ['Quản trị'],
        summary: 'Thủ tục đơn vị cung cấp (mặc định: cả danh mục đang có hiệu lực)',
        params: z.object({ code: z.string().trim().min(1).max(60) }),
        response: { 200: z.object({ all: z.boolean(), items: z.array(offeredItem) }), ...errors },
      },
    },
    async (request) => {
      await requireUnit(request.params.code);
      return offeredList(request.params.code);
    },
  );

  app.put(
    '/units/:code/procedures',
    {
      schema: {
        tags: ['Quản trị'],
        summary: 'Đặt danh sách thủ tục đơn vị cung cấp; tiếp nhận thủ tục ngoài danh sách sẽ bị từ chối',
        params: z.object({ code: z.string().trim().min(1).max(60) }),
        body: z.strictObject({ offered: z.array(z.string().trim().min(1).max(100)).max(1000) }),
        response: { 200: z.object({ all: z.boolean(), items: z.array(offeredItem) }), ...errors },
      },
    },
    async (request) => {
      const user = currentUser(request);
      if (!canAdministerUnit(user, request.params.code)) throw forbidden('Bạn không có quyền đặt danh sách thủ tục của đơn vị này.');
      const known = catalogCodes();
      const unknown = request.body.offered.filter((code) => !known.has(code));
      if (unknown.length > 0) throw badRequest(`Không có trong danh mục thủ tục: ${unknown.join(', ')}. Hãy bỏ các mã này rồi lưu lại.`, 'offered');
      await requireUnit(request.params.code);
      await setOfferedProcedures(ctx.db, request.params.code, [...new Set(request.body.offered)], user.id);
      return offeredList(request.params.code);
    },
  );

  app.get(
    '/units/:code/departments',
    { schema: { tags: ['Quản trị'], summary: 'Phòng chuyên môn và cơ quan ngành dọc của đơn vị', params: z.object({ code: z.string().trim().min(1).max(60) }), response: { 200: z.object({ items: z.array(z.object({ code: z.string(), name: z.string(), kind: z.string(), active: z.boolean() })) }), ...errors } } },
    async (request) => {
      const rows = await ctx.db.select().from(departments).where(eq(departments.unitCode, request.params.code)).orderBy(departments.code);
      return { items: rows.map((d) => ({ code: d.code, name: d.name, kind: d.kind, active: d.active })) };
    },
  );

  app.post(
    '/units/:code/departments',
    {
      schema: {
        tags: ['Quản trị'],
        summary: 'Thêm phòng chuyên môn hoặc cơ quan ngành dọc',
        params: z.object({ code: z.string().trim().min(1).max(60) }),
        body: z.object({ code: z.string().trim().min(1).max(60).regex(/^[a-z0-9-]+$/, { error: 'mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang' }), name: z.string().trim().min(1).max(200), kind: z.enum(['department', 'vertical_agency']) }),
        response: { 201: z.object({ code: z.string(), name: z.string(), kind: z.string(), active: z.boolean() }), ...errors },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      if (!canAdministerUnit(user, request.params.code)) throw forbidden('Bạn không có quyền quản trị đơn vị này.');
      try {
        const row = await ctx.db.transaction(async (tx) => {
          const [created] = await tx.insert(departments).values({ ...request.body, unitCode: request.params.code }).returning();
          await recordAdminChange(tx, { kind: 'department.created', actorId: user.id, unitCode: request.params.code, target: request.body.code, after: { name: request.body.name, kind: request.body.kind } });
          return created;
        });
        return reply.status(201).send({ code: row!.code, name: row!.name, kind: row!.kind, active: row!.active });
      } catch (error) {
        if (pgErrorCode(error) === '23505') throw conflict(`Mã ${request.body.code} đã có trong đơn vị.`);
        if (pgErrorCode(error) === '23503') throw notFound(`Không tìm thấy đơn vị ${request.params.code}.`);
        throw error;
      }
    },
  );

  app.get(
    '/users',
    { schema: { tags: ['Quản trị'], summary: 'Người dùng của đơn vị', querystring: z.object({ unitCode: z.string().trim().max(60).optional() }), response: { 200: z.object({ items: z.array(userSchema) }), ...errors } } },
    async (request) => {
      const user = currentUser(request);
      const unitCode = request.query.unitCode ?? user.unitCode;
      if (!canAdministerUnit(user, unitCode) && unitCode !== user.unitCode) throw forbidden('Bạn không có quyền xem người dùng của đơn vị này.');
      const rows = await ctx.db.select().from(users).where(eq(users.unitCode, unitCode)).orderBy(users.username);
      return { items: rows.map(userView) };
    },
  );

  /** Administrators give any role; a unit's center leader any but administrator and city supervisor, in their unit. */
  const mayGiveRole = (actor: CurrentUser, unitCode: string, role: Role): boolean =>
    canAdministerSystem(actor) || (canAdministerUnit(actor, unitCode) && role !== 'administrator' && role !== 'city_supervisor');
  /** Specialists and department heads belong to a department, which must be one of the unit's. */
  const checkDepartmentOfRole = async (unitCode: string, role: Role, departmentCode: string | null): Promise<void> => {
    if ((role === 'specialist' || role === 'department_head') && !departmentCode) {
      throw badRequest('Chuyên viên và lãnh đạo phòng phải thuộc một phòng chuyên môn.', 'departmentCode');
    }
    if (departmentCode) {
      const [dept] = await ctx.db.select().from(departments).where(and(eq(departments.unitCode, unitCode), eq(departments.code, departmentCode)));
      if (!dept) throw badRequest(`Không tìm thấy phòng ${departmentCode} trong đơn vị ${unitCode}.`, 'departmentCode');
    }
  };

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
          role: z.enum(ROLES),
          unitCode: z.string().trim().min(1).max(60),
          departmentCode: z.string().trim().max(60).nullable().default(null),
        }),
        response: { 201: userSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      const body = request.body;
      if (!mayGiveRole(actor, body.unitCode, body.role)) throw forbidden('Bạn không có quyền tạo người dùng với vai trò này cho đơn vị này.');
      assertStrongPassword(body.password, body, 'password');
      await checkDepartmentOfRole(body.unitCode, body.role, body.departmentCode);
      try {
        const created = await ctx.db.transaction(async (tx) => {
          const user = await createUser(tx, body);
          // Never the password: only who was given which role where.
          await recordAdminChange(tx, { kind: 'user.created', actorId: actor.id, unitCode: body.unitCode, target: body.username, after: { fullName: body.fullName, role: body.role, departmentCode: body.departmentCode } });
          return user;
        });
        return reply.status(201).send(userView(created));
      } catch (error) {
        if (pgErrorCode(error) === '23505') throw conflict(`Tên đăng nhập ${body.username} đã được dùng.`);
        if (pgErrorCode(error) === '23503') throw badRequest(`Không tìm thấy đơn vị ${body.unitCode}.`, 'unitCode');
        throw error;
      }
    },
  );
  /**
   * The user an actor may manage: administrators any; a center leader the accounts of their own
   * unit that are neither administrators nor city supervisors (as for creating them).
   */
  const manageableUser = async (actor: CurrentUser, userId: string): Promise<User> => {
    const target = await findUserById(ctx.db, userId);
    if (!target) throw notFound('Không tìm thấy người dùng này.');
    if (!mayGiveRole(actor, target.unitCode, target.role)) throw forbidden('Bạn không có quyền quản lý tài khoản này.');
    return target;
  };
  const userId = z.object({ id: z.uuid({ error: 'mã người dùng không hợp lệ' }) });

  app.put(
    '/users/:id',
    {
      schema: {
        tags: ['Quản trị'],
        summary: 'Sửa họ tên, vai trò, phòng của người dùng (chuyển phòng, đổi vai trò); đơn vị và tên đăng nhập không đổi',
        params: userId,
        body: z.strictObject({ fullName: z.string().trim().min(1).max(200), role: z.enum(ROLES), departmentCode: z.string().trim().max(60).nullable() }),
        response: { 200: userSchema, ...errors },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      const target = await manageableUser(actor, request.params.id);
      const { fullName, role } = request.body;
      const departmentCode = request.body.departmentCode || null;
      if (target.id === actor.id && role !== target.role) throw badRequest('Không thể tự đổi vai trò của chính mình.', 'role');
      if (!mayGiveRole(actor, target.unitCode, role)) throw forbidden('Bạn không có quyền gán vai trò này.');
      await checkDepartmentOfRole(target.unitCode, role, departmentCode);
      const updated = await ctx.db.transaction(async (tx) => {
        const [row] = await tx.update(users).set({ fullName, role, departmentCode }).where(eq(users.id, target.id)).returning();
        if (target.fullName !== fullName || target.role !== role || target.departmentCode !== departmentCode) {
          // Department names as they are today, so that the log still reads well after a rename.
          const names = await departmentNames(tx, target.unitCode);
          const nameOf = (code: string | null) => (code === null ? null : (names[code] ?? code));
          const before = { fullName: target.fullName, role: target.role, departmentCode: target.departmentCode, departmentName: nameOf(target.departmentCode) };
          const after = { fullName, role, departmentCode, departmentName: nameOf(departmentCode) };
          await recordAdminChange(tx, { kind: 'user.updated', actorId: actor.id, unitCode: target.unitCode, target: target.username, before, after });
        }
        return row!;
      });
      return userView(updated);
    },
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
      const actor = currentUser(request);
      const target = await manageableUser(actor, request.params.id);
      // One's own password is changed with the current one (POST /api/auth/password), so that a
      // session left open on a counter PC cannot take the account over.
      if (target.id === actor.id) throw badRequest('Hãy dùng "Đổi mật khẩu" (cần mật khẩu hiện tại) để đổi mật khẩu của chính mình.', 'id');
      assertStrongPassword(request.body.newPassword, target, 'newPassword');
      await ctx.db.transaction(async (tx) => {
        await setUserPassword(tx, target.id, request.body.newPassword);
        await recordAdminChange(tx, { kind: 'user.password_reset', actorId: actor.id, unitCode: target.unitCode, target: target.username });
      });
      await endSessionsOfUser(ctx.db, target.id);
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
    async (request) => {
      const actor = currentUser(request);
      const target = await manageableUser(actor, request.params.id);
      const { active } = request.body;
      if (target.id === actor.id && !active) throw badRequest('Không thể tự khóa tài khoản của chính mình.', 'active');
      const updated = await ctx.db.transaction(async (tx) => {
        const [row] = await tx.update(users).set({ active }).where(eq(users.id, target.id)).returning();
        if (target.active !== active) await recordAdminChange(tx, { kind: active ? 'user.unlocked' : 'user.locked', actorId: actor.id, unitCode: target.unitCode, target: target.username });
        return row!;
      });
      if (!active) await endSessionsOfUser(ctx.db, target.id);
      return userView(updated);
    },
  );

  const changeSchema = z.object({
    id: z.number(),
    at: z.string(),
    kind: z.string(),
    kindName: z.string(),
    unitCode: z.string().nullable(),
    target: z.string(),
    actor: z.object({ id: z.string(), username: z.string(), fullName: z.string() }).nullable(),
    before: z.unknown(),
    after: z.unknown(),
  });
  app.get(
    '/admin/changes',
    {
      schema: {
        tags: ['Quản trị'],
        summary: 'Nhật ký thay đổi cấu hình (lịch, đơn vị, thủ tục, phòng, người dùng, cấu hình nhập, khóa API), mới nhất trước',
        querystring: z.object({
          unitCode: z.string().trim().min(1).max(60).optional(),
          limit: z.coerce.number().int().min(1, { error: 'số dòng phải từ 1 đến 200' }).max(200, { error: 'số dòng phải từ 1 đến 200' }).default(50),
          beforeId: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
        }),
        response: { 200: z.object({ items: z.array(changeSchema), nextBeforeId: z.number().nullable() }), ...errors },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const { limit, beforeId } = request.query;
      // Administrators see every change (or one unit's); a unit's administrator sees that unit's.
      const unitCode = canAdministerSystem(user) ? request.query.unitCode : (request.query.unitCode ?? user.unitCode);
      if (unitCode !== undefined && !canAdministerUnit(user, unitCode)) throw forbidden('Bạn không có quyền xem nhật ký cấu hình của đơn vị này.');
      const items = await listAdminChanges(ctx.db, { ...(unitCode !== undefined ? { unitCode } : {}), limit, ...(beforeId !== undefined ? { beforeId } : {}) });
      return {
        items: items.map((item) => ({ ...item, at: isoInstantWithOffset(item.at) })),
        nextBeforeId: items.length === limit ? items[items.length - 1]!.id : null,
      };
    },
  );
}
