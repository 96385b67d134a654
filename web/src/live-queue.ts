/**
 * Queue pages (the counter panel, the wall's waiting list) follow the stream (issue 16): `load`
 * runs again, debounced, when a ticket of the viewer's unit is issued, called, served… or a
 * counter opens or closes (`queue` changes: numbers and counters only), and after a reconnection.
 */
import { isQueueChange, useLiveReload, type LiveState } from './live.ts';

export function useLiveQueue(load: () => unknown): LiveState {
  return useLiveReload(() => void load(), isQueueChange);
}
