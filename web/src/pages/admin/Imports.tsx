/**
 * Import from another system (routes of docs/import.md): drop an XLSX/CSV export, preview the
 * recognised columns and the first rows, import in the background with progress, cancel a
 * running import ("Hủy": it stops at its next batch of 1.000 rows, what was written stays),
 * download the rejected rows; the recent imports of the user's unit below.
 */
import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Form, Input, Progress, Space, Table, Tag, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { client, formBody, ok } from '../../api.ts';
import type { ImportJob, ImportPreview } from '../../api/types.ts';
import { formatDateTime, formatNumber } from '../../labels.ts';

export function ImportsPage() {
  const [source, setSource] = useState('');
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [jobs, setJobs] = useState<ImportJob[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const timer = useRef<number | undefined>(undefined);

  const loadJobs = () =>
    void ok(client.GET('/api/imports'))
      .then((r) => setJobs(r.items))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  useEffect(() => {
    loadJobs();
    return () => window.clearTimeout(timer.current);
  }, []);

  const form = () => {
    const body = new FormData();
    body.set('source', source.trim());
    const file = files[0]?.originFileObj;
    if (file) body.set('file', file, file.name);
    return body;
  };
  const ready = source.trim() !== '' && files.length === 1;

  const cancel = async (id: string) => {
    setError(null);
    try {
      const asked = await ok(client.POST('/api/imports/{id}/cancel', { params: { path: { id } } }));
      if (job?.id === id) setJob(asked);
      loadJobs();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const cancelButton = (j: ImportJob) =>
    j.status === 'running' && !j.cancelRequested ? (
      <Button danger size="small" onClick={() => void cancel(j.id)} aria-label={`Hủy lần nhập ${j.fileName ?? j.source}`}>
        Hủy
      </Button>
    ) : null;

  const run = async (what: 'preview' | 'import') => {
    setBusy(true);
    setError(null);
    try {
      if (what === 'preview') {
        setPreview(await ok(client.POST('/api/imports/preview', formBody(form()))));
      } else {
        const started = await ok(client.POST('/api/imports', formBody(form())));
        setJob(started);
        const poll = async () => {
          const current = await ok(client.GET('/api/imports/{id}', { params: { path: { id: started.id } } }));
          setJob(current);
          if (current.status === 'running') timer.current = window.setTimeout(() => void poll(), 1000);
          else loadJobs();
        };
        await poll();
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const headers = preview?.mapping.columns.map((c) => c.header) ?? [];
  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        Nhập dữ liệu từ hệ thống khác
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Form layout="vertical">
          <Form.Item label="Tên hệ thống nguồn (ví dụ: cong-dvc, mot-cua-cu)" htmlFor="import-source" required>
            <Input id="import-source" value={source} onChange={(e) => setSource(e.target.value)} maxLength={100} style={{ width: 320 }} />
          </Form.Item>
          <Form.Item label="Tệp xuất từ hệ thống khác (.xlsx hoặc .csv)" htmlFor="import-file">
            <Upload.Dragger
              id="import-file"
              accept=".xlsx,.csv"
              maxCount={1}
              fileList={files}
              beforeUpload={(file) => {
                setFiles([{ uid: file.uid, name: file.name, size: file.size, originFileObj: file, status: 'done' }]);
                setPreview(null);
                setJob(null);
                return false;
              }}
              onRemove={() => setFiles([])}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">Kéo thả tệp vào đây hoặc bấm để chọn tệp</p>
            </Upload.Dragger>
          </Form.Item>
          <Space>
            <Button disabled={!ready} loading={busy} onClick={() => void run('preview')}>
              Xem trước
            </Button>
            <Button type="primary" disabled={!ready || busy} onClick={() => void run('import')}>
              Nhập dữ liệu
            </Button>
          </Space>
        </Form>
      </Card>
      {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 12 }} />}
      {job && (
        <Card size="small" title={`Lần nhập ${job.fileName ?? ''}`} style={{ marginBottom: 12 }}>
          <Progress percent={job.percent} status={job.status === 'failed' ? 'exception' : job.status === 'done' ? 'success' : job.status === 'cancelled' ? 'normal' : 'active'} />
          <Space wrap>
            <Tag data-testid="import-status">{job.statusName}</Tag>
            {cancelButton(job)}
            <span>
              {formatNumber(job.rows)} dòng: {formatNumber(job.created)} hồ sơ mới, {formatNumber(job.updated)} cập nhật, {formatNumber(job.unchanged)} không đổi, {formatNumber(job.rejected)} bị từ chối
            </span>
            {job.errorReportUrl && (
              <>
                <Button href={`${job.errorReportUrl}?format=xlsx`}>Tải danh sách dòng lỗi (XLSX)</Button>
                <Button href={`${job.errorReportUrl}?format=csv`}>CSV</Button>
              </>
            )}
          </Space>
          {job.message && <Alert type={job.status === 'failed' ? 'error' : 'info'} message={job.message} style={{ marginTop: 8 }} />}
        </Card>
      )}
      {preview && (
        <Card size="small" title={`Xem trước: dòng tiêu đề ${preview.mapping.headerRow}`} style={{ marginBottom: 12 }}>
          <Table
            size="small"
            rowKey="index"
            pagination={false}
            title={() => 'Cột nhận ra'}
            locale={{ emptyText: 'Không đọc được dòng tiêu đề nào trong tệp. Hãy kiểm tra tệp có dòng tiêu đề cột.' }}
            dataSource={preview.mapping.columns}
            columns={[
              { title: 'Tiêu đề cột trong tệp', dataIndex: 'header' },
              { title: 'Trường của Một Cửa', dataIndex: 'fieldLabel', render: (label?: string) => label ?? <Typography.Text type="secondary">giữ nguyên kèm hồ sơ</Typography.Text> },
            ]}
          />
          {preview.missingFields.length > 0 && <Alert type="warning" style={{ margin: '8px 0' }} message={`Không có cột cho: ${preview.missingFields.map((f) => f.label).join(', ')}`} />}
          <Table
            size="small"
            rowKey="row"
            pagination={false}
            scroll={{ x: true }}
            title={() => 'Các dòng đầu'}
            locale={{ emptyText: 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề. Hãy kiểm tra tệp rồi chọn lại.' }}
            dataSource={preview.rows}
            columns={[
              { title: 'Dòng', dataIndex: 'row', width: 60 },
              ...headers.map((h) => ({ title: h, render: (_: unknown, r: ImportPreview['rows'][number]) => r.cells[h] ?? '' })),
              { title: 'Lỗi', render: (_: unknown, r: ImportPreview['rows'][number]) => (r.problems ?? []).map((p) => `${p.column}: ${p.reason}`).join('; ') },
            ]}
          />
        </Card>
      )}
      <Table<ImportJob>
        size="small"
        rowKey="id"
        pagination={false}
        title={() => <strong>Các lần nhập gần đây</strong>}
        dataSource={jobs}
        locale={{ emptyText: 'Chưa có lần nhập nào. Chọn tệp ở trên, bấm “Xem trước” rồi “Nhập dữ liệu”.' }}
        columns={[
          { title: 'Bắt đầu', dataIndex: 'startedAt', width: 140, render: (at: string) => formatDateTime(new Date(new Date(at).getTime() + 7 * 3_600_000).toISOString()) },
          { title: 'Nguồn', dataIndex: 'source', width: 140 },
          { title: 'Tệp', dataIndex: 'fileName' },
          { title: 'Trạng thái', dataIndex: 'statusName', width: 120 },
          { title: 'Số dòng', dataIndex: 'rows', width: 90, render: (n: number) => formatNumber(n) },
          { title: 'Bị từ chối', dataIndex: 'rejected', width: 100, render: (n: number) => formatNumber(n) },
          { title: '', key: 'cancel', width: 70, render: (_: unknown, j: ImportJob) => cancelButton(j) },
        ]}
      />
    </div>
  );
}
