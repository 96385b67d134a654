/**
 * Wall mode (issue 16 §5): the center's TV at /man-hinh — full screen, large type, no menus. It
 * cycles every N seconds (?giay=N, 5–300, default 20) between the unit's board (today's counts
 * and the sizes of the warning lists), the waiting list (the queue board: WallQueue.tsx; skipped
 * for a unit without a queue) and the list of dossiers overdue and due today, and
 * reloads from the live stream (live.ts: reconnects with a growing pause, so it survives a server
 * restart; the last figures stay on screen meanwhile). A city supervisor's screen shows the unit
 * given by ?donVi=….
 */
import { useEffect, useState } from 'react';
import { client, ok } from '../../api.ts';
import { formatClock, formatDate, formatDateTime, formatNumber, formatRemaining } from '../../labels.ts';
import { isDossierChange, useLiveData } from '../../live.ts';
import { useLocation } from '../../router.tsx';
import { useUser } from '../../session.ts';
import { WARNING_LIST_NAMES } from './WarningLists.tsx';
import { useWallQueue, WallQueue } from './WallQueue.tsx';

export const WALL_DEFAULT_SECONDS = 20;
const SCREENS = ['board', 'queue', 'list'] as const;
/** Rows of the list screen: 12 on a full-HD TV, 9 on a 768-pixel-high one. */
const listRows = (): number => (window.innerHeight < 900 ? 9 : 12);
/** Widths of the list's columns (code, procedure, place, due date, time left): codes stay on one line. */
const LIST_COLUMNS = ['27%', 'auto', '15%', '17%', '16%'];

