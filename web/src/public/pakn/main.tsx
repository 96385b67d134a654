/**
 * The public PAKN page (no login, no Ant Design: a small bundle for phones): send a PAKN through
 * the form (POST /api/public/pakn, rate-limited) and get its code, follow one by its code, and
 * read the answers published (GET /api/public/pakn, without personal data).
 */
import { StrictMode, useEffect, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import './pakn.css';

interface PublicView {
  code: string;
  unitCode: string;
  kindName: string;
  statusName: string;
  receivedAt: string | null;
  className: string | null;
  dueAt: string | null;
  resolvedAt: string | null;
  published: { at: string | null; summary: string; answer: string; resultName: string | null } | null;
}

const date = (iso: string | null) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}) } });
  } catch {
    throw new Error('Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.');
  }
  const body = (await response.json().catch(() => ({}))) as T & { message?: string };
  if (!response.ok) throw new Error(body.message ?? `Máy chủ trả lỗi ${response.status}.`);
  return body;
}

function SubmitForm({ units }: { units: Array<{ code: string; name: string }> }) {
  const [sent, setSent] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    // w3-reply: consent to be told of the outcome, on the channel chosen, at the address typed above.
    const channel = value('noticeChannel');
    const address = channel === 'email' ? value('email') : channel === 'sms' ? value('phone') : undefined;
    if (channel && channel !== 'none' && !address) {
      setError(channel === 'email' ? 'Hãy nhập thư điện tử để nhận thông báo qua thư điện tử.' : 'Hãy nhập số điện thoại để nhận thông báo qua SMS.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await call<{ code: string }>('/api/public/pakn', {
        method: 'POST',
        body: JSON.stringify({
          unitCode: value('unitCode'),
          kind: value('kind'),
          sender: { kind: 'individual', name: value('name'), phone: value('phone'), email: value('email'), address: value('address') },
          content: value('content'),
          dossierCode: value('dossierCode'),
          notices: address ? { consents: [{ channel, address }], preferred: channel } : undefined,
        }),
      });
      setSent(created.code);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  if (sent) {
    return (
      <div className="ok" role="status">
        Đã gửi phản ánh, kiến nghị. Mã số để theo dõi: <span className="code">{sent}</span>. Hãy ghi lại mã số này.
      </div>
    );
  }
  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Gửi phản ánh, kiến nghị">
      {error && <div className="error" role="alert">{error}</div>}
      <label htmlFor="unitCode">Nơi nhận</label>
      <select id="unitCode" name="unitCode" required>
        {units.map((u) => (
          <option key={u.code} value={u.code}>
            {u.name}
          </option>
        ))}
      </select>
      <label htmlFor="kind">Loại</label>
      <select id="kind" name="kind">
        <option value="reflection">Phản ánh</option>
        <option value="recommendation">Kiến nghị</option>
      </select>
      <div className="row">
        <div>
          <label htmlFor="name">Họ và tên</label>
          <input id="name" name="name" required maxLength={300} autoComplete="name" />
        </div>
        <div>
          <label htmlFor="phone">Số điện thoại</label>
          <input id="phone" name="phone" maxLength={20} autoComplete="tel" inputMode="tel" />
        </div>
      </div>
      <label htmlFor="email">Thư điện tử</label>
      <input id="email" name="email" type="email" maxLength={200} autoComplete="email" />
      <label htmlFor="address">Địa chỉ liên hệ</label>
      <input id="address" name="address" maxLength={500} autoComplete="street-address" />
      <label htmlFor="dossierCode">Mã hồ sơ liên quan (nếu có)</label>
      <input id="dossierCode" name="dossierCode" maxLength={100} />
      <label htmlFor="content">Nội dung phản ánh, kiến nghị</label>
      <textarea id="content" name="content" required maxLength={20000} />
      <label htmlFor="noticeChannel">Nhận thông báo kết quả xử lý qua</label>
      <select id="noticeChannel" name="noticeChannel" defaultValue="none">
        <option value="none">Không nhận</option>
        <option value="email">Thư điện tử (kèm văn bản trả lời)</option>
        <option value="sms">Tin nhắn SMS</option>
      </select>
      <p className="hint">Khi chọn một kênh, Ông/Bà đồng ý nhận thông báo về việc xử lý phản ánh, kiến nghị này (không tiếp nhận, chuyển cơ quan có thẩm quyền, trả lời) qua kênh đó. Thông tin cá nhân của người gửi chỉ dùng để trả lời và không được công khai.</p>
      <button type="submit" disabled={busy}>
        Gửi phản ánh, kiến nghị
      </button>
    </form>
  );
}

