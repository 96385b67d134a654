/**
 * Issue 12 §4: what an import file may expand to (src/import/limits.ts), for the readers that
 * preview, HTTP imports and `motcua import` share, and over HTTP on PGlite and PostgreSQL. The
 * hostile files are built by test/support/xlsx-bombs.ts (a 400 MB cell in a 400 KB file; four
 * million shared strings in 540 KB; a ZIP that lies about a part's size). Memory is measured in
 * bench/xlsx-bombs.ts, not here: these tests check that each file is refused, in Vietnamese,
 * naming what is too big and the limit.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertImportFileWithinLimits, openRows } from '../../src/features/imports/import-file.ts';
import { AppError } from '../../src/platform/errors.ts';
import { importJobs } from '../../src/platform/db/schema.ts';
import { ImportLimitError, MAX_ROWS } from '../../src/domain/import/limits.ts';
import type { FileKind } from '../../src/features/imports/readers.ts';
import { createTestApp, WARD, type Session, type TestApp } from '../support/api.ts';
import { forEachDriver } from '../support/db.ts';
import { endedJob, uploadImport } from '../support/imports.ts';
import { writeFarColumnXlsx, writeHugeCellXlsx, writeManySharedStringsXlsx, writeZip } from '../support/xlsx-bombs.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-limits-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const MB = 2 ** 20;

/** Each hostile file is written once for the whole file of tests. */
const files = new Map<string, Promise<string>>();
function built(name: string, make: (filePath: string) => Promise<void>): Promise<string> {
  if (!files.has(name)) files.set(name, make(path.join(tmp, name)).then(() => path.join(tmp, name)));
  return files.get(name)!;
}
const inlineBomb = () => built('o-400mb.xlsx', (f) => writeHugeCellXlsx(f, 400 * MB, 'inline'));
const sharedBomb = () => built('o-400mb-chung.xlsx', (f) => writeHugeCellXlsx(f, 400 * MB, 'shared'));
const stringsBomb = () => built('4-trieu-chuoi.xlsx', (f) => writeManySharedStringsXlsx(f, 4_000_000));

/** What reading the file the way the preview does (limits first, then the rows) ends with. */
async function readAll(filePath: string, kind: FileKind = 'xlsx'): Promise<{ rows: string[][]; error?: unknown }> {
  const rows: string[][] = [];
  try {
    await assertImportFileWithinLimits(filePath, kind);
    for await (const row of openRows(filePath, kind)) rows.push(row.cells.map((c) => String(c ?? '')));
    return { rows };
  } catch (error) {
    return { rows, error };
  }
}

