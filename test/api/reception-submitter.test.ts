/**
 * Issue 15 item 5 over HTTP, on PGlite and PostgreSQL: the person who submits for the applicant
 * (an authorised person, an organisation's representative) recorded at reception, shown on the
 * dossier page (masked outside the unit) and printed on Mẫu 01 (the DOCX read back through
 * LibreOffice); and the prefill of the reception form from a typed CCCD.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { createTestApp, receptionBody, type Session, type TestApp } from '../support/api.ts';
import { docxToPdfText, flatText } from '../support/libreoffice.ts';

const AUTHORISED = { kind: 'authorised', name: 'Trần Văn Ủy', idNumber: '031095001122', phone: '0903111222', relationship: 'Con trai', authorisation: 'Giấy ủy quyền số 12/UQ ngày 20/11/2026' };
const COMPANY = { kind: 'organization', name: 'Công ty TNHH Hải Đăng', idNumber: '0201234567', address: 'Số 1 Trần Phú, phường Gia Viên' };
const REPRESENTATIVE = { kind: 'representative', name: 'Phạm Thị Đại', title: 'Giám đốc', idNumber: '031180009988', phone: '0913999888' };

interface Detail {
  code: string;
  submitter: Record<string, string> | null;
  personalDataVisible: boolean;
  history: Array<{ type: string; payload: Record<string, unknown> }>;
}

forEachDriver('reception: submitter and prefill (issue 15)', (getDb) => {
  let t: TestApp;
  let counter: Session;
  let supervisor: Session;
  let otherCounter: Session;
  let specialist: Session;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    [counter, supervisor, otherCounter, specialist] = await Promise.all([t.login('counter'), t.login('supervisor'), t.login('otherCounter'), t.login('specialist')]);
  });
  afterAll(async () => {
    await t.close();
  });

  async function receive(body: Record<string, unknown>, session = counter): Promise<Detail> {
    const response = await session.post('/api/dossiers', receptionBody(body));
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as Detail;
  }

  describe('submitter', () => {
    it('records an authorised person, shows them to the unit and masks them for a supervisor like the applicant', async () => {
      const received = await receive({ submitter: AUTHORISED });
      expect(received.submitter).toEqual(AUTHORISED);
      const own = (await counter.get(`/api/dossiers/${received.code}`)).json() as Detail;
      expect(own.submitter).toEqual(AUTHORISED);
      const masked = (await supervisor.get(`/api/dossiers/${received.code}`)).json() as Detail;
      expect(masked.personalDataVisible).toBe(false);
      expect(masked.submitter).toEqual({ kind: 'authorised', name: AUTHORISED.name, idNumber: '*********122' });
      const raw = JSON.stringify(masked);
      for (const secret of [AUTHORISED.idNumber, AUTHORISED.phone, AUTHORISED.relationship, AUTHORISED.authorisation]) expect(raw).not.toContain(secret);
    });

    it('records the representative of an organisation with their title', async () => {
      const received = await receive({ applicant: COMPANY, submitter: REPRESENTATIVE });
      expect(received.submitter).toEqual(REPRESENTATIVE);
    });

    it('refuses what does not hold, in Vietnamese, and stores nothing', async () => {
      const before = (await counter.get('/api/dossiers?pageSize=1')).json() as { total: number };
      const cases: Array<[Record<string, unknown>, string, string]> = [
        [{ submitter: REPRESENTATIVE }, 'submitter.kind', 'Người đại diện chỉ ghi khi người nộp hồ sơ là tổ chức'],
        [{ applicant: COMPANY, submitter: { ...REPRESENTATIVE, title: undefined } }, 'submitter.title', 'chức vụ'],
        [{ submitter: { ...AUTHORISED, idNumber: undefined } }, 'submitter.idNumber', 'số CCCD của người được ủy quyền'],
        [{ submitter: { ...AUTHORISED, relationship: undefined, authorisation: undefined } }, 'submitter.authorisation', 'văn bản ủy quyền'],
        [{ submitter: { ...AUTHORISED, idNumber: '12345' } }, 'submitter.idNumber', '12 chữ số'],
        [{ submitter: { ...AUTHORISED, phone: '12' } }, 'submitter.phone', 'số điện thoại'],
      ];
      for (const [body, field, words] of cases) {
        const response = await counter.post('/api/dossiers', receptionBody(body));
        expect(response.statusCode, response.body).toBe(400);
        const error = response.json() as { message: string; field?: string };
        expect(error.message, field).toContain(words);
        expect(error.field ?? error.message, field).toContain(field);
      }
      expect(((await counter.get('/api/dossiers?pageSize=1')).json() as { total: number }).total).toBe(before.total);
    });

    it('prints the submitter on Mẫu 01 (DOCX read back) and has them sign it; outside the unit only the name', async () => {
      // The papers of the forms test's receipt (one sheet there): the submitter's lines must not push it onto a second.
      const components = [
        { code: 'to-khai', name: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', form: 'ban-chinh', quantity: 1 },
        { code: 'giay-to-tuy-than', name: 'Căn cước công dân', form: 'ban-chup', quantity: 1 },
      ];
      const withSubmitter = await receive({ submitter: AUTHORISED, components });
      const company = await receive({ applicant: COMPANY, submitter: REPRESENTATIVE, components });
      const url = (code: string, format: string) => `/api/dossiers/${code}/forms/mau-01?format=${format}`;
      const files: Record<string, Buffer> = {};
      for (const [name, code] of [['authorised', withSubmitter.code], ['representative', company.code]] as const) {
        const response = await counter.get(url(code, 'docx'));
        expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
        files[name] = response.rawPayload;
      }
      const pdfs = await docxToPdfText(files);
      if (process.env.MOTCUA_PRINT_PDF_TEXT) for (const [name, pdf] of Object.entries(pdfs)) console.log(`── ${name} (${pdf.pages} trang)\n${pdf.text}`);
      const authorised = flatText(pdfs.authorised!.text);
      for (const line of [
        'Ông/Bà: Nguyễn Thị Bình',
        'Người nộp hồ sơ: Trần Văn Ủy (người được ủy quyền); CCCD: 031095001122',
        'Văn bản ủy quyền: Giấy ủy quyền số 12/UQ ngày 20/11/2026; quan hệ: Con trai',
      ]) {
        expect(authorised, line).toContain(line);
      }
      // The person at the desk signs the receipt: the submitter's name under "Người nộp hồ sơ".
      expect(authorised.indexOf('Trần Văn Ủy', authorised.indexOf('NGƯỜI NỘP HỒ SƠ'))).toBeGreaterThan(0);
      expect(pdfs.authorised!.pages).toBe(1);
      const representative = flatText(pdfs.representative!.text);
      expect(representative).toContain('Tổ chức: Công ty TNHH Hải Đăng');
      expect(representative).toContain('Người nộp hồ sơ: Phạm Thị Đại (người đại diện, Giám đốc); CCCD: 031180009988');
      expect(pdfs.representative!.pages).toBe(1);

      const outside = (await supervisor.get(url(withSubmitter.code, 'html'))).body;
      expect(outside).toContain('Trần Văn Ủy (người được ủy quyền)');
      for (const secret of [AUTHORISED.idNumber, AUTHORISED.phone, AUTHORISED.authorisation]) expect(outside).not.toContain(secret);
    });
  });

  describe('prefill from the last dossier', () => {
    const ID = '031088006655';
    it('offers the details of the latest dossier of a typed CCCD in the unit, however the number is typed', async () => {
      await receive({ applicant: { kind: 'individual', name: 'Hoàng Văn Cũ', idNumber: ID, phone: '0911000111', address: 'Địa chỉ cũ' } });
      t.advance(60);
      const latest = await receive({ applicant: { kind: 'individual', name: 'Hoàng Văn Mới', idNumber: ID, phone: '0911000222', address: 'Số 3 Hoàng Văn Thụ, phường Gia Viên', email: 'hoangvanmoi@example.vn' } });
      for (const typed of [ID, '031 088 006 655']) {
        const response = await counter.post('/api/citizens/lookup', { idNumber: typed });
        expect(response.statusCode, response.body).toBe(200);
        expect(response.json()).toMatchObject({
          applicant: { kind: 'individual', name: 'Hoàng Văn Mới', idNumber: ID, phone: '0911000222', address: 'Số 3 Hoàng Văn Thụ, phường Gia Viên', email: 'hoangvanmoi@example.vn' },
          fromDossier: { code: latest.code },
        });
      }
    });

    it('finds nothing of another unit, says so in Vietnamese, and refuses roles that may not see it', async () => {
      const there = await otherCounter.post('/api/citizens/lookup', { idNumber: ID });
      expect(there.statusCode).toBe(404);
      expect(there.json()).toMatchObject({ message: 'Chưa có hồ sơ nào của người có số CCCD này tại đơn vị.' });
      expect(there.body).not.toContain('Hoàng');
      expect((await counter.post('/api/citizens/lookup', { idNumber: '031088006600' })).statusCode).toBe(404);
      for (const session of [supervisor, specialist]) {
        const refused = await session.post('/api/citizens/lookup', { idNumber: ID });
        expect(refused.statusCode).toBe(403);
        expect(refused.body).not.toContain('Hoàng');
      }
    });

    it('asks for a 12- or 9-digit number', async () => {
      const bad = await counter.post('/api/citizens/lookup', { idNumber: '0310' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ message: 'Số CCCD phải gồm 12 chữ số (hoặc 9 chữ số của chứng minh nhân dân cũ).' });
      expect((await counter.post('/api/citizens/lookup', {})).statusCode).toBe(400);
    });

    it('keeps the number out of the address (a POST body)', async () => {
      expect((await counter.get(`/api/citizens/lookup?idNumber=${ID}`)).statusCode).toBe(404);
    });
  });
});
