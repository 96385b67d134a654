/**
 * The window before a process hears that a session ended (issue 16 §1, branch w3-follow): a
 * logout or a locked account committed by another process reaches this one as a notice a few
 * milliseconds later, and meanwhile its session cache still holds the session. Here the notice
 * never comes (the session row is deleted without one, as if the other process's notice were
 * still on its way): a read is still answered from the cache (the accepted window, at most the
 * notice's delay), but a write reads its session from the database and is refused. On both drivers.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { forEachDriver } from '../support/db.ts';
import { createTestApp, receptionBody, type TestApp } from '../support/api.ts';
import { changeFeedOf } from '../../src/platform/changes/change-feed.ts';
import { sessions } from '../../src/platform/db/schema.ts';

forEachDriver('a session ended elsewhere, before the notice arrives', (getDb) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(getDb());
    // The cache is used only while the feed listens: make sure it does, as in a running server.
    await changeFeedOf(t.ctx.db).start();
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a write at once; a read may still be served from the cache', async () => {
    const counter = await t.sessionFor('motcua.tiepnhan');
    expect((await counter.get('/api/auth/me')).statusCode).toBe(200);
    // Ended by "another process": the row is gone, this process has not been told.
    await t.ctx.db.delete(sessions).where(eq(sessions.userId, t.userId('counter')));
    expect((await counter.get('/api/auth/me')).statusCode).toBe(200);
    const write = await counter.post('/api/dossiers', receptionBody());
    expect(write.statusCode, write.body).toBe(401);
    expect(write.json().message).toContain('đăng nhập');
    // The write's fresh check also dropped the stale entry: reads end too.
    expect((await counter.get('/api/auth/me')).statusCode).toBe(401);
  });
});
