/** The shell: login, the menu by role, the page of the current address. */
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { Alert, Button, Layout, Menu, Result, Space, Spin, Typography } from 'antd';
import {
  AppstoreOutlined,
  BarChartOutlined,
  CalendarOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  HistoryOutlined,
  ImportOutlined,
  InboxOutlined,
  NotificationOutlined,
  KeyOutlined,
  LogoutOutlined,
  MessageOutlined,
  SettingOutlined,
  TeamOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { client, logout, ok, restoreSession, setUnauthorizedHandler } from './api.ts';
import { ROLE_NAMES } from './labels.ts';
import { Link, match, navigate, useLocation } from './router.tsx';
import { SessionContext, can, homeOf } from './session.ts';
import type { CurrentUser } from './api/types.ts';
import { LoginPage } from './pages/Login.tsx';
const CounterPanelPage = lazy(() => import('./pages/queue/CounterPanel.tsx').then((m) => ({ default: m.CounterPanelPage })));
import { ChangeOwnPasswordDialog } from './pages/PasswordDialogs.tsx';

// Every page loads on demand (issue 15): the login page fetches only the shell and the login form.
const ReceptionPage = lazy(() => import('./pages/Reception.tsx').then((m) => ({ default: m.ReceptionPage })));
const QueuesPage = lazy(() => import('./pages/Queues.tsx').then((m) => ({ default: m.QueuesPage })));
const DossierPage = lazy(() => import('./pages/Dossier.tsx').then((m) => ({ default: m.DossierPage })));
const SearchPage = lazy(() => import('./pages/Search.tsx').then((m) => ({ default: m.SearchPage })));
const OverviewPage = lazy(() => import('./pages/Overview.tsx').then((m) => ({ default: m.OverviewPage })));
const ReportsPage = lazy(() => import('./pages/Reports.tsx').then((m) => ({ default: m.ReportsPage })));
const ProceduresPage = lazy(() => import('./pages/admin/Procedures.tsx').then((m) => ({ default: m.ProceduresPage })));
const CalendarPage = lazy(() => import('./pages/admin/Calendar.tsx').then((m) => ({ default: m.CalendarPage })));
const UsersPage = lazy(() => import('./pages/admin/Users.tsx').then((m) => ({ default: m.UsersPage })));
const ImportsPage = lazy(() => import('./pages/admin/Imports.tsx').then((m) => ({ default: m.ImportsPage })));
const ChangeLogPage = lazy(() => import('./pages/admin/ChangeLog.tsx').then((m) => ({ default: m.ChangeLogPage })));
const PaknRegisterPage = lazy(() => import('./pages/pakn/PaknRegister.tsx').then((m) => ({ default: m.PaknRegisterPage })));
const PaknPage = lazy(() => import('./pages/pakn/PaknPage.tsx').then((m) => ({ default: m.PaknPage })));

const AlertBell = lazy(() => import('./pages/alerts/AlertBell.tsx').then((m) => ({ default: m.AlertBell })));
const WallPage = lazy(() => import('./pages/overview/Wall.tsx').then((m) => ({ default: m.WallPage })));
const UnitSettingsPage = lazy(() => import('./pages/admin/UnitSettings.tsx').then((m) => ({ default: m.UnitSettingsPage })));

const { Header, Sider, Content } = Layout;

interface MenuEntry {
  key: string;
  label: string;
  icon: ReactNode;
  show: (user: CurrentUser) => boolean;
}

const MENU: MenuEntry[] = [
  { key: '/tiep-nhan', label: 'Tiếp nhận hồ sơ', icon: <InboxOutlined />, show: (u) => can.receive(u.role) },
  { key: '/quay', label: 'Quầy gọi số', icon: <NotificationOutlined />, show: (u) => can.receive(u.role) },
  { key: '/viec-cua-toi', label: 'Việc của tôi', icon: <UnorderedListOutlined />, show: (u) => can.workQueues(u.role) },
  { key: '/ho-so', label: 'Tra cứu hồ sơ', icon: <FileSearchOutlined />, show: (u) => can.searchDossiers(u.role) },
  { key: '/tong-quan', label: 'Tổng quan', icon: <BarChartOutlined />, show: (u) => can.overview(u.role) },
  { key: '/pakn', label: 'Phản ánh, kiến nghị', icon: <MessageOutlined />, show: (u) => can.pakn(u.role) },
  { key: '/bao-cao', label: 'Báo cáo định kỳ', icon: <FileTextOutlined />, show: (u) => can.report(u.role) },
  { key: '/quan-tri/thu-tuc', label: 'Thủ tục của đơn vị', icon: <AppstoreOutlined />, show: (u) => can.administer(u.role) },
  { key: '/quan-tri/lich', label: 'Lịch làm việc', icon: <CalendarOutlined />, show: (u) => can.administer(u.role) },
  { key: '/quan-tri/nguoi-dung', label: 'Người dùng và vai trò', icon: <TeamOutlined />, show: (u) => can.administer(u.role) },
  { key: '/quan-tri/don-vi', label: 'Cấu hình đơn vị', icon: <SettingOutlined />, show: (u) => can.administer(u.role) },
  { key: '/quan-tri/nhap-du-lieu', label: 'Nhập dữ liệu', icon: <ImportOutlined />, show: (u) => can.administer(u.role) },
  { key: '/quan-tri/nhat-ky', label: 'Nhật ký cấu hình', icon: <HistoryOutlined />, show: (u) => can.administer(u.role) },
];

const TITLES: Array<[string, string]> = [
  ['/tiep-nhan', 'Tiếp nhận hồ sơ'],
  ['/quay', 'Quầy gọi số'],
  ['/viec-cua-toi', 'Việc của tôi'],
  ['/ho-so/:code', 'Chi tiết hồ sơ'],
  ['/pakn', 'Phản ánh, kiến nghị'],
  ['/pakn/:code', 'Chi tiết phản ánh, kiến nghị'],
  ['/ho-so', 'Tra cứu hồ sơ'],
  ['/tong-quan', 'Tổng quan'],
  ['/man-hinh', 'Màn hình trung tâm'],
  ['/bao-cao', 'Báo cáo định kỳ'],
  ['/quan-tri/thu-tuc', 'Thủ tục của đơn vị'],
  ['/quan-tri/lich', 'Lịch làm việc'],
  ['/quan-tri/nguoi-dung', 'Người dùng và vai trò'],
  ['/quan-tri/don-vi', 'Cấu hình đơn vị'],
  ['/quan-tri/nhap-du-lieu', 'Nhập dữ liệu'],
  ['/quan-tri/nhat-ky', 'Nhật ký thay đổi cấu hình'],
];

function Page({ path, user }: { path: string; user: CurrentUser }) {
  const dossier = match('/ho-so/:code', path);
  if (dossier) return <DossierPage code={dossier.code!} />;
  const pakn = match('/pakn/:code', path);
  if (pakn) return <PaknPage code={pakn.code!} />;
  switch (path) {
    case '/pakn':
      return <PaknRegisterPage />;
    case '/tiep-nhan':
      return <ReceptionPage />;
    case '/quay':
      return <CounterPanelPage />;
    case '/viec-cua-toi':
      return <QueuesPage />;
    case '/ho-so':
      return <SearchPage />;
    case '/tong-quan':
      return <OverviewPage />;
    case '/bao-cao':
      return <ReportsPage />;
    case '/quan-tri/thu-tuc':
      return <ProceduresPage />;
    case '/quan-tri/lich':
      return <CalendarPage />;
    case '/quan-tri/nguoi-dung':
      return <UsersPage />;
    case '/quan-tri/don-vi':
      return <UnitSettingsPage />;
    case '/quan-tri/nhap-du-lieu':
      return <ImportsPage />;
    case '/quan-tri/nhat-ky':
      return <ChangeLogPage />;
    default:
      return (
        <Result
          status="404"
          title="Không tìm thấy trang"
          subTitle="Địa chỉ này không có trong Một Cửa."
          extra={
            <Button type="primary" onClick={() => navigate(homeOf(user.role))}>
              Về trang chính
            </Button>
          }
        />
      );
  }
}

/**
 * On a server holding demo data (GET /api/about), a banner on every page, the login page
 * included: its accounts share a public password, so nothing real belongs there.
 */
function DemoBanner() {
  const [demo, setDemo] = useState(false);
  useEffect(() => {
    ok(client.GET('/api/about')).then((about) => setDemo(about.demo), () => undefined);
  }, []);
  if (!demo) return null;
  return (
    <Alert
      banner
      type="error"
      role="alert"
      message="BẢN DÙNG THỬ VỚI DỮ LIỆU MẪU: mọi tài khoản mẫu (kể cả quản trị viên) dùng chung một mật khẩu công khai. Không nhập dữ liệu thật vào đây."
    />
  );
}

export function App() {
  const { path, navigation } = useLocation();
  const [user, setUser] = useState<CurrentUser | null | undefined>(undefined);
  const [passwordOpen, setPasswordOpen] = useState(false);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setUser(null);
      navigate('/dang-nhap', { replace: true });
    });
    void restoreSession().then(setUser);
  }, []);

  useEffect(() => {
    const title = TITLES.find(([pattern]) => match(pattern, path))?.[1];
    document.title = user ? `${title ?? 'Một Cửa'} — Một Cửa` : 'Đăng nhập — Một Cửa';
  }, [path, user]);

  useEffect(() => {
    if (user === null && path !== '/dang-nhap') navigate('/dang-nhap', { replace: true });
    if (user && (path === '/' || path === '/dang-nhap')) navigate(homeOf(user.role), { replace: true });
  }, [user, path]);

  if (user === undefined) {
    return (
      <div style={{ display: 'grid', placeItems: 'center', height: '100vh' }}>
        <Spin size="large" tip="Đang tải…">
          <div style={{ padding: 50 }} />
        </Spin>
      </div>
    );
  }
  if (user === null) {
    return (
      <>
        <DemoBanner />
        <LoginPage onLogin={setUser} />
      </>
    );
  }

  // Wall mode (issue 16): the center's TV, full screen without the menus.
  if (path === '/man-hinh' && can.overview(user.role)) {
    return (
      <SessionContext.Provider value={user}>
        <Suspense fallback={<Spin />}>
          <WallPage />
        </Suspense>
      </SessionContext.Provider>
    );
  }

  const items = MENU.filter((m) => m.show(user)).map((m) => ({ key: m.key, icon: m.icon, label: <Link to={m.key}>{m.label}</Link> }));
  const selected = MENU.map((m) => m.key).filter((key) => path === key || path.startsWith(`${key}/`));

  return (
    <SessionContext.Provider value={user}>
      <DemoBanner />
      <Layout style={{ minHeight: '100vh' }}>
        <Sider width={210} breakpoint="lg" theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
          <div style={{ padding: '14px 16px', fontWeight: 700, fontSize: 18, color: '#b71c1c' }}>Một Cửa</div>
          <nav aria-label="Điều hướng chính">
            <Menu mode="inline" selectedKeys={selected} items={items} />
          </nav>
        </Sider>
        <Layout>
          <Header style={{ background: '#fff', padding: '0 20px', display: 'flex', justifyContent: 'space-between', alignItems: 'center', height: 52, borderBottom: '1px solid #f0f0f0' }}>
            <Typography.Text type="secondary" title={user.unitCode}>
              {user.unitName}
            </Typography.Text>
            <Space>
              <Suspense fallback={null}>
                <AlertBell />
              </Suspense>
              <span>
                <strong>{user.fullName}</strong> — {ROLE_NAMES[user.role]}
              </span>
              <Button icon={<KeyOutlined />} onClick={() => setPasswordOpen(true)}>
                Đổi mật khẩu
              </Button>
              <Button
                icon={<LogoutOutlined />}
                onClick={() => {
                  void logout().finally(() => {
                    setUser(null);
                    navigate('/dang-nhap');
                  });
                }}
              >
                Đăng xuất
              </Button>
            </Space>
          </Header>
          <ChangeOwnPasswordDialog open={passwordOpen} onClose={() => setPasswordOpen(false)} />
          <Content style={{ padding: 16 }}>
            <main>
              <Suspense fallback={<Spin />}>
                <Page key={navigation} path={path} user={user} />
              </Suspense>
            </main>
          </Content>
        </Layout>
      </Layout>
    </SessionContext.Provider>
  );
}
