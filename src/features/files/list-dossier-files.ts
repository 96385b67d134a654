/** The files attached to a dossier, for users who may read it (404 otherwise). */
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { loadReadableDossier } from '../dossiers/load-dossier.ts';
import { listFileRecords, type FileRecord } from './files.store.ts';

export async function listDossierFiles(ctx: AppContext, user: CurrentUser, code: string): Promise<FileRecord[]> {
  await loadReadableDossier(ctx, user, code);
  return listFileRecords(ctx.db, code);
}
