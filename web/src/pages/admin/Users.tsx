/** Users and roles of a unit: the list, and a new account with its role and department. */
import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { client, ok } from '../../api.ts';
import { ROLE_NAMES } from '../../labels.ts';
import { useUser } from '../../session.ts';
import type { Department, Role, UserRow } from '../../api/types.ts';
import { ResetPasswordDialog } from '../PasswordDialogs.tsx';
import { searchKey } from '../../../../src/domain/format/search-key.ts';
import { UnitPicker, useUnits } from './units.tsx';

interface NewUser {
  username: string;
  fullName: string;
  password: string;
  role: Role;
  departmentCode?: string;
}

interface UserEdit {
  fullName: string;
  role: Role;
  departmentCode?: string | null;
}

/** Name or username contains every word typed, without regard to diacritics or case ("nguyen" finds "Nguyễn"). */
function userMatches(user: UserRow, typed: string): boolean {
  const words = searchKey(typed).split(' ').filter(Boolean);
  const key = searchKey(`${user.fullName} ${user.username}`);
  return words.every((w) => key.includes(w));
}

export function UsersPage() {
  const { message } = App.useApp();
  const me = useUser();
  const { units, unitCode, setUnitCode } = useUnits();
  const [users, setUsers] = useState<UserRow[] | null>(null);
  const [departments, setDepartments] = useState<Department[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<NewUser>();
  const [tick, setTick] = useState(0);
  const role = Form.useWatch('role', form);
  const [resetting, setResetting] = useState<UserRow | null>(null);
  const [editing, setEditing] = useState<UserRow | null>(null);
  const [editForm] = Form.useForm<UserEdit>();
  const editRole = Form.useWatch('role', editForm);
  const [q, setQ] = useState('');

  useEffect(() => {
    setUsers(null);
    ok(client.GET('/api/users', { params: { query: { unitCode } } }))
      .then((r) => setUsers(r.items))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    void ok(client.GET('/api/units/{code}/departments', { params: { path: { code: unitCode } } })).then((r) => setDepartments(r.items));
  }, [unitCode, tick]);

  const roles = (Object.keys(ROLE_NAMES) as Role[]).filter((r) => me.role === 'administrator' || (r !== 'administrator' && r !== 'city_supervisor'));
  /** Sends a change; on success says so, runs `then` and reloads the list; on failure shows the API's message. */
  const change = async (call: () => Promise<unknown>, done: string, then?: () => void) => {
    try {
      await call();
      message.success(done);
      then?.();
      setTick((n) => n + 1);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };
  const create = (values: NewUser) =>
    change(() => ok(client.POST('/api/users', { body: { ...values, unitCode, departmentCode: values.departmentCode ?? null } })), `Đã tạo tài khoản ${values.username}.`, () => form.resetFields());
  const deptName = new Map(departments.map((d) => [d.code, d.name]));
  // The accounts this user may manage are those whose role they may give (as the API decides).
  const manageable = (u: UserRow) => roles.includes(u.role);
  const saveEdit = (values: UserEdit) =>
    change(
      () => ok(client.PUT('/api/users/{id}', { params: { path: { id: editing!.id } }, body: { fullName: values.fullName, role: values.role, departmentCode: values.departmentCode ?? null } })),
      `Đã lưu thông tin tài khoản ${editing!.username}.`,
      () => setEditing(null),
    );
  const setActive = (u: UserRow, active: boolean) =>
    change(
      () => ok(client.PUT('/api/users/{id}/active', { params: { path: { id: u.id } }, body: { active } })),
      active ? `Đã mở khóa tài khoản ${u.username}.` : `Đã khóa tài khoản ${u.username}; các phiên đăng nhập của tài khoản đã bị đăng xuất.`,
    );

  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        Người dùng và vai trò
      </Typography.Title>
      <UnitPicker units={units} value={unitCode} onChange={setUnitCode} />
      <Input.Search
        aria-label="Tìm người dùng"
        placeholder="Tìm theo họ tên hoặc tên đăng nhập"
        allowClear
        onChange={(e) => setQ(e.target.value)}
        onSearch={setQ}
        style={{ width: 380, marginBottom: 12 }}
      />
      {error && <Alert type="error" message={error} />}
      <Table<UserRow>
        size="small"
        rowKey="id"
        loading={!users}
        dataSource={(users ?? []).filter((u) => userMatches(u, q))}
        locale={{ emptyText: q.trim() ? `Không có người dùng nào có họ tên hoặc tên đăng nhập khớp “${q.trim()}”. Hãy gõ từ khác hoặc xóa ô tìm.` : 'Đơn vị này chưa có tài khoản nào. Hãy tạo tài khoản ở khung bên dưới.' }}
        pagination={{ pageSize: 10, showSizeChanger: false }}
        columns={[
          { title: 'Tên đăng nhập', dataIndex: 'username', width: 160 },
          { title: 'Họ và tên', dataIndex: 'fullName', width: 200 },
          { title: 'Vai trò', dataIndex: 'roleName', width: 215 },
          { title: 'Phòng', dataIndex: 'departmentCode', render: (c: string | null) => (c ? (deptName.get(c) ?? c) : '') },
          { title: 'Trạng thái', dataIndex: 'active', width: 100, render: (a: boolean) => (a ? <Tag color="green">Hoạt động</Tag> : <Tag>Đã khóa</Tag>) },
          {
            title: 'Thao tác',
            key: 'actions',
            width: 245,
            render: (_: unknown, u: UserRow) =>
              manageable(u) && (
                <Space size="small">
                  <Button size="small" onClick={() => setEditing(u)} aria-label={`Sửa tài khoản ${u.username}`}>
                    Sửa
                  </Button>
                  {u.id !== me.id && (
                    <Button size="small" onClick={() => setResetting(u)} aria-label={`Đặt lại mật khẩu cho ${u.username}`}>
                      Đặt lại mật khẩu
                    </Button>
                  )}
                  {u.active ? (
                    u.id !== me.id && (
                      <Popconfirm title={`Khóa tài khoản ${u.username}?`} description="Người dùng sẽ bị đăng xuất và không đăng nhập được nữa." okText="Khóa" cancelText="Hủy" onConfirm={() => setActive(u, false)}>
                        <Button size="small" danger aria-label={`Khóa tài khoản ${u.username}`}>
                          Khóa
                        </Button>
                      </Popconfirm>
                    )
                  ) : (
                    <Button size="small" onClick={() => void setActive(u, true)} aria-label={`Mở khóa tài khoản ${u.username}`}>
                      Mở khóa
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} />
      <Modal title={`Sửa tài khoản ${editing?.username ?? ''}`} open={editing !== null} okText="Lưu" cancelText="Hủy" onOk={() => editForm.submit()} onCancel={() => setEditing(null)} destroyOnHidden>
        <Form
          key={editing?.id}
          form={editForm}
          name="sua-nguoi-dung"
          layout="vertical"
          initialValues={editing ? { fullName: editing.fullName, role: editing.role, departmentCode: editing.departmentCode } : {}}
          onFinish={(values) => void saveEdit(values)}
        >
          <Form.Item label="Họ và tên" name="fullName" rules={[{ required: true, whitespace: true, message: 'Hãy nhập họ tên.' }]}>
            <Input />
          </Form.Item>
          <Form.Item label="Vai trò" name="role" rules={[{ required: true, message: 'Hãy chọn vai trò.' }]} extra={editing?.id === me.id ? 'Không tự đổi được vai trò của chính mình.' : undefined}>
            <Select disabled={editing?.id === me.id} options={roles.map((r) => ({ value: r, label: ROLE_NAMES[r] }))} />
          </Form.Item>
          <Form.Item label="Phòng" name="departmentCode" rules={[{ required: editRole === 'specialist' || editRole === 'department_head', message: 'Chuyên viên và lãnh đạo phòng phải thuộc một phòng.' }]}>
            <Select allowClear options={departments.map((d) => ({ value: d.code, label: d.name }))} />
          </Form.Item>
        </Form>
      </Modal>
      <Card size="small" title="Thêm người dùng" style={{ marginTop: 12 }}>
        <Form form={form} layout="inline" onFinish={(v) => void create(v)} style={{ rowGap: 8 }}>
          <Form.Item label="Tên đăng nhập" name="username" rules={[{ required: true, pattern: /^[a-z0-9._-]{3,60}$/, message: 'Chữ thường không dấu, số, dấu chấm, gạch; từ 3 ký tự.' }]}>
            <Input style={{ width: 170 }} />
          </Form.Item>
          <Form.Item label="Họ và tên" name="fullName" rules={[{ required: true, whitespace: true, message: 'Hãy nhập họ tên.' }]}>
            <Input style={{ width: 200 }} />
          </Form.Item>
          <Form.Item label="Mật khẩu" name="password" rules={[{ required: true, min: 8, message: 'Mật khẩu có ít nhất 8 ký tự.' }]}>
            <Input.Password style={{ width: 160 }} autoComplete="new-password" />
          </Form.Item>
          <Form.Item label="Vai trò" name="role" rules={[{ required: true, message: 'Hãy chọn vai trò.' }]}>
            <Select style={{ width: 250 }} options={roles.map((r) => ({ value: r, label: ROLE_NAMES[r] }))} />
          </Form.Item>
          <Form.Item label="Phòng" name="departmentCode" rules={[{ required: role === 'specialist' || role === 'department_head', message: 'Chuyên viên và lãnh đạo phòng phải thuộc một phòng.' }]}>
            <Select allowClear style={{ width: 240 }} options={departments.map((d) => ({ value: d.code, label: d.name }))} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            Tạo tài khoản
          </Button>
        </Form>
      </Card>
    </div>
  );
}
