/**
 * The public lookup (issue 17): the link printed on Mẫu 01 carries a token, not the code; the
 * routes answer without a session, the same 404 for every failure, limited per address and per
 * code, and with nothing personal in any field. Runs on PGlite and PostgreSQL.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { createTestApp, receptionBody, type Session, type TestApp } from '../support/api.ts';
import { LOOKUP_NOT_FOUND, LOOKUP_RATE_LIMITED } from '../../src/domain/lookup/index.ts';

const APPLICANT = { kind: 'individual', name: 'Trịnh Thị Hoa Ban', idNumber: '031190009876', phone: '0987 654 321', address: 'Số 17 Lạch Tray, phường Gia Viên', email: 'hoaban@example.vn' };

/** Every string value of a JSON document. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

forEachDriver('public lookup', (getDb) => {
  let t: TestApp;
  let counter: Session;
  let specialist: Session;
  let head: Session;
  let code = '';
  let link = '';
  let address = 0;
  /** Each case from its own address, so that the per-address limit is only met where a case tests it. */
  const anonymous = () => {
    const remoteAddress = `10.17.0.${++address}`;
    return {
      get: (url: string) => t.app.inject({ method: 'GET', url, remoteAddress }),
      post: (url: string, payload: unknown) => t.app.inject({ method: 'POST', url, payload: payload as object, remoteAddress }),
    };
  };

  async function act(session: Session, action: string, body: Record<string, unknown> = {}): Promise<void> {
    const current = (await session.get(`/api/dossiers/${code}`)).json() as { version: number };
    const response = await session.post(`/api/dossiers/${code}/${action}`, { expectedVersion: current.version, ...body });
    expect(response.statusCode, `${action}: ${response.body}`).toBe(200);
  }

  beforeAll(async () => {
    t = await createTestApp(getDb(), { env: { MOTCUA_PUBLIC_URL: 'https://tracuu.haiphong.gov.vn' } });
    [counter, specialist, head] = await Promise.all([t.login('counter'), t.login('specialist'), t.login('head')]);
    const received = await counter.post('/api/dossiers', receptionBody({ applicant: APPLICANT }));
    expect(received.statusCode, received.body).toBe(201);
    code = (received.json() as { code: string }).code;
    const mau01 = await counter.get(`/api/dossiers/${code}/forms/mau-01?format=html`);
    link = /data-qr-payload="([^"]+)"/.exec(mau01.body)![1]!;
    await act(counter, 'forward', { to: 'tu-phap', assigneeId: t.userId('specialist') });
    t.advance(60);
    // An officer types the applicant's name and phone into a public text: the page masks them.
    await act(specialist, 'request-supplement', { reason: 'Thiếu giấy tờ', items: ['Giấy xác nhận cư trú của Trịnh Thị Hoa Ban (ĐT 0987654321)'] });
  });
  afterAll(async () => {
    await t.close();
  });

  it('prints an unguessable token on Mẫu 01, at the public address, and never the code', async () => {
    expect(link).toMatch(/^https:\/\/tracuu\.haiphong\.gov\.vn\/tra-cuu\/[A-Za-z0-9_-]{21}[AQgw]$/);
    expect(link).not.toContain(code);
    // The same link on every print (the token is issued once).
    const again = await counter.get(`/api/dossiers/${code}/forms/mau-01?format=html`);
    expect(again.body).toContain(`data-qr-payload="${link}"`);
  });

  it('answers the token without a session, with private headers and the dossier’s public view', async () => {
    const token = link.split('/').at(-1)!;
    const response = await anonymous().get(`/api/public/lookup/${token}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-robots-tag']).toBe('noindex');
    const view = response.json() as { code: string; procedure: { code: string }; status: { code: number }; supplement?: { items: string[] } };
    expect(view.code).toBe(code);
    expect(view.procedure.code).toBe('1.004873');
    expect(view.status.code).toBe(5);
    expect(view.supplement?.items).toEqual(['Giấy xác nhận cư trú của *** (ĐT ***)']);
  });

  it('shows nothing personal in any field: name, ID number, phone, e-mail, address, officers', async () => {
    const token = link.split('/').at(-1)!;
    const byToken = (await anonymous().get(`/api/public/lookup/${token}`)).json();
    const typed = await anonymous().post('/api/public/lookup', { code, factor: '4321' });
    expect(typed.statusCode, typed.body).toBe(200);
    const officers = ['counter', 'specialist', 'head'].map((name) => t.userId(name as 'counter'));
    const secrets = [APPLICANT.name, APPLICANT.idNumber, '987654321', '0987 654 321', APPLICANT.address, APPLICANT.email, 'Lạch Tray', 'Hoa Ban', ...officers, 'motcua.', 'Cán bộ'];
    for (const view of [byToken, typed.json()]) {
      for (const text of stringsOf(view)) {
        for (const secret of secrets) expect(text.toLowerCase(), `"${text}" shows ${secret}`).not.toContain(secret.toLowerCase());
      }
    }
  });

  it('answers a typed code with the last 4 digits of the phone or of the ID number', async () => {
    const who = anonymous();
    expect((await who.post('/api/public/lookup', { code: code.toLowerCase(), factor: '4321' })).statusCode).toBe(200);
    expect((await who.post('/api/public/lookup', { code: ` ${code} `, factor: '9 8 7 6' })).statusCode).toBe(200);
  });

  it('gives the same answer, byte for byte, for every failure', async () => {
    const who = anonymous();
    const noFactor = await counter.post('/api/dossiers', receptionBody({ applicant: { kind: 'individual', name: 'Người Không Số' } }));
    const noFactorCode = (noFactor.json() as { code: string }).code;
    const failures = [
      await who.post('/api/public/lookup', { code, factor: '0000' }),
      await who.post('/api/public/lookup', { code: `${code.slice(0, -1)}9`, factor: '4321' }),
      await who.post('/api/public/lookup', { code: noFactorCode, factor: '0000' }),
      await who.get('/api/public/lookup/AAAAAAAAAAAAAAAAAAAAAA'),
      await who.get(`/api/public/lookup/${encodeURIComponent(code)}`),
      await who.get('/api/public/lookup/abc'),
    ];
    for (const failure of failures) {
      expect(failure.statusCode).toBe(404);
      expect(failure.body).toBe(JSON.stringify(LOOKUP_NOT_FOUND));
    }
    const malformed = await who.post('/api/public/lookup', { code, factor: '12' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json<{ message: string }>().message).toMatch(/4 chữ số/);
  });

  it('locks a code after 5 failed typed lookups, known or not, while its QR link keeps working', async () => {
    const other = await counter.post('/api/dossiers', receptionBody({ applicant: APPLICANT }));
    const lockedCode = (other.json() as { code: string }).code;
    const unknown = `${lockedCode.slice(0, -4)}9999`;
    for (const target of [lockedCode, unknown]) {
      for (let i = 0; i < 5; i++) expect((await anonymous().post('/api/public/lookup', { code: target, factor: '1111' })).statusCode).toBe(404);
      const locked = await anonymous().post('/api/public/lookup', { code: target, factor: '4321' });
      expect(locked.statusCode).toBe(429);
      expect(locked.body).toBe(JSON.stringify(LOOKUP_RATE_LIMITED));
    }
    // Another code is not affected; a day later the lock is gone.
    expect((await anonymous().post('/api/public/lookup', { code, factor: '4321' })).statusCode).toBe(200);
    t.advance(24 * 60 + 1);
    expect((await anonymous().post('/api/public/lookup', { code: lockedCode, factor: '4321' })).statusCode).toBe(200);
  });

  it('limits one address to 30 lookups per 10 minutes on each route', async () => {
    const who = anonymous();
    const token = link.split('/').at(-1)!;
    for (let i = 0; i < 30; i++) expect((await who.get(`/api/public/lookup/${token}`)).statusCode).toBe(200);
    const refused = await who.get(`/api/public/lookup/${token}`);
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toBe(JSON.stringify(LOOKUP_RATE_LIMITED));
    for (let i = 0; i < 30; i++) expect((await who.post('/api/public/lookup', { code, factor: '4321' })).statusCode).toBe(200);
    expect((await who.post('/api/public/lookup', { code, factor: '4321' })).statusCode).toBe(429);
    // Another address is not affected.
    expect((await anonymous().get(`/api/public/lookup/${token}`)).statusCode).toBe(200);
  });

  it('follows the dossier: an extension shows its reason and new date', async () => {
    await act(counter, 'receive-supplement');
    await act(head, 'extend', { newDueAt: '2026-12-10T16:00', reason: 'Cần xác minh tại nơi cư trú trước đây' });
    const view = (await anonymous().get(`/api/public/lookup/${link.split('/').at(-1)!}`)).json() as { extension?: { reason: string; newDueAt: { iso: string } } };
    expect(view.extension?.reason).toBe('Cần xác minh tại nơi cư trú trước đây');
    expect(view.extension?.newDueAt.iso).toBe('2026-12-10T16:00');
  });
});