/** The code in the link a notice carries (`?ma=PAKN-…`), if any. */
const linkedCode = new URLSearchParams(window.location.search).get('ma')?.trim() ?? '';

function Follow() {
  const [view, setView] = useState<PublicView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const follow = async (code: string) => {
    setError(null);
    setView(null);
    try {
      setView(await call<PublicView>(`/api/public/pakn/${encodeURIComponent(code)}`));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await follow(String(new FormData(event.currentTarget).get('code') ?? '').trim());
  };
  useEffect(() => {
    if (linkedCode) void follow(linkedCode);
  }, []);
  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Theo dõi phản ánh, kiến nghị">
      <label htmlFor="code">Mã số phản ánh, kiến nghị</label>
      <input id="code" name="code" required placeholder="PAKN-…" defaultValue={linkedCode} />
      <button type="submit" className="secondary">
        Tra cứu
      </button>
      {error && <div className="error" role="alert">{error}</div>}
      {view && (
        <div className="ok" role="status">
          <div>
            <span className="code">{view.code}</span>: {view.statusName}
          </div>
          <div className="meta">
            Tiếp nhận ngày {date(view.receivedAt)}
            {view.dueAt ? `; hạn xử lý ${date(view.dueAt)}` : ''}
          </div>
          {view.published && <p>{view.published.answer}</p>}
        </div>
      )}
    </form>
  );
}

function Published({ reload }: { reload: number }) {
  const [items, setItems] = useState<PublicView[] | null>(null);
  useEffect(() => {
    void call<{ items: PublicView[] }>('/api/public/pakn?pageSize=20').then((r) => setItems(r.items)).catch(() => setItems([]));
  }, [reload]);
  if (items === null) return <p className="meta">Đang tải…</p>;
  if (items.length === 0) return <p className="meta">Chưa có kết quả xử lý nào được công khai.</p>;
  return (
    <div>
      {items.map((item) => (
        <article key={item.code}>
          <div className="meta">
            {item.code} · {item.kindName}
            {item.className ? ` · ${item.className}` : ''} · công khai ngày {date(item.published?.at ?? null)}
          </div>
          <p>
            <strong>Nội dung:</strong> {item.published?.summary}
          </p>
          <p>
            <strong>Trả lời{item.published?.resultName ? ` (${item.published.resultName})` : ''}:</strong> {item.published?.answer}
          </p>
        </article>
      ))}
    </div>
  );
}

function App() {
  const [units, setUnits] = useState<Array<{ code: string; name: string }>>([]);
  useEffect(() => {
    void call<{ items: Array<{ code: string; name: string }> }>('/api/public/pakn-units').then((r) => setUnits(r.items)).catch(() => setUnits([]));
  }, []);
  return (
    <main>
      <h1>Phản ánh, kiến nghị về thủ tục hành chính</h1>
      <p className="meta">Gửi phản ánh, kiến nghị đến Trung tâm Phục vụ hành chính công; theo dõi bằng mã số; xem kết quả xử lý đã công khai.</p>
      <section>
        <h2>Gửi phản ánh, kiến nghị</h2>
        <SubmitForm units={units} />
      </section>
      <section>
        <h2>Theo dõi phản ánh, kiến nghị</h2>
        <Follow />
      </section>
      <section>
        <h2>Kết quả xử lý đã công khai</h2>
        <Published reload={0} />
      </section>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
