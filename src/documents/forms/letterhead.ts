/**
 * What a unit prints at the top and bottom of its forms, from its settings (UnitSettings in
 * src/db/schema.ts, edited with PUT /api/units/:code/settings) with fallbacks derived from the
 * unit's name when a setting is missing. docs/forms.md lists every setting and fallback.
 */
import type { UnitSettings, UnitSigner } from '../../domain/unit/settings.ts';
import { upper, type Signature } from '../nd30.ts';

/** The unit whose forms are printed. */
export interface FormUnit {
  /** Agency code (mã định danh), also the prefix of dossier codes. */
  code: string;
  name: string;
  settings: UnitSettings;
  /** Name of the city the unit belongs to, when it has one. */
  parentName?: string | undefined;
}

export interface Letterhead {
  /** Governing body (cơ quan chủ quản of the center; the body that signs Mẫu 04 and 05). */
  governingBody: string;
  /** The governing body as the subject of a sentence: "Ủy ban nhân dân phường Gia Viên". */
  governingInText: string;
  /** The center itself (cơ quan ban hành of Mẫu 01, 02, 03, 06, 07). */
  centerName: string;
  /** The center as the subject of a sentence: "Trung tâm Phục vụ hành chính công phường Gia Viên". */
  centerInText: string;
  /** Ký hiệu of the center in document numbers ("TTPVHCC"). */
  centerSymbol: string;
  placeName: string;
  agencyCode: string;
  contactPhone?: string | undefined;
}

const LOCALITY = /\b(phường|xã|đặc khu|thị trấn)\s+(.+)$/iu;
const CENTER_PREFIX = /^trung tâm phục vụ hành chính công\b/iu;
export const DEFAULT_CENTER_NAME = 'Trung tâm Phục vụ hành chính công';
export const DEFAULT_CENTER_SYMBOL = 'TTPVHCC';

/** The locality of a unit name: "phường Gia Viên" → { kind: "phường", name: "Gia Viên" }. */
export function localityOf(unitName: string): { kind: string; name: string } | undefined {
  const match = LOCALITY.exec(unitName.trim());
  if (!match) return undefined;
  return { kind: match[1]!.toLocaleLowerCase('vi-VN'), name: match[2]!.trim() };
}

export function letterheadOf(unit: FormUnit): Letterhead {
  const settings = unit.settings;
  const locality = localityOf(unit.name);
  const governingFallback = locality ? `ỦY BAN NHÂN DÂN ${upper(locality.kind)} ${upper(locality.name)}` : upper(unit.parentName ?? 'ỦY BAN NHÂN DÂN');
  const isCenter = CENTER_PREFIX.test(unit.name.trim());
  const centerFallback = isCenter || locality ? DEFAULT_CENTER_NAME : unit.name;
  const centerName = settings.documentHeader?.issuingBody ?? upper(centerFallback);
  return {
    governingBody: settings.documentHeader?.governingBody ?? governingFallback,
    governingInText: locality ? `Ủy ban nhân dân ${locality.kind} ${locality.name}` : 'Ủy ban nhân dân',
    centerName,
    centerInText: isCenter ? unit.name : locality ? `${DEFAULT_CENTER_NAME} ${locality.kind} ${locality.name}` : unit.name,
    centerSymbol: settings.documentSymbol ?? DEFAULT_CENTER_SYMBOL,
    placeName: settings.placeName ?? locality?.name ?? unit.name,
    agencyCode: unit.code,
    contactPhone: settings.contactPhone,
  };
}

/** "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" or the same on two lines → one entry per line. */
export function titleLinesOf(title: string): string[] {
  return title
    .split(/\s*(?:\r?\n|\s\/\s)\s*/u)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

const SIGNER_PREFERENCE: Array<UnitSigner['role']> = ['chairman', 'vice_chairman', 'center_leader'];

/**
 * The signature of the head of the unit (Mẫu 04, 05): the chairman, else a vice-chairman
 * signing on his behalf, else the center's leader; with "TM. ỦY BAN NHÂN DÂN" above the
 * chairman's title as NĐ 30 writes for a collective body. Without any signer set, the title
 * "CHỦ TỊCH" is printed and the name is left for the signer to write.
 */
export function headSignature(unit: FormUnit): Signature {
  const signers = unit.settings.signers ?? [];
  const signer = SIGNER_PREFERENCE.map((role) => signers.find((s) => s.role === role)).find((s) => s !== undefined);
  if (!signer) return { titleLines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] };
  const lines = titleLinesOf(signer.title).map(upper);
  const collective = signer.role !== 'center_leader' && !lines[0]?.startsWith('TM.');
  return { titleLines: collective ? ['TM. ỦY BAN NHÂN DÂN', ...lines] : lines, name: signer.name };
}
