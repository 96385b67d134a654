/**
 * Procedures offered by the unit: the catalog in force with time limits, fees, components and
 * steps, and a switch per procedure for whether the chosen unit offers it (receptions of a
 * procedure the unit does not offer are refused by the API).
 */
import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Descriptions, Input, Switch, Table, Tag, Typography } from 'antd';
import { client, ok } from '../../api.ts';
import { UnitPicker, useUnits } from './units.tsx';
import { COMPONENT_FORM_NAMES, ROLE_NAMES, formatMoney } from '../../labels.ts';
import type { OfferedProcedures, ProcedureDetail, ProcedureSummary } from '../../api/types.ts';

function ProcedureDetails({ code }: { code: string }) {
  const [p, setP] = useState<ProcedureDetail | null>(null);
  useEffect(() => {
    void ok(client.GET('/api/catalog/procedures/{code}', { params: { path: { code } } })).then((r) => setP(r.procedure));
  }, [code]);
  if (!p) return <span>Đang tải…</span>;
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label="Thành phần hồ sơ">
        <ol style={{ margin: 0, paddingLeft: 18 }}>
          {p.components.map((c) => (
            <li key={c.code}>
              {c.name} — {COMPONENT_FORM_NAMES[c.form]}, {c.quantity} bản{c.optional ? ' (nếu có)' : ''}
            </li>
          ))}
        </ol>
      </Descriptions.Item>
      <Descriptions.Item label="Các bước xử lý">
        <ol style={{ margin: 0, paddingLeft: 18 }}>
          {p.steps.map((s) => (
            <li key={s.code}>
              {s.name} — {s.sharePercent}% thời hạn, {ROLE_NAMES[s.role]}
            </li>
          ))}
        </ol>
      </Descriptions.Item>
      <Descriptions.Item label="Phí, lệ phí">
        {p.fees.length === 0
          ? 'Không thu'
          : p.fees.map((f) => (
              <div key={f.code}>
                {f.label}: {f.amount === null ? 'theo trường hợp' : formatMoney(f.amount)}
                {f.exemptions.length > 0 && <Typography.Text type="secondary"> — miễn: {f.exemptions.map((e) => e.label).join('; ')}</Typography.Text>}
              </div>
            ))}
      </Descriptions.Item>
    </Descriptions>
  );
}

export function ProceduresPage() {
  const { message } = App.useApp();
  const { units, unitCode, setUnitCode } = useUnits();
  const [items, setItems] = useState<ProcedureSummary[] | null>(null);
  const [offered, setOffered] = useState<OfferedProcedures | null>(null);
  const [q, setQ] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    ok(client.GET('/api/catalog/procedures', { params: { query: { q: q || undefined } } }))
      .then((r) => setItems(r.items))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [q]);
  useEffect(() => {
    setOffered(null);
    void ok(client.GET('/api/units/{code}/procedures', { params: { path: { code: unitCode } } })).then(setOffered);
  }, [unitCode]);
  const toggle = useCallback(
    async (code: string, on: boolean) => {
      if (!offered) return;
      const codes = offered.items.filter((item) => (item.code === code ? on : item.offered)).map((item) => item.code);
      try {
        setOffered(await ok(client.PUT('/api/units/{code}/procedures', { params: { path: { code: unitCode } }, body: { offered: codes } })));
        message.success(on ? `Đơn vị đã cung cấp thủ tục ${code}.` : `Đơn vị ngừng tiếp nhận thủ tục ${code}.`);
      } catch (e) {
        message.error(e instanceof Error ? e.message : String(e));
      }
    },
    [offered, unitCode, message],
  );
  const isOffered = (code: string): boolean => offered?.items.find((item) => item.code === code)?.offered ?? false;
  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        Thủ tục của đơn vị
      </Typography.Title>
      <Typography.Paragraph type="secondary">Danh mục thủ tục hành chính cấp xã đang có hiệu lực: thời hạn, phí, lệ phí, thành phần hồ sơ và quy trình nội bộ.</Typography.Paragraph>
      {error && <Alert type="error" message={error} />}
      <UnitPicker units={units} value={unitCode} onChange={setUnitCode} />
      {offered?.all && <Alert type="info" showIcon style={{ marginBottom: 12 }} message="Đơn vị chưa đặt danh sách riêng: cung cấp toàn bộ danh mục đang có hiệu lực. Tắt một thủ tục để đơn vị ngừng tiếp nhận thủ tục đó." />}
      <Input.Search aria-label="Tìm thủ tục theo tên hoặc mã" placeholder="Tìm thủ tục theo tên hoặc mã" allowClear onSearch={setQ} style={{ width: 400, marginBottom: 12 }} />
      <Table<ProcedureSummary>
        size="small"
        rowKey="code"
        loading={!items}
        dataSource={items ?? []}
        locale={{ emptyText: q ? `Không có thủ tục nào có tên hoặc mã khớp “${q}”. Hãy gõ từ khác hoặc xóa ô tìm.` : 'Danh mục chưa có thủ tục nào đang có hiệu lực. Hãy nhập danh mục thủ tục.' }}
        pagination={{ pageSize: 15, showSizeChanger: false }}
        expandable={{ expandedRowRender: (p) => <ProcedureDetails code={p.code} /> }}
        columns={[
          { title: 'Mã', dataIndex: 'code', width: 100 },
          { title: 'Tên thủ tục', dataIndex: 'name' },
          { title: 'Lĩnh vực', dataIndex: 'field', width: 200, render: (f: string) => <Tag>{f}</Tag> },
          { title: 'Thời hạn', dataIndex: 'timeLimitText', width: 160 },
          { title: 'Lệ phí (trực tiếp)', dataIndex: 'feeInPerson', width: 140, render: (v: number) => (v ? formatMoney(v) : 'Không thu') },
          {
            title: 'Đơn vị cung cấp',
            key: 'offered',
            width: 130,
            render: (_: unknown, p: ProcedureSummary) => (
              <Switch aria-label={`Đơn vị cung cấp thủ tục ${p.code}`} checked={isOffered(p.code)} disabled={!offered} onChange={(on) => void toggle(p.code, on)} />
            ),
          },
        ]}
      />
    </div>
  );
}
