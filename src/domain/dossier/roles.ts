/** Who acts on a dossier. Staff roles match users' roles; `citizen` and `system` are outside actors. */
export const STAFF_ROLES = [
  'counter_officer',
  'specialist',
  'department_head',
  'center_leader',
  'chairman',
  'city_supervisor',
  'administrator',
] as const;

export type StaffRole = (typeof STAFF_ROLES)[number];
export type Role = StaffRole | 'citizen' | 'system';

export const ROLE_NAMES: Record<Role, string> = {
  counter_officer: 'Công chức tiếp nhận (một cửa)',
  specialist: 'Chuyên viên phòng chuyên môn',
  department_head: 'Lãnh đạo phòng chuyên môn',
  center_leader: 'Lãnh đạo Trung tâm',
  chairman: 'Chủ tịch, Phó Chủ tịch UBND',
  city_supervisor: 'Cán bộ giám sát của thành phố',
  administrator: 'Quản trị hệ thống',
  citizen: 'Công dân, tổ chức',
  system: 'Hệ thống (nhập liệu, đồng bộ)',
};
