/**
 * The configuration change log (table admin_changes): every change an administrator or a
 * center leader makes to the calendar, a unit, its offered procedures, departments, users,
 * import profiles or source keys is recorded with its author, time, and the value before and
 * after, in the same transaction as the change. Nothing of the configuration changes without a
 * trace; secrets (passwords, API keys) are never written to the log.
 */
import { and, desc, eq, inArray, isNull, lt, or, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { adminChanges, users } from '../db/schema.ts';

export const ADMIN_CHANGE_KINDS = {
  'calendar_override.set': 'Điều chỉnh lịch làm việc',
  'calendar_override.removed': 'Bỏ điều chỉnh lịch làm việc',
  'unit.created': 'Tạo đơn vị',
  'unit.settings': 'Đổi cấu hình đơn vị',
  'unit.procedures': 'Đặt danh sách thủ tục của đơn vị',
  'department.created': 'Thêm phòng chuyên môn, cơ quan ngành dọc',
  'user.created': 'Tạo người dùng',
  'user.updated': 'Sửa thông tin, vai trò người dùng',
  'user.password_changed': 'Người dùng tự đổi mật khẩu',
  'user.password_reset': 'Đặt lại mật khẩu người dùng',
  'user.locked': 'Khóa tài khoản',
  'user.unlocked': 'Mở khóa tài khoản',
  'import_profile.set': 'Lưu cấu hình cột nhập dữ liệu',
  'import_profile.removed': 'Xóa cấu hình cột nhập dữ liệu',
  'source_key.created': 'Cấp khóa API cho hệ thống nguồn',
  'source_key.revoked': 'Thu hồi khóa API',
  'notice_template.set': 'Sửa mẫu thông báo cho người dân',
  'notice_template.reset': 'Dùng lại mẫu thông báo mặc định',
  'notice_channels.set': 'Đổi cấu hình kênh gửi thông báo',
  'zalo_token.refreshed': 'Làm mới access token Zalo',
  'zalo_token.refresh_failed': 'Không làm mới được access token Zalo',
  'unit.supervision': 'Đặt ngưỡng cảnh báo và thang báo cáo vượt cấp',
} as const;

export type AdminChangeKind = keyof typeof ADMIN_CHANGE_KINDS;

/** Changes system-wide (unit null) that a unit's own administrator also sees in its log. */
const NATIONAL_KINDS_SEEN_BY_UNITS: AdminChangeKind[] = ['calendar_override.set', 'calendar_override.removed'];

export interface AdminChange {
  kind: AdminChangeKind;
  actorId: string | null;
  unitCode: string | null;
  target: string;
  before?: unknown;
  after?: unknown;
}

/** Appends one change; call it with the transaction that makes the change. */
export async function recordAdminChange(db: Database, change: AdminChange): Promise<void> {
  await db.insert(adminChanges).values({
    kind: change.kind,
    actorId: change.actorId,
    unitCode: change.unitCode,
    target: change.target,
    before: change.before ?? null,
    after: change.after ?? null,
  });
}

export interface AdminChangeEntry {
  id: number;
  at: Date;
  kind: AdminChangeKind;
  kindName: string;
  unitCode: string | null;
  target: string;
  actor: { id: string; username: string; fullName: string } | null;
  before: unknown;
  after: unknown;
}

/**
 * Newest first. `unitCode`: that unit's changes and the national calendar changes that apply to
 * it; undefined: every change (administrators). `beforeId` pages back from an earlier page.
 */
export async function listAdminChanges(db: Database, query: { unitCode?: string; limit: number; beforeId?: number }): Promise<AdminChangeEntry[]> {
  const conditions: SQL[] = [];
  if (query.unitCode !== undefined) {
    conditions.push(or(eq(adminChanges.unitCode, query.unitCode), and(isNull(adminChanges.unitCode), inArray(adminChanges.kind, NATIONAL_KINDS_SEEN_BY_UNITS)))!);
  }
  if (query.beforeId !== undefined) conditions.push(lt(adminChanges.id, query.beforeId));
  const rows = await db
    .select({ change: adminChanges, username: users.username, fullName: users.fullName })
    .from(adminChanges)
    .leftJoin(users, eq(users.id, adminChanges.actorId))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(adminChanges.id))
    .limit(query.limit);
  return rows.map(({ change, username, fullName }) => {
    const kind = change.kind as AdminChangeKind;
    return {
      id: change.id,
      at: change.at,
      kind,
      kindName: ADMIN_CHANGE_KINDS[kind] ?? change.kind,
      unitCode: change.unitCode,
      target: change.target,
      actor: change.actorId && username !== null && fullName !== null ? { id: change.actorId, username, fullName } : null,
      before: change.before,
      after: change.after,
    };
  });
}
