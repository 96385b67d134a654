/**
 * Which procedures a unit offers: the whole catalog until its list is set; then receptions of
 * other procedures are refused with the procedure named. Only the unit's leader or an
 * administrator sets the list.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { createTestApp, OTHER_WARD, receptionBody, WARD, type Session, type TestApp } from '../support/api.ts';

interface Offered {
  all: boolean;
  items: Array<{ code: string; name: string; offered: boolean }>;
}

forEachDriver('procedures a unit offers', (getDb) => {
  let t: TestApp;
  let counter: Session;
  let leader: Session;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp(getDb());
    [counter, leader, admin] = await Promise.all([t.login('counter'), t.login('leader'), t.login('admin')]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('offers the whole catalog until the list is set, then only the list', async () => {
    const before = (await counter.get(`/api/units/${WARD}/procedures`)).json() as Offered;
    expect(before.all).toBe(true);
    expect(before.items.length).toBeGreaterThanOrEqual(40);
    expect(before.items.every((item) => item.offered)).toBe(true);
    expect((await counter.post('/api/dossiers', receptionBody({ procedureCode: '1.001193' }))).statusCode).toBe(201);

    const set = await leader.put(`/api/units/${WARD}/procedures`, { offered: ['1.004873', '1.004873'] });
    expect(set.statusCode, set.body).toBe(200);
    const after = set.json() as Offered;
    expect(after.all).toBe(false);
    expect(after.items.filter((item) => item.offered).map((item) => item.code)).toEqual(['1.004873']);

    const refused = await counter.post('/api/dossiers', receptionBody({ procedureCode: '1.001193' }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ field: 'procedureCode' });
    expect(refused.json<{ message: string }>().message).toMatch(/Đơn vị chưa cung cấp thủ tục .*\(1\.001193\)/);
    expect((await counter.post('/api/dossiers', receptionBody({ procedureCode: '1.004873' }))).statusCode).toBe(201);
    // The other ward is not affected.
    expect(((await counter.get(`/api/units/${OTHER_WARD}/procedures`)).json() as Offered).all).toBe(true);

    // An empty list is a list: nothing offered. Then everything again.
    expect((await admin.put(`/api/units/${WARD}/procedures`, { offered: [] })).statusCode).toBe(200);
    expect((await counter.post('/api/dossiers', receptionBody({ procedureCode: '1.004873' }))).statusCode).toBe(400);
    const everything = before.items.map((item) => item.code);
    const restored = (await admin.put(`/api/units/${WARD}/procedures`, { offered: everything })).json() as Offered;
    expect(restored.items.every((item) => item.offered)).toBe(true);
    expect((await counter.post('/api/dossiers', receptionBody({ procedureCode: '1.001193' }))).statusCode).toBe(201);
  });

  it('refuses unknown codes, other roles, other units and unknown units, in Vietnamese', async () => {
    const unknown = await leader.put(`/api/units/${WARD}/procedures`, { offered: ['1.004873', '9.999999'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ field: 'offered' });
    expect(unknown.json<{ message: string }>().message).toContain('9.999999');
    expect((await counter.put(`/api/units/${WARD}/procedures`, { offered: ['1.004873'] })).statusCode).toBe(403);
    expect((await leader.put(`/api/units/${OTHER_WARD}/procedures`, { offered: ['1.004873'] })).statusCode).toBe(403);
    const missing = await admin.put('/api/units/999.99.99.H99/procedures', { offered: ['1.004873'] });
    expect(missing.statusCode).toBe(404);
    expect(missing.json<{ message: string }>().message).toContain('Không tìm thấy đơn vị');
    expect((await admin.put(`/api/units/${WARD}/procedures`, { offered: ['1.004873'], extra: 1 })).statusCode).toBe(400);
  });
});
