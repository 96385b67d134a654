/**
 * The files attached to a dossier, for users who may read it (404 otherwise), and whether the
 * user may download them (scans hold citizens' data: open-file.ts refuses others with a 403), so
 * that a page offers no link that would be refused.
 */
import { canSeePersonalData } from '../../domain/policy/policy.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { loadReadableDossier } from '../dossiers/load-dossier.ts';
import { listFileRecords, type FileRecord } from './files.store.ts';

export async function listDossierFiles(ctx: AppContext, user: CurrentUser, code: string): Promise<{ files: FileRecord[]; canDownload: boolean }> {
  const dossier = await loadReadableDossier(ctx, user, code);
  return { files: await listFileRecords(ctx.db, code), canDownload: canSeePersonalData(user, dossier.scope) };
}
