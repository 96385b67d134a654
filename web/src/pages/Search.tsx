/** Search and lists: the filters of GET /api/dossiers, paged, and the same filters exported to XLSX. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Checkbox, DatePicker, Form, Input, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { FileExcelOutlined, FileWordOutlined, PrinterOutlined, SearchOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { client, ok, query } from '../api.ts';
import { formatNumber } from '../labels.ts';
import { STATUS_NAMES } from '../../../src/domain/dossier/state.ts';
import { useUser } from '../session.ts';
import { navigate, useLocation } from '../router.tsx';
import type { DossierFilters, DossierList, DossierSort } from '../api/types.ts';
import { DossierTable } from './DossierTable.tsx';
import { useLiveList } from '../live-lists.ts';

const STATUSES = Object.entries(STATUS_NAMES).map(([code, name]) => [Number(code), name] as const);

interface Filters {
  q?: string;
  status?: number[];
  field?: string;
  dueBefore?: Dayjs | null;
  overdue?: boolean;
  dueSoon?: boolean;
  /** Set only from the address (a figure of the overview opened as its list). */
  unitCode?: string;
  departmentCode?: string;
  assigneeId?: string;
  /** w4-links: not routed to a department, not assigned (address only: the boards' desk and "Chưa phân công" rows). */
  unrouted?: boolean;
  unassigned?: boolean;
  /** w3-links: due on this day (YYYY-MM-DD), received from / to these days (address only). */
  dueOn?: string;
  receivedFrom?: string;
  receivedTo?: string;
  /** w4-links (address only): received dossiers only, apologies owed, ended from / to, resolved on time or late. */
  receivedOnly?: boolean;
  apologyOwed?: boolean;
  closedFrom?: string;
  closedTo?: string;
  resolved?: 'all' | 'onTime' | 'late';
}

/** ?giaiQuyet= of the address → the API's `resolved`. */
const RESOLVED_WORDS = { tatCa: 'all', dungHan: 'onTime', quaHan: 'late' } as const;
const resolvedOf = (word: string | null) => (word !== null && Object.hasOwn(RESOLVED_WORDS, word) ? RESOLVED_WORDS[word as keyof typeof RESOLVED_WORDS] : undefined);

/**
 * Filters given in the address (issue 15 §4: every figure of the overview opens its list):
 * ?trangThai=2,4&quaHan=1&sapDenHan=1&linhVuc=…&hanTruoc=YYYY-MM-DD&q=…&donVi=…&phong=…&canBo=…
 * &hanNgay=YYYY-MM-DD&nhanTu=YYYY-MM-DD&nhanDen=YYYY-MM-DD
 * &chuaChuyen=1&chuaPhanCong=1&daTiepNhan=1&xinLoi=1&dongTu=YYYY-MM-DD&dongDen=YYYY-MM-DD&giaiQuyet=tatCa|dungHan|quaHan (w4-links)
 */
export function filtersFromAddress(search: URLSearchParams): Filters {
  const statuses = (search.get('trangThai') ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n >= 1 && n <= 10);
  const text = (key: string) => search.get(key)?.trim() || undefined;
  const day = (key: string) => {
    const value = search.get(key);
    return value && /^\d{4}-\d{2}-\d{2}$/.test(value) && dayjs(value).isValid() ? value : undefined;
  };
  const due = day('hanTruoc');
  const filters: Filters = {
    q: text('q'),
    status: statuses.length ? statuses : undefined,
    field: text('linhVuc'),
    dueBefore: due === undefined ? undefined : dayjs(due),
    overdue: search.get('quaHan') === '1' || undefined,
    dueSoon: search.get('sapDenHan') === '1' || undefined,
    unitCode: text('donVi'),
    departmentCode: text('phong'),
    assigneeId: text('canBo'),
    unrouted: search.get('chuaChuyen') === '1' || undefined,
    unassigned: search.get('chuaPhanCong') === '1' || undefined,
    dueOn: day('hanNgay'),
    receivedFrom: day('nhanTu'),
    receivedTo: day('nhanDen'),
    receivedOnly: search.get('daTiepNhan') === '1' || undefined,
    apologyOwed: search.get('xinLoi') === '1' || undefined,
    closedFrom: day('dongTu'),
    closedTo: day('dongDen'),
    resolved: resolvedOf(search.get('giaiQuyet')),
  };
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as Filters;
}

function toQuery(f: Filters): DossierFilters {
  return {
    q: f.q?.trim() || undefined,
    status: f.status?.length ? f.status.join(',') : undefined,
    field: f.field || undefined,
    dueBefore: f.dueBefore ? f.dueBefore.format('YYYY-MM-DD') : undefined,
    overdue: f.overdue ? 'true' : undefined,
    dueSoon: f.dueSoon ? 'true' : undefined,
    unitCode: f.unitCode,
    departmentCode: f.departmentCode,
    assigneeId: f.assigneeId,
    unrouted: f.unrouted ? 'true' : undefined,
    unassigned: f.unassigned ? 'true' : undefined,
    dueOn: f.dueOn,
    receivedFrom: f.receivedFrom,
    receivedTo: f.receivedTo,
    receivedOnly: f.receivedOnly ? 'true' : undefined,
    apologyOwed: f.apologyOwed ? 'true' : undefined,
    closedFrom: f.closedFrom,
    closedTo: f.closedTo,
    resolved: f.resolved,
  };
}

