/**
 * A unit's public address as the forms print it, where it comes from, and what is wrong with it
 * for a citizen's phone (the settings page shows the warnings while it is loopback, private…).
 * Not a secret: it is printed on every receipt, so every signed-in staff member may read it.
 */
import type { AppContext } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { findUnit } from '../../platform/units/units.queries.ts';
import { publicAddressWarnings, type PublicAddressWarning } from '../../domain/lookup/public-address.ts';
import { publicBaseOf } from './lookup-link.ts';

export interface UnitPublicAddress {
  address: string;
  /** The unit's setting, MOTCUA_PUBLIC_URL, or the server's own address. */
  source: 'unit' | 'environment' | 'server';
  warnings: PublicAddressWarning[];
}

export async function publicAddressOfUnit(ctx: AppContext, unitCode: string): Promise<UnitPublicAddress> {
  const unit = await findUnit(ctx.db, unitCode);
  if (!unit) throw notFound(`Không tìm thấy đơn vị ${unitCode}.`);
  const address = publicBaseOf(ctx.config, unit.settings);
  const source = unit.settings.publicBaseUrl ? 'unit' : ctx.config.publicBaseUrl ? 'environment' : 'server';
  return { address, source, warnings: publicAddressWarnings(address) };
}
