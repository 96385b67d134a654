/**
 * The waiting-room board (public, a TV): /bang-goi/{unitCode}. The current call of each counter and
 * the last calls; on each new call or recall a chime (Web Audio) and the Vietnamese sentence spoken
 * by the browser's speechSynthesis (vi-VN), with no online service: the numbers are already written
 * in words by the server (docs/queue.md §7). Follows the unit's queue through its public stream
 * (GET /api/queue/board/{unitCode}/stream: a change reloads the board at once); without the stream
 * (refused, or the browser has none) it reloads every 2 s, and every 30 s anyway; the browser
 * reconnects the stream by itself, so the board goes on through a server restart.
 */
import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { call, pathParts, PublicApiError, type Board } from '../queue/public-api.ts';
import '../queue/public.css';

const [unitCode = ''] = pathParts('/bang-goi/');
/** Reload period without the stream, and with it (a safety net: the stream says when to reload). */
const POLL_MS = 2000;
const POLL_FOLLOWING_MS = 30_000;

function chime(context: AudioContext): Promise<void> {
  const now = context.currentTime;
  [880, 660].forEach((frequency, i) => {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, now + i * 0.45);
    gain.gain.exponentialRampToValueAtTime(0.4, now + i * 0.45 + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.45 + 0.42);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(now + i * 0.45);
    oscillator.stop(now + i * 0.45 + 0.45);
  });
  return new Promise((resolve) => setTimeout(resolve, 1000));
}

function speak(text: string): void {
  if (!('speechSynthesis' in window)) return;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = 'vi-VN';
  const voice = speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith('vi'));
  if (voice) utterance.voice = voice;
  utterance.rate = 0.9;
  speechSynthesis.speak(utterance);
}

function BoardPage() {
  const [board, setBoard] = useState<Board>();
  const [error, setError] = useState('');
  const [sound, setSound] = useState(false);
  const [flash, setFlash] = useState(0);
  const audio = useRef<AudioContext | null>(null);
  const last = useRef<string | undefined>(undefined);
  const soundOn = useRef(false);

  useEffect(() => {
    let stopped = false;
    const tick = async () => {
      try {
        const data = await call<Board>(`/api/queue/board/${encodeURIComponent(unitCode)}`);
        if (stopped) return;
        setBoard(data);
        setError('');
        const newest = data.lastCalls[0];
        if (last.current !== undefined && data.signature !== last.current && newest) {
          setFlash((n) => n + 1);
          if (soundOn.current && audio.current) void chime(audio.current).then(() => speak(newest.speech));
        }
        last.current = data.signature;
      } catch (e) {
        if (!stopped) setError(e instanceof PublicApiError ? e.message : 'Mất kết nối máy chủ, đang thử lại…');
      }
    };
    void tick();
    let timer = setInterval(() => void tick(), POLL_MS);
    const poll = (ms: number) => {
      clearInterval(timer);
      timer = setInterval(() => void tick(), ms);
    };
    const source = typeof EventSource === 'undefined' ? undefined : new EventSource(`/api/queue/board/${encodeURIComponent(unitCode)}/stream`);
    source?.addEventListener('ready', () => {
      poll(POLL_FOLLOWING_MS);
      void tick();
    });
    source?.addEventListener('change', () => void tick());
    // Reconnecting (or refused): reload often until the stream is ready again.
    source?.addEventListener('error', () => poll(POLL_MS));
    return () => {
      stopped = true;
      clearInterval(timer);
      source?.close();
    };
  }, []);

  const enableSound = () => {
    audio.current = new AudioContext();
    soundOn.current = true;
    setSound(true);
    speak('Đã bật âm thanh gọi số.');
  };

  const newest = board?.lastCalls[0];
  return (
    <>
      <header className="bar">
        <h1>{board?.unitName ?? 'Màn hình gọi số'}</h1>
        <span>
          {board ? board.now.slice(11, 16) : ''}{' '}
          {!sound && (
            <button className="big secondary no-print" style={{ minHeight: 40, fontSize: 16 }} onClick={enableSound}>
              Bật âm thanh
            </button>
          )}
        </span>
      </header>
      <main>
        {error && <div className="error">{error}</div>}
        {newest && (
          <div key={flash} className={`latest${flash > 0 ? ' flash' : ''}`} role="status" aria-live="polite">
            {newest.display}
          </div>
        )}
        <div className="board">
          <section className="counters" aria-label="Các quầy">
            {board?.counters.map((counter) => (
              <div key={counter.number} className={`counter${counter.current ? ' active' : ''}`}>
                <div className="name">{counter.name}</div>
                {counter.current ? <div className="label">{counter.current.label}</div> : <div className="idle">{counter.open ? 'Chờ gọi số' : 'Chưa mở'}</div>}
              </div>
            ))}
          </section>
          <section aria-label="Các lượt gọi gần nhất">
            <table className="calls">
              <thead>
                <tr>
                  <th>Số</th>
                  <th>Quầy</th>
                  <th className="status">Lúc</th>
                </tr>
              </thead>
              <tbody>
                {board?.lastCalls.map((c) => (
                  <tr key={`${c.label}-${c.calledAt}`}>
                    <td>
                      <strong>{c.label}</strong>
                    </td>
                    <td>{c.counter}</td>
                    <td className="status">{c.calledAt.slice(11, 16)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </div>
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BoardPage />
  </StrictMode>,
);
