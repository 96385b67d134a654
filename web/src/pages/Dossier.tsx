/**
 * Dossier detail: state and deadlines, the actions the transition table allows this user
 * (allowedActions of the detail response), the official forms, steps with due dates, files
 * with preview, fees and payments, and the timeline of every event.
 */
import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Image, List, Row, Space, Spin, Table, Tag, Timeline, Typography, Upload } from 'antd';
import { ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { client, formBody, ok } from '../api.ts';
import { DossierAlerts } from './alerts/DossierAlerts.tsx';
import { ACTOR_NAMES, CHANNEL_NAMES, LEVEL_COLORS, LEVEL_NAMES, STATUS_COLORS, formatDateTime, formatMoney, formatNumber, formatRemaining } from '../labels.ts';
import type { DossierDetail, DossierFile, Step } from '../api/types.ts';
import { ACTIONS } from './actions.ts';
import { ActionModal } from './ActionModal.tsx';
import { FormLinks, formsOf } from './FormLinks.tsx';
import { DossierNotices } from './notices/DossierNotices.tsx';
import { NoticePreferencesCard } from './notices/NoticePreferencesCard.tsx';
import { DossierSubmitter } from './reception/DossierSubmitter.tsx';
import { useLiveDossier } from '../live-dossier.ts';

const STEP_STATE: Record<Step['state'], string> = { pending: 'Chưa đến', active: 'Đang thực hiện', returned: 'Bị trả lại, đang xử lý lại', done: 'Đã xong' };

const FORM_NAMES: Record<string, string> = { 'ban-chinh': 'Bản chính', 'ban-sao-chung-thuc': 'Bản sao có chứng thực', 'ban-chup': 'Bản chụp' };

/** Who holds a step now, in words (names, never codes). */
function holderOf(step: Step): string {
  if (step.assigneeName) return `${step.assigneeName}${step.departmentName ? ` (${step.departmentName})` : ''}`;
  if (step.departmentName) return step.departmentName;
  return ACTOR_NAMES[step.role] ?? '';
}

function FilePreview({ file }: { file: DossierFile }) {
  const url = `${file.downloadUrl}?inline=true`;
  if (file.contentType.startsWith('image/') && file.contentType !== 'image/tiff') return <Image src={url} alt={file.originalName} width={96} />;
  return (
    <a href={url} target="_blank" rel="noopener">
      Xem
    </a>
  );
}

export function DossierPage({ code }: { code: string }) {
  const { message } = App.useApp();
  const [dossier, setDossier] = useState<DossierDetail | null>(null);
  const [files, setFiles] = useState<DossierFile[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [action, setAction] = useState<string | null>(null);
  const [departments, setDepartments] = useState<Map<string, string>>(new Map());

  const load = useCallback(async () => {
    setError(null);
    try {
      const path = { code };
      const [detail, list] = await Promise.all([ok(client.GET('/api/dossiers/{code}', { params: { path } })), ok(client.GET('/api/dossiers/{code}/files', { params: { path } }))]);
      setDossier(detail);
      setFiles(list.items);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [code]);
  useEffect(() => void load(), [load]);
  useLiveDossier(code, load);
  const unitCode = dossier?.unitCode;
  useEffect(() => {
    if (!unitCode) return;
    void ok(client.GET('/api/units/{code}/departments', { params: { path: { code: unitCode } } }))
      .then((r) => setDepartments(new Map(r.items.map((d) => [d.code, d.name]))))
      .catch(() => undefined);
  }, [unitCode]);

  if (error) return <Alert type="error" showIcon message={error} action={<Button onClick={() => void load()}>Thử lại</Button>} />;
  if (!dossier) return <Spin />;

  const actions = dossier.allowedActions.filter((a) => ACTIONS[a]);
  const canAttach = dossier.allowedActions.includes('file_attached');
  const payments = dossier.history.filter((h) => h.type === 'fee_paid');
  const extended = dossier.extensions.length > 0;

  const upload = async (file: File, kind: 'component' | 'result') => {
    const body = new FormData();
    body.set('kind', kind);
    body.set('expectedVersion', String(dossier.version));
    body.set('file', file, file.name);
    try {
      await ok(client.POST('/api/dossiers/{code}/files', { params: { path: { code: dossier.code } }, ...formBody(body) }));
      message.success(`Đã đính kèm ${file.name}.`);
      await load();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div>
      <Space align="center" wrap style={{ marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          Hồ sơ {dossier.code}
        </Typography.Title>
        <Tag color={STATUS_COLORS[dossier.status]} data-testid="dossier-status">
          {dossier.statusName}
        </Tag>
        {dossier.deadline && <Tag color={LEVEL_COLORS[dossier.deadline.level]}>{`${LEVEL_NAMES[dossier.deadline.level]} — ${formatRemaining(dossier.deadline.remainingMinutes)}`}</Tag>}
        {dossier.paused && <Tag color="purple">Tạm dừng tính thời hạn</Tag>}
        <Button icon={<ReloadOutlined />} onClick={() => void load()} aria-label="Tải lại hồ sơ" />
      </Space>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        <strong>{dossier.procedureName}</strong> ({dossier.procedureCode}) — {dossier.field}
      </Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Typography.Text strong>Thao tác:</Typography.Text>
          {actions.length === 0 && <Typography.Text type="secondary">Không có thao tác nào bạn được thực hiện ở trạng thái này.</Typography.Text>}
          {actions.map((a) => (
            <Button key={a} type={ACTIONS[a]!.primary ? 'primary' : 'default'} danger={ACTIONS[a]!.danger ?? false} onClick={() => setAction(a)}>
              {ACTIONS[a]!.label}
            </Button>
          ))}
        </Space>
        <div style={{ marginTop: 8 }}>
          <Space wrap>
            <Typography.Text strong>Biểu mẫu:</Typography.Text>
            <FormLinks code={dossier.code} forms={formsOf(dossier)} />
          </Space>
        </div>
      </Card>
      <Row gutter={12}>
        <Col xs={24} xl={15}>
          <Card size="small" title="Thông tin hồ sơ" style={{ marginBottom: 12 }}>
            <Descriptions size="small" column={2} bordered>
              <Descriptions.Item label="Người nộp">{dossier.applicant.name}</Descriptions.Item>
              <Descriptions.Item label={dossier.applicant.kind === 'organization' ? 'Mã số thuế' : 'Số CCCD'}>{dossier.applicant.idNumber ?? ''}</Descriptions.Item>
              <Descriptions.Item label="Địa chỉ">{dossier.applicant.address ?? ''}</Descriptions.Item>
              <Descriptions.Item label="Điện thoại, email">{[dossier.applicant.phone, dossier.applicant.email].filter(Boolean).join(', ')}</Descriptions.Item>
              <Descriptions.Item label="Kênh nộp">{CHANNEL_NAMES[dossier.channel] ?? dossier.channel}</Descriptions.Item>
              <Descriptions.Item label="Ngày tiếp nhận">{formatDateTime(dossier.receivedAt)}</Descriptions.Item>
              <Descriptions.Item label={extended ? 'Ngày hẹn trả ban đầu' : 'Ngày hẹn trả'}>
                <span data-testid="original-due">{formatDateTime(dossier.legalDueAt)}</span>
              </Descriptions.Item>
              <Descriptions.Item label="Ngày hẹn trả mới">
                <span data-testid="new-due">{extended ? formatDateTime(dossier.appointmentDueAt) : '—'}</span>
              </Descriptions.Item>
              <Descriptions.Item label="Ngày có kết quả">{formatDateTime(dossier.endedAt)}</Descriptions.Item>
              <Descriptions.Item label="Ngày trả kết quả">{formatDateTime(dossier.returnedAt)}</Descriptions.Item>
              <Descriptions.Item label="Phòng xử lý">{dossier.departmentCode ? (departments.get(dossier.departmentCode) ?? dossier.departmentCode) : 'Bộ phận một cửa'}</Descriptions.Item>
              <Descriptions.Item label="Thời gian tạm dừng">{dossier.pausedWorkingMinutes ? `${formatNumber(dossier.pausedWorkingMinutes)} phút làm việc` : '—'}</Descriptions.Item>
            </Descriptions>
            <DossierSubmitter submitter={dossier.submitter} />
            {extended && (
              <List
                size="small"
                header={<strong>Xin lỗi và hẹn lại</strong>}
                dataSource={dossier.extensions}
                renderItem={(e) => (
                  <List.Item>
                    {formatDateTime(e.at)}: hẹn lại {formatDateTime(e.newDueAt)} — {e.reason}
                  </List.Item>
                )}
              />
            )}
          </Card>
          <Card size="small" title="Các bước xử lý" style={{ marginBottom: 12 }}>
            <Table<Step>
              size="small"
              rowKey="code"
              pagination={false}
              locale={{ emptyText: 'Thủ tục này không có quy trình các bước: hồ sơ đi theo lượt chuyển, phân công ghi ở phần lịch sử.' }}
              dataSource={dossier.steps}
              columns={[
                // Widths that fit the 1366×768 counter PC (~670 px of table): the step's name keeps
                // room for two or three words a line (it wrapped a word a line beside 710 px of fixed columns).
                { title: 'Bước', dataIndex: 'name', width: 140, render: (name: string, s) => (s.current ? <strong>{name}</strong> : name) },
                { title: 'Người xử lý', width: 150, render: (_, s) => holderOf(s) + (s.onBehalfOfName ? ` — ${s.completedByName ?? ''} hoàn thành thay` : '') },
                { title: 'Trạng thái', dataIndex: 'state', width: 110, render: (st: Step['state'], s) => STEP_STATE[st] + (s.returnCount ? ` (trả lại ${s.returnCount} lần)` : '') },
                { title: 'Hạn bước', dataIndex: 'dueAt', width: 95, render: formatDateTime },
                { title: 'Hoàn thành', dataIndex: 'completedAt', width: 95, render: formatDateTime },
                { title: 'Tình trạng', width: 80, render: (_, s) => (s.deadline ? <Tag color={LEVEL_COLORS[s.deadline.level]}>{LEVEL_NAMES[s.deadline.level]}</Tag> : '') },
              ]}
            />
          </Card>
          <Card size="small" title="Thành phần hồ sơ" style={{ marginBottom: 12 }} data-testid="papers">
            {dossier.papers.submitted.length === 0 && dossier.papers.missing.length === 0 ? (
              <Typography.Text type="secondary">Không ghi nhận thành phần hồ sơ khi tiếp nhận.</Typography.Text>
            ) : (
              <List
                size="small"
                dataSource={[...dossier.papers.submitted.map((c) => ({ ...c, missing: false })), ...dossier.papers.missing.map((c) => ({ ...c, missing: true }))]}
                renderItem={(c) => (
                  <List.Item>
                    {c.missing ? <Tag color="red">Còn thiếu</Tag> : <Tag color="green">Đã nộp</Tag>} {c.name} — {FORM_NAMES[c.form] ?? c.form}, {c.quantity} bản
                  </List.Item>
                )}
              />
            )}
            {dossier.papers.missingConfirmed && <Alert type="warning" showIcon message={`Tiếp nhận khi còn thiếu giấy tờ: ${dossier.papers.missingConfirmed.reason}`} />}
            {(dossier.resultReference || dossier.collectedBy) && (
              <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
                {dossier.resultReference && <Descriptions.Item label="Văn bản kết quả">Số {dossier.resultReference}</Descriptions.Item>}
                {dossier.collectedBy && (
                  <Descriptions.Item label="Người nhận kết quả">
                    {dossier.collectedBy.kind === 'applicant' ? 'Người nộp hồ sơ' : 'Người được ủy quyền'} {dossier.collectedBy.name}
                    {dossier.collectedBy.idNumber ? `, giấy tờ tùy thân số ${dossier.collectedBy.idNumber}` : ''}
                    {dossier.collectedBy.authorisation ? ` (ủy quyền: ${dossier.collectedBy.authorisation})` : ''}
                  </Descriptions.Item>
                )}
              </Descriptions>
            )}
          </Card>
          <Card size="small" title="Phí, lệ phí và thanh toán" style={{ marginBottom: 12 }}>
            <Descriptions size="small" column={3}>
              <Descriptions.Item label="Phải nộp">{formatMoney(dossier.feeAmount)}</Descriptions.Item>
              <Descriptions.Item label="Đã nộp">{formatMoney(dossier.paidAmount)}</Descriptions.Item>
              <Descriptions.Item label="Còn lại">{formatMoney(Math.max(0, dossier.feeAmount - dossier.paidAmount))}</Descriptions.Item>
            </Descriptions>
            {payments.length > 0 && (
              <List
                size="small"
                dataSource={payments}
                renderItem={(p) => (
                  <List.Item>
                    {formatDateTime(p.at)} — {formatMoney(Number(p.payload.amount ?? 0))} {p.payload.online ? '(trực tuyến)' : '(tại quầy)'}
                  </List.Item>
                )}
              />
            )}
          </Card>
          <Card
            size="small"
            title="Tệp đính kèm"
            extra={
              canAttach && (
                <Space>
                  <Upload showUploadList={false} beforeUpload={(f) => (void upload(f, 'component'), false)} accept=".pdf,.png,.jpg,.jpeg,.tif,.tiff,.webp">
                    <Button icon={<UploadOutlined />}>Thêm bản quét</Button>
                  </Upload>
                  <Upload showUploadList={false} beforeUpload={(f) => (void upload(f, 'result'), false)} accept=".pdf,.png,.jpg,.jpeg">
                    <Button icon={<UploadOutlined />}>Thêm tệp kết quả</Button>
                  </Upload>
                </Space>
              )
            }
          >
            {files.length === 0 ? (
              <Empty description="Chưa có tệp nào đính kèm hồ sơ. Bấm “Thêm bản quét” hoặc “Thêm tệp kết quả” để đính kèm." image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <Table<DossierFile>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={files}
                columns={[
                  { title: 'Tệp', dataIndex: 'originalName', render: (name: string, f) => (f.canDownload ? <a href={f.downloadUrl}>{name}</a> : name) },
                  { title: 'Loại', dataIndex: 'kind', width: 110, render: (k: string) => (k === 'result' ? 'Kết quả' : 'Thành phần') },
                  { title: 'Dung lượng', dataIndex: 'size', width: 110, render: (s: number) => `${formatNumber(Math.ceil(s / 1024))} KB` },
                  // Scans hold citizens' data: only the unit holding the dossier may open them (no link that would be refused).
                  { title: 'Xem trước', width: 120, render: (_, f) => (f.canDownload ? <FilePreview file={f} /> : <Typography.Text type="secondary">Chỉ đơn vị giữ hồ sơ</Typography.Text>) },
                ]}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small" title="Diễn biến hồ sơ">
            <Timeline
              items={dossier.history.map((h) => ({
                key: h.seq,
                color: h.type === 'refused_at_reception' || h.type === 'stopped' ? 'red' : h.type === 'extended' || h.type === 'supplement_requested' ? 'orange' : 'blue',
                children: (
                  <div>
                    <strong>{h.description}</strong>
                    <div>
                      <Typography.Text type="secondary">
                        {formatDateTime(h.at)} · {h.actorName}
                      </Typography.Text>
                    </div>
                  </div>
                ),
              }))}
            />
          </Card>
          <DossierAlerts code={dossier.code} />
          <DossierNotices code={dossier.code} canAct={actions.length > 0} />
          <NoticePreferencesCard code={dossier.code} canAct={actions.length > 0} contact={dossier.applicant} />
        </Col>
      </Row>
      {action && (
        <ActionModal
          event={action}
          dossier={dossier}
          onClose={() => setAction(null)}
          onDone={(d) => {
            setAction(null);
            setDossier(d);
            message.success(`${ACTIONS[action]!.label}: đã ghi nhận.`);
            void load();
          }}
        />
      )}
    </div>
  );
}
