/**
 * Finding a returning citizen and the newest first (issue 14, item 8), on PGlite and PostgreSQL:
 * GET /api/dossiers?q= finds a dossier by the applicant's CCCD/ID number or phone however typed
 * (spaces, dots, +84), exactly (a part of a number finds nothing), only where the user may see
 * the unit's personal data, with the numbers masked for those who may not; lists open newest
 * first and sort by a whitelisted column.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { createTestApp, receptionBody, START, type Session, type TestApp } from '../support/api.ts';

interface Item {
  code: string;
  applicantName: string;
  applicantIdNumber: string | null;
  applicantPhone: string | null;
  receivedAt: string | null;
}

forEachDriver('dossier search by ID number and phone, sorting', (getDb) => {
  let t: TestApp;
  let counter: Session;
  let supervisor: Session;
  let otherCounter: Session;
  const codes: Record<'an' | 'anAgain' | 'binh' | 'cuong', string> = { an: '', anAgain: '', binh: '', cuong: '' };

  const receive = async (applicant: Record<string, unknown>): Promise<string> => {
    const response = await counter.post('/api/dossiers', receptionBody({ applicant: { kind: 'individual', ...applicant } }));
    expect(response.statusCode).toBe(201);
    return (response.json() as { code: string }).code;
  };
  const list = async (session: Session, query: string): Promise<{ total: number; items: Item[] }> => {
    const response = await session.get(`/api/dossiers?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const found = async (session: Session, q: string): Promise<string[]> => (await list(session, `q=${encodeURIComponent(q)}`)).items.map((i) => i.code).sort();

  beforeAll(async () => {
    t = await createTestApp(getDb());
    [counter, supervisor, otherCounter] = await Promise.all([t.login('counter'), t.login('supervisor'), t.login('otherCounter')]);
    t.setNow(START);
    codes.an = await receive({ name: 'Nguyễn Văn An', idNumber: '001090000123', phone: '0912345678' });
    t.advance(30);
    codes.binh = await receive({ name: 'Trần Thị Bình', idNumber: '031190004567', phone: '0987654321' });
    t.advance(30);
    codes.cuong = await receive({ name: 'Lê Văn Cường', idNumber: '001090000999', phone: '+84 903 111 222' });
    // The same citizen comes back a day later with a new request.
    t.advance(24 * 60);
    codes.anAgain = await receive({ name: 'Nguyễn Văn An', idNumber: '001090000123', phone: '0912 345 678' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('finds a returning citizen’s dossiers by CCCD however it is typed', async () => {
    const both = [codes.an, codes.anAgain].sort();
    expect(await found(counter, '001090000123')).toEqual(both);
    expect(await found(counter, '001 090 000 123')).toEqual(both);
    expect(await found(counter, '001.090.000.123')).toEqual(both);
  });

  it('finds them by phone, with or without +84, spaces and dots', async () => {
    const both = [codes.an, codes.anAgain].sort();
    expect(await found(counter, '0912345678')).toEqual(both);
    expect(await found(counter, '+84 912 345 678')).toEqual(both);
    expect(await found(counter, '0912.345.678')).toEqual(both);
    // Stored as "+84 903 111 222", found as the national form.
    expect(await found(counter, '0903111222')).toEqual([codes.cuong]);
  });

  it('matches whole numbers only: a part of a number finds nothing', async () => {
    expect(await found(counter, '0010900001')).toEqual([]);
    expect(await found(counter, '345678')).toEqual([]);
    // Names and codes are still found by a part.
    expect(await found(counter, 'van an')).toEqual([codes.an, codes.anAgain].sort());
  });

  it('shows the numbers to the unit’s staff and masks them for the city supervisor, who cannot search by them', async () => {
    const mine = (await list(counter, `q=${encodeURIComponent(codes.an)}`)).items[0]!;
    expect(mine.applicantIdNumber).toBe('001090000123');
    expect(mine.applicantPhone).toBe('0912345678');
    const supervised = (await list(supervisor, `q=${encodeURIComponent(codes.an)}`)).items[0]!;
    expect(supervised.code).toBe(codes.an);
    expect(supervised.applicantIdNumber).toBe('*********123');
    expect(supervised.applicantPhone).toBe('*******678');
    // A number would tell the supervisor whose it is: no match by number.
    expect(await found(supervisor, '001090000123')).toEqual([]);
    expect(await found(supervisor, '0912345678')).toEqual([]);
    // Another ward's counter reads none of this ward's dossiers.
    expect(await found(otherCounter, '001090000123')).toEqual([]);
  });

  it('lists the newest received first by default', async () => {
    const { items } = await list(counter, 'pageSize=4');
    expect(items.map((i) => i.code)).toEqual([codes.anAgain, codes.cuong, codes.binh, codes.an]);
  });

  it('sorts by a whitelisted column, either way, and refuses any other in Vietnamese', async () => {
    expect((await list(counter, 'sort=receivedAt')).items.map((i) => i.code)).toEqual([codes.an, codes.binh, codes.cuong, codes.anAgain]);
    expect((await list(counter, 'sort=-applicantName')).items.map((i) => i.applicantName)).toEqual(['Trần Thị Bình', 'Nguyễn Văn An', 'Nguyễn Văn An', 'Lê Văn Cường']);
    expect((await list(counter, 'sort=code')).items.map((i) => i.code)).toEqual([codes.an, codes.binh, codes.cuong, codes.anAgain].sort());
    const paged = [...(await list(counter, 'sort=applicantName&pageSize=2&page=1')).items, ...(await list(counter, 'sort=applicantName&pageSize=2&page=2')).items];
    expect(new Set(paged.map((i) => i.code)).size).toBe(4);
    for (const bad of ['state', 'applicant_id_number', 'receivedAt;drop', '--receivedAt']) {
      const response = await counter.get(`/api/dossiers?sort=${encodeURIComponent(bad)}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toContain('cột sắp xếp');
    }
  });
});
