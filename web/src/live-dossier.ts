/**
 * The dossier page follows its dossier (issue 16): `load` runs again when the stream says this
 * dossier changed (or many of its unit's did, an import), or after a reconnection. An open
 * action dialog keeps what the user is typing: it stays on the dossier as it was when opened
 * and shows that the dossier was updated meanwhile (ActionModal.tsx, UpdatedNotice).
 */
import { useLiveReload, type LiveEvent, type LiveState } from './live.ts';

export const isChangeOf = (code: string) => (event: LiveEvent): boolean => (event.kind === 'dossiers' && event.dossiers.some((dossier) => dossier.code === code)) || event.kind === 'bulk';

export function useLiveDossier(code: string, load: () => unknown): LiveState {
  return useLiveReload(() => void load(), isChangeOf(code));
}