export function SearchPage() {
  const { search, navigation } = useLocation();
  const fromAddress = filtersFromAddress(search);
  const title = search.get('tieuDe');
  const [filters, setFilters] = useState<Filters>(fromAddress);
  const [page, setPage] = useState(1);
  /** Newest received first until a column is clicked (the route's default). */
  const [sort, setSort] = useState<DossierSort>('-receivedAt');
  const [data, setData] = useState<DossierList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Array<{ code: string; name: string }>>([]);
  const pageSize = 20;

  useEffect(() => {
    void ok(client.GET('/api/catalog/fields')).then((r) => setFields(r.items));
  }, []);
  // Another address (a figure opened from the overview): its filters.
  useEffect(() => {
    setPage(1);
    setFilters(filtersFromAddress(new URLSearchParams(window.location.search)));
  }, [navigation]);
  // Answers of an older search (or an older live reload) arriving late are dropped.
  const latest = useRef(0);
  const load = useCallback(() => {
    const asked = ++latest.current;
    ok(client.GET('/api/dossiers', { params: { query: { ...toQuery(filters), sort, page, pageSize } } }))
      .then((answer) => asked === latest.current && (setData(answer), setError(null)))
      .catch((e: unknown) => asked === latest.current && setError(e instanceof Error ? e.message : String(e)));
  }, [filters, sort, page]);
  useEffect(() => {
    setData(null);
    setError(null);
    load();
  }, [load]);
  useLiveList(load);

  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        Tra cứu hồ sơ
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 12 }}>
        {title && (
          <Alert
            type="info"
            style={{ marginBottom: 8 }}
            message={`Danh sách: ${title}`}
            action={
              <Button size="small" onClick={() => navigate('/ho-so')}>
                Bỏ lọc
              </Button>
            }
          />
        )}
        <Form<Filters>
          key={navigation}
          layout="inline"
          initialValues={fromAddress}
          onFinish={(values) => {
            setPage(1);
            // The place of the list (unit, department, officer) stays until "Bỏ lọc".
            setFilters({ ...values, unitCode: filters.unitCode, departmentCode: filters.departmentCode, assigneeId: filters.assigneeId, unrouted: filters.unrouted, unassigned: filters.unassigned });
          }}
          style={{ rowGap: 8 }}
        >
          <Form.Item label="Mã hồ sơ, tên, CCCD hoặc số điện thoại" name="q">
            <Input allowClear style={{ width: 230 }} placeholder="VD: 001090000123, 0912 345 678" />
          </Form.Item>
          <Form.Item label="Trạng thái" name="status">
            <Select mode="multiple" allowClear style={{ minWidth: 220 }} maxTagCount={2} options={STATUSES.map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item label="Lĩnh vực" name="field">
            <Select allowClear showSearch optionFilterProp="label" style={{ width: 220 }} options={fields.map((f) => ({ value: f.name, label: f.name }))} />
          </Form.Item>
          <Form.Item label="Hạn trước ngày" name="dueBefore">
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="overdue" valuePropName="checked">
            <Checkbox>Quá hạn</Checkbox>
          </Form.Item>
          <Form.Item name="dueSoon" valuePropName="checked">
            <Checkbox>Sắp đến hạn</Checkbox>
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              Tìm
            </Button>
            <Button icon={<FileExcelOutlined />} href={`/api/dossiers/export.xlsx${query({ ...toQuery(filters), sort })}`}>
              Xuất Excel
            </Button>
          </Space>
        </Form>
      </Card>
      <TrackingBook />
      {error && <Alert type="error" showIcon message={error} />}
      <DossierTable
        caption={`Tìm thấy ${data ? formatNumber(data.total) : '…'} hồ sơ`}
        items={data?.items ?? []}
        loading={!data && !error}
        emptyText={Object.values(toQuery(filters)).some(Boolean) ? undefined : 'Đơn vị chưa có hồ sơ nào. Hồ sơ tiếp nhận tại quầy hoặc nộp trực tuyến sẽ hiện ở đây.'}
        sort={sort}
        onSort={(next) => {
          setPage(1);
          setSort(next ?? '-receivedAt');
        }}
        pagination={{ current: page, pageSize, total: data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
      />
    </div>
  );
}

/** Mẫu 07 — Sổ theo dõi hồ sơ of the unit for a date range (forms route: HTML to print, DOCX, XLSX). */
function TrackingBook() {
  const user = useUser();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('month'), dayjs()]);
  const link = (format: 'html' | 'docx' | 'xlsx') => `/api/forms/mau-07${query({ unit: user.unitCode, from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD'), format })}`;
  return (
    <Card size="small" style={{ marginBottom: 12 }}>
      <Space wrap>
        <Typography.Text strong>Mẫu 07 — Sổ theo dõi hồ sơ:</Typography.Text>
        <DatePicker.RangePicker
          aria-label="Khoảng ngày của sổ theo dõi"
          format="DD/MM/YYYY"
          value={range}
          allowClear={false}
          onChange={(value) => value && value[0] && value[1] && setRange([value[0], value[1]])}
        />
        <Button icon={<PrinterOutlined />} href={link('html')} target="_blank" rel="noopener">
          In sổ
        </Button>
        <Button icon={<FileWordOutlined />} href={link('docx')}>
          Tải DOCX
        </Button>
        <Button icon={<FileExcelOutlined />} href={link('xlsx')}>
          Tải XLSX
        </Button>
      </Space>
    </Card>
  );
}
