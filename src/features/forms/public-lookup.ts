/** The public lookup address of a dossier, printed as Mẫu 01's QR code. */
import type { Config } from '../../platform/config.ts';
import type { UnitSettings } from '../../domain/unit/settings.ts';

/**
 * `<base>/tra-cuu/<code>`, where base is the unit's `publicBaseUrl` setting, else
 * MOTCUA_PUBLIC_URL, else the server's own address (fine on the center's network only).
 */
export function publicLookupUrl(config: Pick<Config, 'publicBaseUrl' | 'server'>, settings: UnitSettings, code: string): string {
  const base = (settings.publicBaseUrl ?? config.publicBaseUrl ?? `http://${config.server.host}:${config.server.port}`).replace(/\/+$/u, '');
  return `${base}/tra-cuu/${encodeURIComponent(code)}`;
}
