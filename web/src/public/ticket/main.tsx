/**
 * The citizen's phone and the counter tablet (public): /so/{ticketId} follows a ticket (the QR on the
 * receipt) and offers the rating once it is served; /danh-gia/{unitCode}/{counter} is the tablet at the
 * counter, showing the rating form of the visit just served there. One anonymous rating per visit.
 */
import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { call, PublicApiError, pathParts, type RatingForm, type Ticket } from '../queue/public-api.ts';
import '../queue/public.css';

const tablet = location.pathname.startsWith('/danh-gia/');
const parts = pathParts(tablet ? '/danh-gia/' : '/so/');

function RatingCard({ form, channel, onSent }: { form: RatingForm; channel: 'counter_tablet' | 'ticket_qr'; onSent: () => void }) {
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [comment, setComment] = useState('');
  const [error, setError] = useState('');
  const [sent, setSent] = useState(false);
  const send = async () => {
    try {
      await call(`/api/ratings/tickets/${form.ticketId}`, {
        method: 'POST',
        body: JSON.stringify({ channel, answers: Object.entries(answers).map(([question, level]) => ({ question, level })), ...(comment.trim() ? { comment } : {}) }),
      });
      setSent(true);
      setError('');
      setTimeout(onSent, 4000);
    } catch (e) {
      setError(e instanceof PublicApiError ? e.message : String(e));
    }
  };
  if (sent) return <div className="card">Cảm ơn ông/bà đã đánh giá. Ý kiến được ghi nhận ẩn danh.</div>;
  return (
    <div className="card" aria-label="Phiếu đánh giá">
      <h2 style={{ marginTop: 0 }}>Đánh giá mức độ hài lòng{form.label ? ` — số ${form.label}` : ''}</h2>
      {form.questions.map((question) => (
        <fieldset key={question.code} style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
          <legend style={{ fontSize: 19, marginBottom: 8 }}>
            {question.text}
            {question.required ? ' *' : ''}
          </legend>
          <div className="levels">
            {form.scale.map((level) => (
              <button key={level.code} className={answers[question.code] === level.code ? 'selected' : ''} aria-pressed={answers[question.code] === level.code} onClick={() => setAnswers({ ...answers, [question.code]: level.code })}>
                {level.label}
              </button>
            ))}
          </div>
        </fieldset>
      ))}
      <label>
        Góp ý thêm (không ghi họ tên, số điện thoại hay số giấy tờ):
        <textarea value={comment} maxLength={1000} onChange={(e) => setComment(e.target.value)} />
      </label>
      {error && <div className="error">{error}</div>}
      <div className="actions">
        <button className="big" onClick={() => void send()}>
          Gửi đánh giá
        </button>
      </div>
    </div>
  );
}

function TicketPage() {
  const [ticket, setTicket] = useState<Ticket>();
  const [form, setForm] = useState<RatingForm>();
  const [error, setError] = useState('');
  const load = useCallback(async () => {
    try {
      if (tablet) {
        setForm(await call<RatingForm>(`/api/ratings/counters/${encodeURIComponent(parts[0] ?? '')}/${encodeURIComponent(parts[1] ?? '')}`));
      } else {
        const data = await call<Ticket>(`/api/queue/tickets/${encodeURIComponent(parts[0] ?? '')}`);
        setTicket(data);
        if (data.mayRate) setForm(await call<RatingForm>(`/api/ratings/tickets/${data.id}`));
      }
      setError('');
    } catch (e) {
      setError(e instanceof PublicApiError ? e.message : String(e));
    }
  }, []);
  useEffect(() => {
    void load();
    // The tablet waits for the next served visit; the phone follows its ticket.
    const timer = setInterval(() => void load(), tablet ? 3000 : 10_000);
    return () => clearInterval(timer);
  }, [load]);

  const rateable = form && form.ticketId && !form.closedReason;
  return (
    <>
      <header className="bar">
        <h1>{ticket?.unitName ?? form?.unitName ?? 'Một Cửa'}</h1>
      </header>
      <main style={{ maxWidth: 720, margin: '0 auto' }}>
        {error && <div className="error">{error}</div>}
        {ticket && (
          <div className="card" aria-label="Số thứ tự">
            <div>
              Số thứ tự <strong style={{ fontSize: 44 }}>{ticket.label}</strong> — {ticket.groupName}
            </div>
            <div>
              Trạng thái: <strong>{ticket.statusName}</strong>
            </div>
            {ticket.call && <div className="notice">{ticket.call}</div>}
            {ticket.status === 'waiting' && (
              <div>
                Số người chờ trước: <strong>{ticket.ahead ?? 0}</strong> · Thời gian chờ dự kiến: <strong>{ticket.waitText}</strong>
                {ticket.expectedAt ? ` (khoảng ${ticket.expectedAt})` : ''}
              </div>
            )}
          </div>
        )}
        {rateable ? (
          <RatingCard key={form.ticketId} form={form} channel={tablet ? 'counter_tablet' : 'ticket_qr'} onSent={() => void load()} />
        ) : (
          tablet && <div className="card">Mời ông/bà đánh giá sau khi hoàn thành thủ tục tại quầy.</div>
        )}
        {!tablet && ticket?.status === 'served' && form?.closedReason && <div className="card">{form.closedReason}</div>}
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <TicketPage />
  </StrictMode>,
);
