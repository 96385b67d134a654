/**
 * Live updates from GET /api/stream (Server-Sent Events): a page calls `useLiveReload(load)` and
 * `load` runs again soon after a change within the viewer's scope, without reloading the page.
 * The browser's EventSource reconnects by itself (the server asks for 2 s) when the server
 * restarts or the network drops; on reconnection ("ready" again) the page reloads what it shows,
 * since changes made meanwhile were not heard. Changes close together are gathered into one
 * reload (LIVE_DEBOUNCE_MS).
 */
import { useEffect, useRef, useState } from 'react';

export const LIVE_DEBOUNCE_MS = 300;

export type LiveState = 'connecting' | 'live' | 'reconnecting';

export function useLiveReload(load: () => void): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    if (typeof EventSource === 'undefined') return undefined;
    const source = new EventSource('/api/stream');
    let timer: ReturnType<typeof setTimeout> | undefined;
    let connectedBefore = false;
    const reloadSoon = () => {
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        loadRef.current();
      }, LIVE_DEBOUNCE_MS);
    };
    source.addEventListener('ready', () => {
      setState('live');
      if (connectedBefore) reloadSoon();
      connectedBefore = true;
    });
    source.addEventListener('change', reloadSoon);
    source.onerror = () => setState('reconnecting');
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      source.close();
    };
  }, []);
  return state;
}