describe('the readers refuse files beyond the limits', () => {
  it('one 400 MB cell in a 400 KB file: refused at the cell, before it is held', async () => {
    const file = await inlineBomb();
    expect(fs.statSync(file).size).toBeLessThan(500 * 1024);
    const { error } = await readAll(file);
    expect(error).toBeInstanceOf(ImportLimitError);
    expect((error as Error).message).toBe('Tệp XLSX có một đoạn dữ liệu liền dài hơn 524.288 ký tự (một ô Excel chứa tối đa 32.767 ký tự). Tệp không được nhập; hãy mở và lưu lại tệp bằng Excel rồi thử lại.');
  });

  it('a 400 MB shared string: refused from the ZIP’s table of contents, before inflating anything', async () => {
    const { error, rows } = await readAll(await sharedBomb());
    expect(rows).toEqual([]);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ kind: 'too_large', message: 'Tệp XLSX có bảng chuỗi dùng chung (xl/sharedStrings.xml) khi giải nén là 401 MB, vượt giới hạn 100 MB. Tệp không được nhập; hãy chia tệp hoặc xuất ra CSV.' });
  });

  it('four million shared strings: refused at the millionth', async () => {
    const file = await stringsBomb();
    expect(fs.statSync(file).size).toBeLessThan(1 * MB);
    const { error } = await readAll(file);
    expect(error).toMatchObject({ message: 'Tệp XLSX có hơn 1.000.000 chuỗi dùng chung. Hãy chia tệp thành nhiều tệp nhỏ hơn, hoặc xuất ra CSV rồi nhập.' });
  });

  it('a ZIP that declares a part smaller than it inflates to is refused', async () => {
    const file = path.join(tmp, 'noi-doi.xlsx');
    await writeManySharedStringsXlsx(file, 200_000, { declaredSize: 1000 });
    const { error } = await readAll(file);
    expect(error).toMatchObject({ kind: 'too_large', message: expect.stringContaining('Tệp XLSX có phần xl/sharedStrings.xml giải nén ra nhiều hơn kích thước ghi trong mục lục') });
  });

  it('a cell beyond Excel’s last column, and a file that is not a ZIP (400)', async () => {
    const far = path.join(tmp, 'cot-xa.xlsx');
    await writeFarColumnXlsx(far);
    // exceljs itself refuses it; the reader's own words are not shown.
    expect((await readAll(far)).error).toMatchObject({ name: 'ImportFileError', message: 'Không đọc được tệp XLSX: tệp hỏng hoặc không đúng định dạng. Hãy mở và lưu lại tệp bằng Excel, hoặc xuất lại từ hệ thống nguồn.' });
    const fake = path.join(tmp, 'gia.xlsx');
    fs.writeFileSync(fake, 'Mã hồ sơ,Tên thủ tục\r\nHS-1,Khai sinh\r\n');
    expect((await readAll(fake)).error).toMatchObject({ kind: 'bad_request', message: expect.stringContaining('không phải tệp Excel (.xlsx) hợp lệ') });
  });

  it('rich-text shared strings are read as their plain text (runs joined, phonetic guides left out)', async () => {
    const file = path.join(tmp, 'dinh-dang.xlsx');
    const sheet = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData></worksheet>';
    const strings = '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Mã hồ sơ</t></si><si><r><t xml:space="preserve">Nguyễn </t></r><r><rPr><b/><sz val="11"/></rPr><t>Văn An</t></r><rPh sb="0" eb="1"><t>phiên âm</t></rPh></si></sst>';
    await writeZip(file, [
      { name: 'xl/workbook.xml', content: () => ['<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'] },
      { name: 'xl/_rels/workbook.xml.rels', content: () => ['<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'] },
      { name: 'xl/sharedStrings.xml', content: () => [strings] },
      { name: 'xl/worksheets/sheet1.xml', content: () => [sheet] },
    ]);
    expect(await readAll(file)).toEqual({ rows: [['Mã hồ sơ', 'Nguyễn Văn An']] });
  });

  it('CSV: a record longer than a million characters, more columns or more rows than a sheet holds', async () => {
    const wide = path.join(tmp, 'nhieu-cot.csv');
    fs.writeFileSync(wide, `Mã hồ sơ,Ghi chú\r\n${'x,'.repeat(20_000)}\r\n`);
    expect((await readAll(wide, 'csv')).error).toMatchObject({ message: 'Dòng 2 có hơn 16.384 cột (giới hạn của Excel). Tệp không đúng định dạng xuất của hệ thống khác; hãy kiểm tra lại tệp.' });
    const long = path.join(tmp, 'dong-dai.csv');
    fs.writeFileSync(long, `Mã hồ sơ,Ghi chú\r\nHS-1,"${'a'.repeat(1_100_000)}"\r\n`);
    expect((await readAll(long, 'csv')).error).toMatchObject({ message: 'Dòng 2 của tệp CSV dài hơn 1.048.576 ký tự (thường do thiếu dấu ngoặc kép đóng). Hãy kiểm tra lại tệp.' });
    const many = path.join(tmp, 'nhieu-dong.csv');
    fs.writeFileSync(many, 'a\n'.repeat(MAX_ROWS + 1));
    const read = await readAll(many, 'csv');
    expect(read.rows).toHaveLength(MAX_ROWS);
    expect(read.error).toMatchObject({ message: 'Tệp có hơn 1.048.576 dòng (giới hạn của một trang tính Excel). Hãy chia tệp thành nhiều tệp nhỏ hơn rồi nhập lần lượt.' });
  });
});

forEachDriver('import limits over HTTP', (getDb) => {
  let t: TestApp;
  let leader: Session;
  beforeAll(async () => {
    t = await createTestApp(getDb());
    leader = await t.login('leader');
  });
  afterAll(() => t.close());

  const send = (url: string, filePath: string) => uploadImport(t, leader, { bytes: fs.readFileSync(filePath), name: 'bom.xlsx' }, { source: 'bom' }, url);

  it('the preview refuses the bombs with a Vietnamese 413', async () => {
    for (const bomb of [inlineBomb, sharedBomb, stringsBomb]) {
      const response = await send('/api/imports/preview', await bomb());
      expect(response.statusCode, response.body).toBe(413);
      expect(response.json()).toMatchObject({ message: expect.stringMatching(/^Tệp XLSX có .*(giới hạn|tối đa|chia tệp)/) });
    }
  });

  it('an import of a file whose ZIP declares too much is refused before a job starts; one found while reading fails its job', async () => {
    const refused = await send('/api/imports', await sharedBomb());
    expect(refused.statusCode).toBe(413);
    expect(await t.ctx.db.select().from(importJobs).where(eq(importJobs.unitCode, WARD))).toEqual([]);

    const started = await send('/api/imports', await inlineBomb());
    expect(started.statusCode, started.body).toBe(202);
    const job = await endedJob(leader, started.json<{ id: string; status: string; message: string | null }>());
    expect(job).toMatchObject({ status: 'failed', message: expect.stringContaining('dài hơn 524.288 ký tự') });
  });
});
