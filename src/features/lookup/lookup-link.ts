/**
 * The public lookup link of a dossier, `<public address>/tra-cuu/<token>`: what Mẫu 01/02 print
 * (and their QR code) and what notices carry. The token is issued the first time a link is
 * needed, in the caller's transaction when given one (docs/lookup.md "The token").
 */
import type { Config } from '../../platform/config.ts';
import type { Database } from '../../platform/db/client.ts';
import type { UnitSettings } from '../../domain/unit/settings.ts';
import { lookupUrl } from '../../domain/lookup/token.ts';
import { issueLookupToken } from './lookup.store.ts';

/**
 * The unit's public address: its `publicBaseUrl` setting, else MOTCUA_PUBLIC_URL, else the
 * server's own address (fine on the center's network only; the settings page warns).
 */
export function publicBaseOf(config: Pick<Config, 'publicBaseUrl' | 'server'>, settings: UnitSettings): string {
  return (settings.publicBaseUrl ?? config.publicBaseUrl ?? `http://${config.server.host}:${config.server.port}`).replace(/\/+$/u, '');
}

/** The dossier's lookup link, issuing its token if it has none yet. */
export async function lookupLinkOf(db: Database, config: Pick<Config, 'publicBaseUrl' | 'server'>, settings: UnitSettings, dossierCode: string): Promise<string> {
  return lookupUrl(publicBaseOf(config, settings), await issueLookupToken(db, dossierCode));
}

/** The dossier's lookup token, issuing it if it has none yet (notices carry it in their links). */
export async function lookupTokenFor(db: Database, dossierCode: string): Promise<string> {
  return issueLookupToken(db, dossierCode);
}