const page: React.CSSProperties = { position: 'fixed', inset: 0, background: '#0b1d33', color: '#fff', padding: 'clamp(16px, 2.6vh, 28px) 48px', fontFamily: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif', overflow: 'hidden' };
const cell: React.CSSProperties = { padding: 'clamp(5px, 1vh, 10px) 10px', borderBottom: '1px solid #28466b', fontSize: 'clamp(19px, 2.6vh, 28px)', textAlign: 'left', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' };

function secondsOf(text: string | null): number {
  const n = Number(text);
  return Number.isInteger(n) && n >= 5 && n <= 300 ? n : WALL_DEFAULT_SECONDS;
}

function Figure({ label, value, color }: { label: string; value: number; color: string }) {
  return (
    <div data-testid={`wall-${label}`} style={{ background: '#12304f', borderRadius: 16, padding: 'clamp(12px, 2.2vh, 24px) 28px', borderTop: `8px solid ${color}` }}>
      <div style={{ fontSize: 30, opacity: 0.85 }}>{label}</div>
      <div style={{ fontSize: 'min(120px, 12.5vh)', fontWeight: 700, lineHeight: 1.1, color }}>{formatNumber(value)}</div>
    </div>
  );
}

export function WallPage() {
  const user = useUser();
  const { search } = useLocation();
  const unitCode = search.get('donVi') ?? undefined;
  const seconds = secondsOf(search.get('giay'));
  const query = unitCode === undefined ? {} : { unitCode };
  const { data, error, live } = useLiveData(
    () => Promise.all([ok(client.GET('/api/overview', { params: { query } })), ok(client.GET('/api/overview/warnings', { params: { query } }))]),
    unitCode ?? '',
    isDossierChange,
  );
  const queue = useWallQueue(unitCode ?? user.unitCode);
  const screens = SCREENS.filter((s) => s !== 'queue' || queue !== null);
  const [screen, setScreen] = useState(0);
  const [clock, setClock] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setScreen((s) => s + 1), seconds * 1000);
    return () => clearInterval(timer);
  }, [seconds]);
  useEffect(() => {
    const timer = setInterval(() => setClock(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);

  const header = (
    <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', marginBottom: 'clamp(12px, 2vh, 24px)' }}>
      <h1 style={{ fontSize: 'clamp(28px, 4vh, 44px)', margin: '0 24px 0 0', color: '#fff', flex: 1, minWidth: 0, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>{user.unitName}</h1>
      <div style={{ fontSize: 30, whiteSpace: 'nowrap' }}>
        {data ? `Ngày ${formatDate(data[0].today)}` : ''} · {formatClock(clock)}{' '}
        <span data-testid="wall-live" style={{ fontSize: 22, marginLeft: 12, padding: '4px 12px', borderRadius: 8, background: live === 'live' ? '#237804' : '#ad6800' }}>
          {live === 'live' ? 'Trực tuyến' : 'Đang kết nối lại…'}
        </span>
      </div>
    </header>
  );
  if (!data) {
    return (
      <div style={page}>
        {header}
        <p style={{ fontSize: 36 }}>{error ?? 'Đang tải…'}</p>
      </div>
    );
  }
  const [overview, warnings] = data;
  const which = screens[screen % screens.length]!;
  return (
    <div style={page} data-testid={`wall-screen-${which}`}>
      {header}
      {which === 'queue' && queue ? (
        <WallQueue board={queue} />
      ) : which === 'board' ? (
        <section aria-label="Số liệu hôm nay">
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 24 }}>
            <Figure label="Tiếp nhận hôm nay" value={overview.receivedToday} color="#69b1ff" />
            <Figure label="Đang xử lý" value={overview.inProgress} color="#95de64" />
            <Figure label="Chờ trả kết quả" value={overview.awaitingReturn} color="#5cdbd3" />
            <Figure label={WARNING_LIST_NAMES.dueSoon} value={warnings.dueSoon.length} color="#ffd666" />
            <Figure label={WARNING_LIST_NAMES.dueToday} value={warnings.dueToday.length} color="#ffa940" />
            <Figure label={WARNING_LIST_NAMES.overdue} value={warnings.overdue.length} color="#ff7875" />
          </div>
          <p style={{ fontSize: 30, marginTop: 28 }}>
            {WARNING_LIST_NAMES.apologiesOwed}: <strong data-testid="wall-apologies">{formatNumber(warnings.apologiesOwed.length)}</strong> hồ sơ
          </p>
        </section>
      ) : (
        <section aria-label="Hồ sơ quá hạn và đến hạn hôm nay">
          <h2 style={{ fontSize: 'clamp(26px, 3.6vh, 36px)', margin: '0 0 12px', color: '#ffd666' }}>
            Hồ sơ quá hạn ({formatNumber(warnings.overdue.length)}) và đến hạn hôm nay ({formatNumber(warnings.dueToday.length)})
          </h2>
          <table style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}>
            <colgroup>
              {LIST_COLUMNS.map((width, i) => (
                <col key={i} style={{ width }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                {['Mã hồ sơ', 'Thủ tục', 'Nơi xử lý', 'Hạn giải quyết', 'Giờ làm việc'].map((title) => (
                  <th key={title} style={{ ...cell, fontSize: 'clamp(17px, 2.2vh, 24px)', opacity: 0.8 }}>
                    {title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...warnings.overdue, ...warnings.dueToday].slice(0, listRows()).map((item) => (
                <tr key={item.dossierCode} style={{ color: item.remainingMinutes < 0 ? '#ff7875' : '#ffa940' }}>
                  <td style={cell}>{item.dossierCode}</td>
                  <td style={cell}>{item.procedureName}</td>
                  <td style={cell}>{item.departmentName ?? 'Bộ phận một cửa'}</td>
                  <td style={cell}>{formatDateTime(item.dueAt)}</td>
                  <td style={cell}>{formatRemaining(item.remainingMinutes).replace(/ làm việc$/, '')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {warnings.overdue.length + warnings.dueToday.length === 0 && <p style={{ fontSize: 36 }}>Không có hồ sơ quá hạn hoặc đến hạn hôm nay.</p>}
          {warnings.overdue.length + warnings.dueToday.length > listRows() && (
            <p style={{ fontSize: 26, opacity: 0.8 }}>… và {formatNumber(warnings.overdue.length + warnings.dueToday.length - listRows())} hồ sơ khác</p>
          )}
        </section>
      )}
    </div>
  );
}
