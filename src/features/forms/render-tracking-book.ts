/**
 * Mẫu 07, the tracking book of a unit for a date range, as HTML, DOCX or XLSX. Readable by
 * whoever may read the unit's dossiers; each line is a dossier the reader may read (the rule of
 * the dossier detail), with personal data only for staff of the unit.
 */
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { badRequest, forbidden, notFound } from '../../platform/errors.ts';
import { canReadDossier, canReadUnit, canSeePersonalData } from '../../domain/policy/policy.ts';
import { CONTENT_TYPES, renderDocument, type RenderedDocument } from './render-dossier-form.ts';
import { dossiersReceivedBetween, findUnitForForms } from './forms.queries.ts';
import { departmentNames } from '../../platform/units/units.queries.ts';
import { MINUTES_PER_DAY, type DayNumber } from '../../domain/calendar/local-time.ts';
import { formatInteger } from '../../domain/format/index.ts';
import { buildTrackingBook, trackingBookDocument, trackingBookXlsx } from '../../documents/forms/index.ts';

/** Longest range of one book: a year and a day (a leap year and a cut-off period fit). */
export const MAX_TRACKING_BOOK_DAYS = 367;
/**
 * Most lines of one DOCX book. The docx library spends ~0.3 ms per table cell on this machine
 * (1.000 lines ≈ 7 s of CPU, blocking the server meanwhile); HTML and XLSX have no such limit.
 */
export const MAX_TRACKING_BOOK_DOCX_LINES = 1000;

export interface TrackingBookRequest {
  unitCode: string;
  from: DayNumber;
  to: DayNumber;
  format: 'html' | 'docx' | 'xlsx';
  /** Default MAX_TRACKING_BOOK_DOCX_LINES (tests lower it). */
  maxDocxLines?: number;
}

export async function renderTrackingBook(ctx: AppContext, user: CurrentUser, request: TrackingBookRequest): Promise<RenderedDocument> {
  if (request.to < request.from) throw badRequest('Ngày kết thúc (to) phải bằng hoặc sau ngày bắt đầu (from).', 'to');
  if (request.to - request.from + 1 > MAX_TRACKING_BOOK_DAYS) throw badRequest(`Mỗi sổ theo dõi chỉ in tối đa ${MAX_TRACKING_BOOK_DAYS} ngày; hãy chia khoảng thời gian nhỏ hơn.`, 'to');
  const unit = await findUnitForForms(ctx.db, request.unitCode);
  if (!unit) throw notFound(`Không tìm thấy đơn vị ${request.unitCode}.`);
  const unitScope = { unitCode: unit.code, cityCode: unit.parentCode };
  if (!canReadUnit(user, unit)) throw forbidden('Bạn không có quyền xem sổ theo dõi hồ sơ của đơn vị này.');
  const states = await dossiersReceivedBetween(ctx.db, unit.code, request.from * MINUTES_PER_DAY, (request.to + 1) * MINUTES_PER_DAY);
  const readable = states
    .map((state) => ({ state, scope: { ...unitScope, departmentCode: state.departmentCode, assigneeId: state.assigneeId } }))
    .filter(({ scope }) => canReadDossier(user, scope))
    .map(({ state, scope }) => ({ state, personalDataVisible: canSeePersonalData(user, scope) }));
  const maxDocxLines = request.maxDocxLines ?? MAX_TRACKING_BOOK_DOCX_LINES;
  const lines = readable.filter(({ state }) => state.receivedAt !== undefined).length;
  if (request.format === 'docx' && lines > maxDocxLines) {
    throw badRequest(
      `Sổ theo dõi trong khoảng ngày này có ${formatInteger(lines)} hồ sơ, quá nhiều cho một tệp DOCX (tối đa ${formatInteger(maxDocxLines)} hồ sơ). Hãy chọn khoảng ngày ngắn hơn, hoặc tải dạng XLSX hay HTML.`,
      'to',
    );
  }
  const book = buildTrackingBook({ unit, from: request.from, to: request.to, dossiers: readable, departments: await departmentNames(ctx.db, unit.code), now: ctx.now() });
  const document = trackingBookDocument(book, unit.code);
  if (request.format === 'xlsx') return { fileName: `${document.fileName}.xlsx`, contentType: CONTENT_TYPES.xlsx, body: await trackingBookXlsx(book, unit.code) };
  return renderDocument(document, request.format);
}
