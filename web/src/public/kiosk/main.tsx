/**
 * The kiosk (public, touch screen): /kiosk/{unitCode}. The citizen picks a service group and, where it
 * applies, a priority group; the ticket shows the number, the estimated wait and a QR to follow it,
 * and prints on an 80 mm receipt through the browser (public.css @media print).
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import QRCode from 'qrcode';
import { call, pathParts, PublicApiError, type Kiosk, type Ticket } from '../queue/public-api.ts';
import '../queue/public.css';

const [unitCode = ''] = pathParts('/kiosk/');
/** Back to the start screen after a ticket is shown, for the next citizen. */
const RESET_SECONDS = 45;

function TicketReceipt({ ticket, onDone }: { ticket: Ticket; onDone: () => void }) {
  const [qr, setQr] = useState('');
  const follow = `${location.origin}/so/${ticket.id}`;
  useEffect(() => {
    void QRCode.toString(follow, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }).then(setQr);
    const timer = setTimeout(onDone, RESET_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [follow, onDone]);
  return (
    <div className="receipt" aria-label="Phiếu số thứ tự">
      <p>{ticket.unitName}</p>
      <p>
        <strong>SỐ THỨ TỰ</strong>
      </p>
      <div className="number">{ticket.label}</div>
      <p>{ticket.groupName}</p>
      {ticket.priorityName && <p>Ưu tiên: {ticket.priorityName}</p>}
      <p>
        Số người chờ trước: <strong>{ticket.ahead ?? 0}</strong>
      </p>
      <p>
        Thời gian chờ dự kiến: <strong>{ticket.waitText}</strong>
        {ticket.expectedAt ? ` (khoảng ${ticket.expectedAt})` : ''}
      </p>
      <p>Lấy số lúc {ticket.issuedAt.slice(11, 16)} ngày {ticket.issuedAt.slice(8, 10)}/{ticket.issuedAt.slice(5, 7)}/{ticket.issuedAt.slice(0, 4)}</p>
      <div className="qr" dangerouslySetInnerHTML={{ __html: qr }} />
      <p>Quét mã để theo dõi số và đánh giá sau khi được phục vụ. Số chỉ có giá trị trong ngày.</p>
      <div className="actions">
        <button className="big" onClick={() => window.print()}>
          In phiếu
        </button>
        <button className="big secondary" onClick={onDone}>
          Xong
        </button>
      </div>
    </div>
  );
}

function KioskPage() {
  const [kiosk, setKiosk] = useState<Kiosk>();
  const [error, setError] = useState('');
  const [priority, setPriority] = useState<string>();
  const [ticket, setTicket] = useState<Ticket>();
  const [busy, setBusy] = useState(false);

  const load = () =>
    call<Kiosk>(`/api/queue/kiosk/${encodeURIComponent(unitCode)}`)
      .then((data) => {
        setKiosk(data);
        setError('');
      })
      .catch((e: unknown) => setError(e instanceof PublicApiError ? e.message : String(e)));
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), 60_000);
    return () => clearInterval(timer);
  }, []);

  const take = async (serviceGroup: string) => {
    setBusy(true);
    try {
      const issued = await call<Ticket>(`/api/queue/kiosk/${encodeURIComponent(unitCode)}/tickets`, { method: 'POST', body: JSON.stringify({ serviceGroup, ...(priority ? { priorityGroup: priority } : {}) }) });
      setTicket(issued);
      setError('');
    } catch (e) {
      setError(e instanceof PublicApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setTicket(undefined);
    setPriority(undefined);
  };

  return (
    <>
      <header className="bar">
        <h1>{kiosk?.unitName ?? 'Lấy số thứ tự'}</h1>
        <span>Mời ông/bà chọn dịch vụ để lấy số</span>
      </header>
      <main>
        {error && <div className="error">{error}</div>}
        {kiosk?.message && <div className="notice">{kiosk.message}</div>}
        {ticket ? (
          <TicketReceipt ticket={ticket} onDone={reset} />
        ) : (
          kiosk && (
            <>
              {kiosk.priorityGroups.length > 0 && (
                <>
                  <h2>Nếu ông/bà thuộc diện ưu tiên, chọn trước:</h2>
                  <div className="grid">
                    {kiosk.priorityGroups.map((group) => (
                      <button key={group.code} className={`big secondary${priority === group.code ? ' selected' : ''}`} aria-pressed={priority === group.code} onClick={() => setPriority(priority === group.code ? undefined : group.code)}>
                        {group.name}
                        <small>{group.description}</small>
                      </button>
                    ))}
                  </div>
                </>
              )}
              <h2>Chọn dịch vụ:</h2>
              <div className="grid">
                {kiosk.groups.map((group) => (
                  <button key={group.code} className="big" disabled={busy || !kiosk.open} onClick={() => void take(group.code)}>
                    {group.name}
                  </button>
                ))}
              </div>
            </>
          )
        )}
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <KioskPage />
  </StrictMode>,
);
