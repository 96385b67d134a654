/**
 * Password dialogs: a user changing their own password (header button) and a unit's leader or
 * an administrator setting a new one for someone who forgot theirs (users page).
 */
import { useState } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { ApiError, client, ok } from '../api.ts';

const newPasswordRules = [
  { required: true, message: 'Hãy nhập mật khẩu mới.' },
  { min: 8, message: 'Mật khẩu có ít nhất 8 ký tự.' },
];

interface Fields {
  currentPassword?: string;
  newPassword: string;
  repeat: string;
}

function PasswordDialog(props: { title: string; okText: string; askCurrent: boolean; open: boolean; onClose: () => void; save: (fields: Fields) => Promise<void> }) {
  const [form] = Form.useForm<Fields>();
  const [saving, setSaving] = useState(false);
  const close = () => {
    form.resetFields();
    props.onClose();
  };
  const submit = async (fields: Fields) => {
    setSaving(true);
    try {
      await props.save(fields);
      close();
    } catch (e) {
      // Show the server's Vietnamese message on the field it names (a wrong current password).
      const field = e instanceof ApiError ? e.field : undefined;
      const message = e instanceof Error ? e.message : String(e);
      form.setFields([{ name: field === 'currentPassword' && props.askCurrent ? 'currentPassword' : 'newPassword', errors: [message] }]);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal title={props.title} open={props.open} okText={props.okText} cancelText="Hủy" confirmLoading={saving} onOk={() => form.submit()} onCancel={close} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(fields) => void submit(fields)}>
        {props.askCurrent && (
          <Form.Item label="Mật khẩu hiện tại" name="currentPassword" rules={[{ required: true, message: 'Hãy nhập mật khẩu hiện tại.' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
        )}
        <Form.Item label="Mật khẩu mới" name="newPassword" rules={newPasswordRules}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="Nhập lại mật khẩu mới"
          name="repeat"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: 'Hãy nhập lại mật khẩu mới.' },
            ({ getFieldValue }) => ({
              validator: (_, value) => (!value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('Hai lần nhập mật khẩu mới không khớp.'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The signed-in user's own password; other sessions of the account are signed out. */
export function ChangeOwnPasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  return (
    <PasswordDialog
      title="Đổi mật khẩu"
      okText="Đổi mật khẩu"
      askCurrent
      open={open}
      onClose={onClose}
      save={async ({ currentPassword, newPassword }) => {
        // The form requires the current password whenever it asks for it.
        await ok(client.POST('/api/auth/password', { body: { currentPassword: currentPassword ?? '', newPassword } }));
        message.success('Đã đổi mật khẩu. Các phiên đăng nhập khác của tài khoản đã bị đăng xuất.');
      }}
    />
  );
}

/** A new password for someone else's account (forgotten password); their sessions end. */
export function ResetPasswordDialog({ user, onClose }: { user: { id: string; username: string } | null; onClose: () => void }) {
  const { message } = App.useApp();
  return (
    <PasswordDialog
      title={`Đặt lại mật khẩu cho ${user?.username ?? ''}`}
      okText="Đặt lại mật khẩu"
      askCurrent={false}
      open={user !== null}
      onClose={onClose}
      save={async ({ newPassword }) => {
        await ok(client.POST('/api/users/{id}/password', { params: { path: { id: user!.id } }, body: { newPassword } }));
        message.success(`Đã đặt lại mật khẩu cho ${user!.username}. Hãy báo mật khẩu mới cho người dùng.`);
      }}
    />
  );
}
