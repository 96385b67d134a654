/**
 * The catalog data set: every procedure version, in the order of reference.md §8, followed by
 * the Công an xã entries. One file per group of fields under entries/.
 */
import { CHUNG_THUC } from './entries/chung-thuc.ts';
import { CU_TRU } from './entries/cu-tru.ts';
import { DAT_DAI_XAY_DUNG } from './entries/dat-dai-xay-dung.ts';
import { HO_KINH_DOANH } from './entries/ho-kinh-doanh.ts';
import { HO_TICH } from './entries/ho-tich.ts';
import { KHAC } from './entries/khac.ts';
import { XA_HOI } from './entries/xa-hoi.ts';
import type { Procedure } from './schema.ts';

/**
 * Id of this data set, stored with every dossier's procedure snapshot and every `procedures` row:
 * province, date of the reference it transcribes, revision. Bump it whenever a value changes.
 */
export const CATALOG_VERSION = 'H24-2026-11-23.1';

export const PROCEDURE_DATA: readonly Procedure[] = [
  ...HO_TICH,
  ...CHUNG_THUC,
  ...HO_KINH_DOANH,
  ...XA_HOI,
  ...DAT_DAI_XAY_DUNG,
  ...KHAC,
  ...CU_TRU,
];
