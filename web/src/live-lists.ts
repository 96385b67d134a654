/**
 * Dossier lists ("Việc của tôi", search results) follow the stream (issue 16): `load` runs again,
 * debounced, after any dossier change the viewer hears — the stream carries only changes within
 * the viewer's scope (their unit, department or city) — and after a reconnection.
 */
import { isDossierChange, useLiveReload, type LiveState } from './live.ts';

export function useLiveList(load: () => unknown): LiveState {
  return useLiveReload(() => void load(), isDossierChange);
}
