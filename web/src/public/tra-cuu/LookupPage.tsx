import { useEffect, useState, type FormEvent } from 'react';
import { isLookupToken, LOOKUP_PATH_PREFIX } from '../../../../src/domain/lookup/token.ts';
import { lookUpByCode, lookUpByToken, type LookupAnswer, type PublicDossierView } from './lookup-api.ts';

/** What the path after /tra-cuu/ holds: a token, or (old receipts) a dossier code to prefill. */
function pathTarget(path: string): { token?: string; code?: string } {
  if (!path.startsWith(LOOKUP_PATH_PREFIX)) return {};
  const rest = decodeURIComponent(path.slice(LOOKUP_PATH_PREFIX.length).replace(/\/+$/u, ''));
  if (isLookupToken(rest)) return { token: rest };
  return rest ? { code: rest } : {};
}

export function LookupPage({ path }: { path: string }) {
  const target = pathTarget(path);
  const [answer, setAnswer] = useState<LookupAnswer | undefined>();
  const [loading, setLoading] = useState(target.token !== undefined);

  useEffect(() => {
    if (!target.token) return;
    void lookUpByToken(target.token).then((a) => {
      setAnswer(a);
      setLoading(false);
    });
  }, [target.token]);

  return (
    <main>
      <header>
        <h1>Tra cứu hồ sơ</h1>
        <p className="sub">Tình trạng giải quyết thủ tục hành chính</p>
      </header>
      {loading && <p className="note">Đang tải thông tin hồ sơ…</p>}
      {answer?.ok && <DossierView view={answer.view} />}
      {!loading && !answer?.ok && (
        <>
          {answer && !answer.ok && (
            <p className="error" role="alert">
              {answer.message}
            </p>
          )}
          <TypedLookup initialCode={target.code ?? ''} onAnswer={setAnswer} />
        </>
      )}
      <footer>Trang này không hiển thị thông tin cá nhân của người nộp hồ sơ.</footer>
    </main>
  );
}

function TypedLookup({ initialCode, onAnswer }: { initialCode: string; onAnswer: (a: LookupAnswer) => void }) {
  const [code, setCode] = useState(initialCode);
  const [factor, setFactor] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    onAnswer(await lookUpByCode(code, factor));
    setBusy(false);
  };
  return (
    <form onSubmit={(e) => void submit(e)}>
      <label>
        Mã hồ sơ
        <input name="code" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" placeholder="Ví dụ: 000.01.24.H24-261203-0047" required maxLength={100} />
      </label>
      <label>
        4 chữ số cuối của số điện thoại hoặc số giấy tờ tùy thân
        <input name="factor" value={factor} onChange={(e) => setFactor(e.target.value)} inputMode="numeric" autoComplete="off" required maxLength={20} />
      </label>
      <button type="submit" disabled={busy}>
        {busy ? 'Đang tra cứu…' : 'Tra cứu'}
      </button>
      <p className="note">Mã hồ sơ in trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả. Có thể quét mã QR trên giấy để tra cứu ngay.</p>
    </form>
  );
}

function Row({ label, value }: { label: string; value: string | undefined }) {
  if (!value) return null;
  return (
    <div className="row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function DossierView({ view }: { view: PublicDossierView }) {
  return (
    <article aria-label="Thông tin hồ sơ">
      <section className="status">
        <p className="code">Mã hồ sơ: {view.code}</p>
        <h2>{view.status.label}</h2>
        <p>{view.status.explanation}</p>
        {view.currentStep && (
          <p className="step">
            Bước {view.currentStep.number}/{view.currentStep.of}: {view.currentStep.label}
          </p>
        )}
      </section>
      <dl>
        <Row label="Thủ tục" value={view.procedure.name} />
        <Row label="Nơi tiếp nhận" value={view.unitName} />
        <Row label="Nộp trực tuyến lúc" value={view.submittedAt?.text} />
        <Row label="Tiếp nhận lúc" value={view.receivedAt?.text} />
        <Row label="Hẹn trả kết quả" value={view.legalDueAt?.text} />
        <Row label="Kết thúc lúc" value={view.endedAt?.text} />
      </dl>
      {view.supplement && (
        <section className="box warn">
          <h3>Cần bổ sung hồ sơ</h3>
          <p>Yêu cầu lúc {view.supplement.requestedAt.text}.</p>
          {view.supplement.items.length > 0 && (
            <ul>
              {view.supplement.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
          {view.supplement.reason && <p>{view.supplement.reason}</p>}
          <p className="note">{view.supplement.explanation}</p>
        </section>
      )}
      {view.extension && (
        <section className="box warn">
          <h3>Gia hạn giải quyết</h3>
          <p>Hẹn lại ngày trả kết quả: {view.extension.newDueAt.text}</p>
          <p>Lý do: {view.extension.reason}</p>
          <p className="note">{view.extension.apology}</p>
        </section>
      )}
      {view.result && (
        <section className="box ok">
          <h3>Kết quả giải quyết</h3>
          <p>Có kết quả lúc {view.result.readyAt.text}.</p>
          <p>{view.result.collect}</p>
          {view.result.returnedAt && (
            <p>
              Đã trả kết quả lúc {view.result.returnedAt.text}
              {view.result.returnMethod ? ` (${view.result.returnMethod})` : ''}.
            </p>
          )}
        </section>
      )}
      <section>
        <h3>Các bước giải quyết</h3>
        <ol className="steps">
          {view.steps.map((step, i) => (
            <li key={`${step.kind}-${i}`} className={step.state}>
              {step.label}
              <span className="state">{step.state === 'done' ? ' — đã xong' : step.state === 'active' ? ' — đang thực hiện' : ''}</span>
            </li>
          ))}
        </ol>
      </section>
      <p>{view.fee.text}</p>
      {view.contact && <p>Đường dây nóng: {view.contact.hotline}</p>}
    </article>
  );
}
