/**
 * The public address of the citizen lookup page (issue 17): the base of the link and QR code
 * printed on Mẫu 01/02. Warns while it cannot work on a citizen's phone (the server's own
 * address, a private network), as typed and as the forms print it now.
 */
import { useEffect, useState } from 'react';
import { Alert, Card, Form, Input, Typography } from 'antd';
import { client, ok } from '../../api.ts';
import { publicAddressWarnings } from '../../../../src/domain/lookup/public-address.ts';

type Printed = { address: string; source: 'unit' | 'environment' | 'server' };

const SOURCE: Record<Printed['source'], string> = {
  unit: 'cấu hình của đơn vị',
  environment: 'cấu hình chung của hệ thống (MOTCUA_PUBLIC_URL)',
  server: 'địa chỉ của máy chủ (chưa cấu hình địa chỉ công khai)',
};

export function PublicAddressCard({ unitCode, saved }: { unitCode: string | undefined; saved: string | undefined }) {
  const typed = Form.useWatch<string | undefined>('publicBaseUrl');
  const [printed, setPrinted] = useState<Printed | undefined>();
  useEffect(() => {
    if (!unitCode) return;
    void ok(client.GET('/api/units/{code}/public-address', { params: { path: { code: unitCode } } })).then(setPrinted, () => setPrinted(undefined));
  }, [unitCode, saved]);
  const address = typed?.trim() || printed?.address;
  const warnings = address ? publicAddressWarnings(address) : [];
  return (
    <Card size="small" title="Trang tra cứu công khai" style={{ marginBottom: 12 }}>
      <Form.Item label="Địa chỉ công khai (in trên mã QR của Giấy tiếp nhận)" name="publicBaseUrl" extra="Ví dụ: https://motcua.giavien.haiphong.gov.vn — để trống để dùng địa chỉ chung của hệ thống.">
        <Input placeholder="https://" allowClear />
      </Form.Item>
      {printed && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          Văn bản đang in: {printed.address}/tra-cuu/… (theo {SOURCE[printed.source]})
        </Typography.Paragraph>
      )}
      {warnings.map((w) => (
        <Alert key={w.issue} type={w.issue === 'not_https' ? 'info' : 'warning'} showIcon message={w.message} style={{ marginBottom: 8 }} />
      ))}
    </Card>
  );
}
