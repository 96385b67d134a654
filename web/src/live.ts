/**
 * Live updates from GET /api/stream (Server-Sent Events): a page calls `useLiveReload(load)` and
 * `load` runs again soon after a change within the viewer's scope, without reloading the page.
 * The browser's EventSource reconnects by itself (the server asks for 2 s) when the server
 * restarts or the network drops; on reconnection ("ready" again) the page reloads what it shows,
 * since changes made meanwhile were not heard. When the browser gives up on the stream (an error
 * answer during a restart) it is opened again after a growing pause (RECONNECT_MIN_MS … _MAX_MS).
 * Changes close together are gathered into one reload (LIVE_DEBOUNCE_MS).
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export const LIVE_DEBOUNCE_MS = 300;

export type LiveState = 'connecting' | 'live' | 'reconnecting';

/** Pauses before opening the stream again after the browser gave up on it: 1 s, 2 s, 4 s … 30 s. */
export const RECONNECT_MIN_MS = 1000;
export const RECONNECT_MAX_MS = 30_000;

export function useLiveReload(load: () => void): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    if (typeof EventSource === 'undefined') return undefined;
    let source: EventSource | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let connectedBefore = false;
    let pause = RECONNECT_MIN_MS;
    const reloadSoon = () => {
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        loadRef.current();
      }, LIVE_DEBOUNCE_MS);
    };
    const open = () => {
      retry = undefined;
      const current = new EventSource('/api/stream');
      source = current;
      current.addEventListener('ready', () => {
        setState('live');
        pause = RECONNECT_MIN_MS;
        if (connectedBefore) reloadSoon();
        connectedBefore = true;
      });
      current.addEventListener('change', reloadSoon);
      current.onerror = () => {
        setState('reconnecting');
        // The browser retries by itself after a dropped connection; when it gives up (the server
        // answered with an error while restarting, a proxy's 502) the page opens a new stream after
        // a growing pause, so a wall screen survives a restart without anyone touching it.
        if (current.readyState === EventSource.CLOSED && retry === undefined) {
          retry = setTimeout(open, pause);
          pause = Math.min(pause * 2, RECONNECT_MAX_MS);
        }
      };
    };
    open();
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      if (retry !== undefined) clearTimeout(retry);
      source?.close();
    };
  }, []);
  return state;
}

/** Loads `load` now, again on every live change, and keeps the last answer (or the error). */
export function useLiveData<T>(load: () => Promise<T>, key: string): { data: T | null; error: string | null; live: LiveState } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  // `load` is a new function at each render; `key` says when it asks for something else.
  const reload = useCallback(() => {
    load()
      .then((value) => {
        setData(value);
        setError(null);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [key]);
  useEffect(() => {
    setData(null);
    reload();
  }, [reload]);
  const live = useLiveReload(reload);
  return { data, error, live };
}
