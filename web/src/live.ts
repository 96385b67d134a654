/**
 * Live updates from GET /api/stream (Server-Sent Events): a page calls `useLiveReload(load)` and
 * `load` runs again soon after a change within the viewer's scope, without reloading the page;
 * `accepts` narrows which changes matter to it (its dossier, the queue…: live-*.ts).
 * One stream per browser tab, shared by every hook mounted (a wall screen follows the board and
 * the queue through one connection), opened with the first hook and closed with the last.
 * The browser's EventSource reconnects by itself (the server asks for 2 s) when the server
 * restarts or the network drops; on reconnection ("ready" again) every page reloads what it
 * shows, since changes made meanwhile were not heard — and so on `resync`. When the browser gives
 * up on the stream (an error answer during a restart) it is opened again after a growing pause
 * (RECONNECT_MIN_MS … _MAX_MS). Changes close together are gathered into one reload
 * (LIVE_DEBOUNCE_MS).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LiveEvent } from '../../src/domain/live/live-event.ts';

export const LIVE_DEBOUNCE_MS = 300;

export type LiveState = 'connecting' | 'live' | 'reconnecting';

/** One change as the stream sends it (docs/api.md, GET /api/stream): never a citizen's data. */
export type { LiveEvent };

/** Pauses before opening the stream again after the browser gave up on it: 1 s, 2 s, 4 s … 30 s. */
export const RECONNECT_MIN_MS = 1000;
export const RECONNECT_MAX_MS = 30_000;

interface Listener {
  /** A change heard, or null: reload everything (reconnected, resync). */
  change(event: LiveEvent | null): void;
  state(state: LiveState): void;
}

/** The tab's one stream and the hooks listening to it. */
const shared = {
  listeners: new Set<Listener>(),
  state: 'connecting' as LiveState,
  source: undefined as EventSource | undefined,
  retry: undefined as ReturnType<typeof setTimeout> | undefined,
  connectedBefore: false,
  pause: RECONNECT_MIN_MS,
};

function setSharedState(state: LiveState): void {
  shared.state = state;
  for (const listener of shared.listeners) listener.state(state);
}

function parseEvent(data: unknown): LiveEvent | null {
  try {
    const event = JSON.parse(String(data)) as LiveEvent;
    return event.kind === 'resync' ? null : event;
  } catch {
    return null;
  }
}

function openShared(): void {
  shared.retry = undefined;
  const current = new EventSource('/api/stream');
  shared.source = current;
  current.addEventListener('ready', () => {
    setSharedState('live');
    shared.pause = RECONNECT_MIN_MS;
    if (shared.connectedBefore) for (const listener of shared.listeners) listener.change(null);
    shared.connectedBefore = true;
  });
  current.addEventListener('change', (message) => {
    const event = parseEvent((message as MessageEvent).data);
    for (const listener of shared.listeners) listener.change(event);
  });
  current.onerror = () => {
    setSharedState('reconnecting');
    // The browser retries by itself after a dropped connection; when it gives up (the server
    // answered with an error while restarting, a proxy's 502) the page opens a new stream after
    // a growing pause, so a wall screen survives a restart without anyone touching it.
    if (current.readyState === EventSource.CLOSED && shared.retry === undefined && shared.source === current) {
      shared.retry = setTimeout(openShared, shared.pause);
      shared.pause = Math.min(shared.pause * 2, RECONNECT_MAX_MS);
    }
  };
}

function join(listener: Listener): () => void {
  shared.listeners.add(listener);
  if (shared.source === undefined && shared.retry === undefined) {
    shared.connectedBefore = false;
    shared.pause = RECONNECT_MIN_MS;
    shared.state = 'connecting';
    openShared();
  }
  listener.state(shared.state);
  return () => {
    shared.listeners.delete(listener);
    if (shared.listeners.size > 0) return;
    if (shared.retry !== undefined) clearTimeout(shared.retry);
    shared.retry = undefined;
    shared.source?.close();
    shared.source = undefined;
  };
}

/**
 * Runs `load` again (debounced) after each change `accepts` (default: every change heard), and
 * after a reconnection or a resync whatever `accepts` says.
 */
export function useLiveReload(load: () => void, accepts: (event: LiveEvent) => boolean = () => true): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const loadRef = useRef(load);
  loadRef.current = load;
  const acceptsRef = useRef(accepts);
  acceptsRef.current = accepts;
  useEffect(() => {
    if (typeof EventSource === 'undefined') return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const leave = join({
      change: (event) => {
        if (timer !== undefined || (event !== null && !acceptsRef.current(event))) return;
        timer = setTimeout(() => {
          timer = undefined;
          loadRef.current();
        }, LIVE_DEBOUNCE_MS);
      },
      state: setState,
    });
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      leave();
    };
  }, []);
  return state;
}

/** Loads `load` now, again on every live change `accepts`, and keeps the last answer (or the error). */
export function useLiveData<T>(load: () => Promise<T>, key: string, accepts?: (event: LiveEvent) => boolean): { data: T | null; error: string | null; live: LiveState } {
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
  const live = useLiveReload(reload, accepts);
  return { data, error, live };
}

/** Changes of dossiers (one, many, an import): what dossier lists and boards show. */
export const isDossierChange = (event: LiveEvent): boolean => event.kind === 'dossiers' || event.kind === 'bulk';

/** Changes of a unit's queue (tickets, counters). */
export const isQueueChange = (event: LiveEvent): boolean => event.kind === 'queue';
