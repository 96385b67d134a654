/**
 * "Kênh gửi thông báo" (issue 17): the center leader sets up the unit's e-mail (SMTP), SMS
 * gateway and Zalo ZNS, each on or off; a stored secret is never shown, only said to be there,
 * and stays as it is unless retyped; the API's Vietnamese error appears next to its field;
 * "Gửi thử" sends one message through the saved e-mail or SMS channel to what the leader types.
 */
import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Switch, Tabs, Typography } from 'antd';
import { ApiError, client, ok } from '../../api.ts';
import { formatDateTime } from '../../labels.ts';
import { apiFieldToForm, blocksFromForm, formFromBlocks, type ChannelBlocks, type ChannelForm, type Secrets } from './channel-form.ts';

const SECRET_KEPT = 'Đã lưu — để trống nếu không đổi';

function SecretInput({ label, name, saved }: { label: string; name: [string, string]; saved: boolean }) {
  return (
    <Form.Item label={label} name={name} extra={saved ? 'Đã lưu; chỉ nhập khi muốn thay.' : undefined}>
      <Input.Password autoComplete="new-password" placeholder={saved ? SECRET_KEPT : undefined} visibilityToggle={false} />
    </Form.Item>
  );
}

function TestSend({ unitCode, channel }: { unitCode: string; channel: 'email' | 'sms' }) {
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ sent: boolean; message: string } | undefined>();
  const send = async () => {
    setBusy(true);
    try {
      setResult(await ok(client.POST('/api/units/{code}/notice-channels/test', { params: { path: { code: unitCode } }, body: { channel, to } })));
    } catch (e) {
      setResult({ sent: false, message: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };
  const label = channel === 'email' ? 'Gửi thử tới địa chỉ thư' : 'Gửi thử tới số điện thoại';
  return (
    <div style={{ marginTop: 4 }}>
      <Typography.Text strong>{label}</Typography.Text>
      <Space.Compact style={{ width: '100%', marginTop: 4 }}>
        <Input aria-label={label} value={to} onChange={(e) => setTo(e.target.value)} placeholder={channel === 'email' ? 'ten@example.vn' : '0912345678'} />
        <Button onClick={() => void send()} loading={busy} disabled={!to.trim()}>
          Gửi thử
        </Button>
      </Space.Compact>
      <Typography.Text type="secondary">Gửi theo cấu hình đã lưu.</Typography.Text>
      {result && <Alert style={{ marginTop: 8 }} showIcon type={result.sent ? 'success' : 'error'} message={result.message} data-testid={`test-result-${channel}`} />}
    </div>
  );
}

export function ChannelSettingsCard({ unitCode }: { unitCode: string | undefined }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ChannelForm>();
  const [stored, setStored] = useState<ChannelBlocks | undefined>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!unitCode) return;
    void ok(client.GET('/api/units/{code}/notice-channels', { params: { path: { code: unitCode } } })).then(
      (blocks) => setStored(blocks as ChannelBlocks),
      (e: unknown) => message.error(e instanceof Error ? e.message : String(e)),
    );
  }, [unitCode, message]);
  useEffect(() => {
    if (!stored) return;
    form.resetFields();
    form.setFieldsValue(formFromBlocks(stored));
  }, [stored, form]);

  if (!unitCode || !stored) return null;
  const secrets: Secrets = {
    emailPassword: stored.email?.password !== undefined,
    smsToken: Object.keys(stored.sms?.headers ?? {}).length > 0,
    zaloAccessToken: stored.zalo?.accessToken !== undefined,
    zaloSecretKey: stored.zalo?.secretKey !== undefined,
    zaloRefreshToken: stored.zalo?.refreshToken !== undefined,
  };

  const save = async (values: ChannelForm) => {
    let body: ChannelBlocks;
    try {
      body = blocksFromForm(values, stored, secrets);
    } catch (e) {
      const field = e instanceof ApiError && e.field ? apiFieldToForm(e.field) : undefined;
      if (field) form.setFields([{ name: field, errors: [(e as Error).message] }]);
      return;
    }
    setSaving(true);
    try {
      const saved = await ok(client.PUT('/api/units/{code}/notice-channels', { params: { path: { code: unitCode } }, body }));
      setStored(saved as ChannelBlocks);
      message.success('Đã lưu cấu hình kênh gửi thông báo.');
    } catch (e) {
      const text = e instanceof Error ? e.message : String(e);
      const field = e instanceof ApiError && e.field ? apiFieldToForm(e.field) : undefined;
      if (field) form.setFields([{ name: field, errors: [text] }]);
      message.error(text);
    } finally {
      setSaving(false);
    }
  };

  const expires = stored.zalo?.accessTokenExpiresAt;
  const email = (
    <Row gutter={12}>
      <Col xs={24} xl={16}>
        <Form.Item label="Dùng thư điện tử" name={['email', 'enabled']} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item label="Máy chủ SMTP" name={['email', 'host']} style={{ width: 260 }}>
            <Input placeholder="smtp.giavien.haiphong.gov.vn" />
          </Form.Item>
          <Form.Item label="Cổng" name={['email', 'port']} style={{ width: 100 }}>
            <InputNumber min={1} max={65535} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="Bảo mật" name={['email', 'security']} style={{ width: 250 }}>
            <Select
              options={[
                { value: 'starttls', label: 'STARTTLS (thường là cổng 587)' },
                { value: 'tls', label: 'TLS ngay từ đầu (cổng 465)' },
                { value: 'none', label: 'Không mã hóa (chỉ máy này)' },
              ]}
            />
          </Form.Item>
        </Space>
        <Space wrap align="start">
          <Form.Item label="Tên đăng nhập SMTP" name={['email', 'user']} style={{ width: 260 }}>
            <Input autoComplete="off" />
          </Form.Item>
          <div style={{ width: 260 }}>
            <SecretInput label="Mật khẩu SMTP" name={['email', 'password']} saved={secrets.emailPassword} />
          </div>
        </Space>
        <Space wrap align="start">
          <Form.Item label="Tên người gửi" name={['email', 'fromName']} style={{ width: 260 }}>
            <Input placeholder="Trung tâm PVHCC phường Gia Viên" />
          </Form.Item>
          <Form.Item label="Địa chỉ thư người gửi" name={['email', 'fromAddress']} style={{ width: 260 }}>
            <Input placeholder="motcua@giavien.haiphong.gov.vn" />
          </Form.Item>
        </Space>
      </Col>
      <Col xs={24} xl={8}>
        <TestSend unitCode={unitCode} channel="email" />
      </Col>
    </Row>
  );
  const sms = (
    <Row gutter={12}>
      <Col xs={24} xl={16}>
        <Form.Item label="Dùng tin nhắn SMS" name={['sms', 'enabled']} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item label="Địa chỉ cổng SMS (URL)" name={['sms', 'url']} style={{ width: 360 }}>
            <Input placeholder="https://sms.nhacungcap.vn/api/send" />
          </Form.Item>
          <Form.Item label="Tên thương hiệu (brandname)" name={['sms', 'brandname']} style={{ width: 200 }}>
            <Input placeholder="UBND GIAVIEN" />
          </Form.Item>
        </Space>
        <Space wrap align="start">
          <Form.Item label="Tên header xác thực" name={['sms', 'headerName']} style={{ width: 200 }}>
            <Input placeholder="Authorization" />
          </Form.Item>
          <div style={{ width: 360 }}>
            <SecretInput label="Khóa (token) của cổng SMS" name={['sms', 'token']} saved={secrets.smsToken} />
          </div>
        </Space>
        <Form.Item
          label="Nội dung gửi cổng SMS (JSON)"
          name={['sms', 'body']}
          extra="Dùng {phone}, {message}, {brandname}, {requestId} trong các giá trị, theo tài liệu của nhà cung cấp."
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder='{"Phone": "{phone}", "Content": "{message}", "Brandname": "{brandname}"}' />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item label="Số điện thoại gửi dạng" name={['sms', 'phoneFormat']} style={{ width: 200 }}>
            <Select
              options={[
                { value: 'international', label: '84912345678' },
                { value: 'national', label: '0912345678' },
              ]}
            />
          </Form.Item>
          <Form.Item label="Gửi có dấu" name={['sms', 'unicode']} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item label="Mã kết quả ở (đường dẫn)" name={['sms', 'successPath']} style={{ width: 180 }}>
            <Input placeholder="CodeResult" />
          </Form.Item>
          <Form.Item label="Giá trị báo thành công" name={['sms', 'successEquals']} style={{ width: 170 }}>
            <Input placeholder="100" />
          </Form.Item>
        </Space>
      </Col>
      <Col xs={24} xl={8}>
        <TestSend unitCode={unitCode} channel="sms" />
      </Col>
    </Row>
  );
  const zalo = (
    <div>
      <Form.Item label="Dùng Zalo ZNS" name={['zalo', 'enabled']} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item label="App ID của ứng dụng Zalo" name={['zalo', 'appId']} style={{ width: 220 }}>
          <Input autoComplete="off" />
        </Form.Item>
        <div style={{ width: 260 }}>
          <SecretInput label="Khóa bí mật (secret key)" name={['zalo', 'secretKey']} saved={secrets.zaloSecretKey} />
        </div>
        <Form.Item label="Chế độ gửi" name={['zalo', 'mode']} style={{ width: 280 }}>
          <Select
            options={[
              { value: 'production', label: 'Gửi thật cho người dân' },
              { value: 'development', label: 'Thử: chỉ gửi quản trị viên OA' },
            ]}
          />
        </Form.Item>
      </Space>
      <Space wrap align="start">
        <div style={{ width: 340 }}>
          <SecretInput label="Access token của Official Account" name={['zalo', 'accessToken']} saved={secrets.zaloAccessToken} />
        </div>
        <div style={{ width: 340 }}>
          <SecretInput label="Refresh token" name={['zalo', 'refreshToken']} saved={secrets.zaloRefreshToken} />
        </div>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        Access token hết hạn sau khoảng 25 giờ; có App ID, khóa bí mật và refresh token thì hệ thống tự làm mới trước khi hết hạn.
        {expires ? ` Access token hiện tại hết hạn lúc ${formatDateTime(expires)}.` : ''} Mã mẫu ZNS của từng loại thông báo đặt ở thẻ “Mẫu thông báo cho người dân”, kênh Zalo.
      </Typography.Paragraph>
    </div>
  );

  return (
    <Card size="small" title="Kênh gửi thông báo" style={{ marginTop: 12 }} data-testid="notice-channels">
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)}>
        <Tabs
          items={[
            { key: 'email', label: 'Thư điện tử (SMTP)', children: email, forceRender: true },
            { key: 'sms', label: 'Tin nhắn SMS', children: sms, forceRender: true },
            { key: 'zalo', label: 'Zalo ZNS', children: zalo, forceRender: true },
          ]}
        />
        <Button type="primary" htmlType="submit" loading={saving}>
          Lưu cấu hình kênh
        </Button>
      </Form>
    </Card>
  );
}
