/**
 * GET /api/dossiers/export.xlsx: the dossier list with the same filters as GET /api/dossiers,
 * every page, as an Excel workbook (streamed row by row; what the user may read, nothing more).
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { dossierVisibility } from '../../domain/policy/policy.ts';
import type { AppContext } from '../../platform/context.ts';
import { listDossiers } from './dossiers.queries.ts';
import { assessDeadline } from '../../domain/deadline/warnings.ts';
import { CHANNEL_NAMES, STATUS_NAMES, type Channel, type StatusCode } from '../../domain/dossier/state.ts';
import { formatDateTime } from '../../domain/format/index.ts';
import { safeRow } from '../../documents/spreadsheet-cell.ts';
import { currentUser } from '../../platform/http/current-user.ts';
import { contentDisposition } from '../../platform/http/content-disposition.ts';
import { listFilterOf, listQuery } from './dossiers.routes.ts';
import { errorResponseSchema } from '../../platform/http/schemas.ts';
import type { ZodApp } from '../../platform/http/types.ts';

/** Rows per database page while exporting. */
const PAGE = 1000;
/** More than this and the export asks for narrower filters (a workbook, not a backup). */
export const EXPORT_MAX_ROWS = 100_000;

const LEVEL_NAMES = { 'on-track': 'Trong hạn', 'due-soon': 'Sắp đến hạn', overdue: 'Quá hạn' } as const;

export const EXPORT_COLUMNS = [
  { header: 'STT', key: 'n', width: 6 },
  { header: 'Mã hồ sơ', key: 'code', width: 24 },
  { header: 'Thủ tục', key: 'procedure', width: 50 },
  { header: 'Lĩnh vực', key: 'field', width: 24 },
  { header: 'Người nộp', key: 'applicant', width: 26 },
  { header: 'Kênh nộp', key: 'channel', width: 14 },
  { header: 'Trạng thái', key: 'status', width: 24 },
  { header: 'Ngày tiếp nhận', key: 'receivedAt', width: 18 },
  { header: 'Hạn giải quyết', key: 'legalDueAt', width: 18 },
  { header: 'Ngày hẹn trả', key: 'appointmentDueAt', width: 18 },
  { header: 'Ngày kết thúc', key: 'endedAt', width: 18 },
  { header: 'Phòng xử lý', key: 'department', width: 16 },
  { header: 'Tình trạng hạn', key: 'deadline', width: 16 },
] as const;

const when = (minute: number | undefined): string => (minute === undefined ? '' : formatDateTime(minute));

export function registerDossierExportRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/dossiers/export.xlsx',
    {
      config: { expensive: 'document' },
      schema: {
        tags: ['Hồ sơ'],
        summary: 'Xuất danh sách hồ sơ ra tệp Excel (cùng bộ lọc với danh sách hồ sơ)',
        querystring: listQuery.omit({ page: true, pageSize: true }),
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: { 200: z.any(), 400: errorResponseSchema, 401: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const { filter, now, calendar } = await listFilterOf(ctx, user, { ...request.query, page: 1, pageSize: PAGE });
      const first = await listDossiers(ctx.db, dossierVisibility(user), filter);
      if (first.total > EXPORT_MAX_ROWS) {
        return reply.status(400).send({ error: 'du_lieu_khong_hop_le', message: `Có ${first.total} hồ sơ, vượt quá ${EXPORT_MAX_ROWS} dòng của một tệp Excel. Hãy thu hẹp bộ lọc (thời gian, trạng thái, lĩnh vực).` });
      }
      const stream = new PassThrough();
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
      const sheet = workbook.addWorksheet('Danh sách hồ sơ', { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = EXPORT_COLUMNS.map((c) => ({ ...c }));
      sheet.getRow(1).font = { bold: true };
      sheet.getRow(1).commit();
      void (async () => {
        let n = 0;
        let page = first;
        for (let p = 1; ; p++) {
          for (const row of page.items) {
            const open = row.endedAt === undefined && row.receivedAt !== undefined && row.legalDueAt !== undefined && !row.paused;
            const level = open ? assessDeadline(row.receivedAt!, row.legalDueAt!, now, calendar).level : undefined;
            sheet
              .addRow(safeRow({
                n: ++n,
                code: row.code,
                procedure: row.procedureName || row.procedureCode,
                field: row.field,
                applicant: row.applicantName,
                channel: CHANNEL_NAMES[row.channel as Channel] ?? row.channel,
                status: STATUS_NAMES[row.status as StatusCode] ?? String(row.status),
                receivedAt: when(row.receivedAt),
                legalDueAt: when(row.legalDueAt),
                appointmentDueAt: when(row.appointmentDueAt),
                endedAt: when(row.endedAt),
                department: row.departmentCode ?? '',
                deadline: level ? LEVEL_NAMES[level] : '',
              }))
              .commit();
          }
          if (p * PAGE >= page.total) break;
          page = await listDossiers(ctx.db, dossierVisibility(user), { ...filter, page: p + 1 });
        }
        await workbook.commit();
      })().catch((error: unknown) => {
        request.log.error({ err: error }, 'dossier export failed');
        stream.destroy(error instanceof Error ? error : new Error(String(error)));
      });
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', contentDisposition('attachment', 'danh-sach-ho-so.xlsx'))
        .send(stream);
    },
  );
}
