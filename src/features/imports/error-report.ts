/**
 * The error report of an import: one line per problem (row, column, value, reason in
 * Vietnamese), as CSV (UTF-8 with BOM, opens in Excel) or XLSX. Read from the database a
 * page at a time, so a report of a million rows is written with bounded memory.
 */
import fs from 'node:fs';
import type { Writable } from 'node:stream';
import './exceljs-utf8.ts';
import ExcelJS from 'exceljs';
import type { Database } from '../../platform/db/client.ts';
import { rejectionsPage, type Rejection } from './imports.store.ts';
import { safeCell, safeCellText } from '../../documents/spreadsheet-cell.ts';

export const REPORT_HEADER = ['Dòng', 'Cột', 'Giá trị', 'Lý do'] as const;
const PAGE = 5000;

async function* rejections(db: Database, jobId: string): AsyncGenerator<Rejection> {
  let after = 0;
  for (;;) {
    const page = await rejectionsPage(db, jobId, after, PAGE);
    for (const row of page) yield row;
    if (page.length < PAGE) return;
    after = page[page.length - 1]!.id;
  }
}

/** All problems of a job (tests, small reports). */
export async function readErrorReportRows(db: Database, jobId: string): Promise<Rejection[]> {
  const list: Rejection[] = [];
  for await (const row of rejections(db, jobId)) list.push({ row: row.row, column: row.column, value: row.value, reason: row.reason });
  return list;
}

function csvField(text: string): string {
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function write(out: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (out.write(text)) resolve();
    else {
      out.once('drain', resolve);
      out.once('error', reject);
    }
  });
}

export async function writeErrorReportCsv(db: Database, jobId: string, out: Writable): Promise<number> {
  await write(out, `\ufeff${REPORT_HEADER.join(',')}\r\n`);
  let count = 0;
  for await (const r of rejections(db, jobId)) {
    await write(out, `${[String(r.row), r.column, r.value, r.reason].map((text) => csvField(safeCellText(text))).join(',')}\r\n`);
    count++;
  }
  return count;
}

export async function writeErrorReportXlsx(db: Database, jobId: string, out: Writable): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet('Dòng bị từ chối');
  sheet.columns = [
    { header: REPORT_HEADER[0], width: 8 },
    { header: REPORT_HEADER[1], width: 30 },
    { header: REPORT_HEADER[2], width: 30 },
    { header: REPORT_HEADER[3], width: 80 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let count = 0;
  for await (const r of rejections(db, jobId)) {
    sheet.addRow([r.row, r.column, r.value, r.reason].map(safeCell)).commit();
    count++;
  }
  sheet.commit();
  await workbook.commit();
  return count;
}

/** Writes the report to a file (CSV or XLSX by extension); returns the number of lines. */
export async function saveErrorReport(db: Database, jobId: string, filePath: string): Promise<number> {
  const out = fs.createWriteStream(filePath);
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  const count = filePath.toLowerCase().endsWith('.xlsx') ? await writeErrorReportXlsx(db, jobId, out) : await writeErrorReportCsv(db, jobId, out).then((n) => (out.end(), n));
  await done;
  return count;
}
