import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { login } from '../api.ts';
import type { CurrentUser } from '../api/types.ts';

export function LoginPage({ onLogin }: { onLogin: (user: CurrentUser) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (values: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      onLogin(await login(values.username.trim(), values.password));
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Đăng nhập không thành công.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f5f5' }}>
      <main>
        <Card style={{ width: 380 }}>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            Đăng nhập Một Cửa
          </Typography.Title>
          <Typography.Paragraph type="secondary">Trung tâm Phục vụ hành chính công</Typography.Paragraph>
          {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
          <Form layout="vertical" onFinish={submit} requiredMark={false}>
            <Form.Item label="Tên đăng nhập" name="username" rules={[{ required: true, message: 'Hãy nhập tên đăng nhập.' }]}>
              <Input autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item label="Mật khẩu" name="password" rules={[{ required: true, message: 'Hãy nhập mật khẩu.' }]}>
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              Đăng nhập
            </Button>
          </Form>
        </Card>
      </main>
    </div>
  );
}
