/**
 * The report DOCX as printed (issue 15 item 3): converted to PDF by LibreOffice, the letter is on
 * portrait pages and the wide appendix tables on landscape pages, and every overdue dossier's code
 * reads on one line (it broke over five lines on the portrait page). Pages are also written as
 * PNG to test-results/15/ to be looked at.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appendNewDossiers } from '../../src/platform/events/event-store.ts';
import { WorkingCalendar } from '../../src/domain/calendar/working-calendar.ts';
import { yearSchedule } from '../../src/domain/calendar/year-schedule.ts';
import { buildSeedHistories } from '../support/seed-histories.ts';
import { SEED_000_MONTH } from '../support/kpi-builders.ts';
import { createTestApp, receptionBody, WARD, type Session, type TestApp } from '../support/api.ts';
import { forEachDriver } from '../support/db.ts';
import { storeInput } from '../support/report-histories.ts';

const run = promisify(execFile);
const calendar = new WorkingCalendar({ schedule: yearSchedule });
const SHOTS = path.resolve('test-results', '15');

forEachDriver('report DOCX pages', (getDb) => {
  let t: TestApp;
  let leader: Session;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    await appendNewDossiers(getDb().db, storeInput(buildSeedHistories(SEED_000_MONTH, calendar, WARD), calendar));
    // Three dossiers received on 23/11/2026 and still open three weeks later: overdue.
    const counter = await t.login('counter');
    for (let i = 0; i < 3; i++) expect((await counter.post('/api/dossiers', receptionBody())).statusCode).toBe(201);
    t.advance(21 * 24 * 60);
    leader = await t.login('leader');
  }, 120_000);
  afterAll(async () => t?.close());

  it('prints the letter on portrait pages and the appendix tables on landscape pages, codes on one line', async () => {
    const query = { unit: WARD, from: '2026-11-01', to: '2026-11-30' };
    const json = (await leader.get(`/api/reports?unit=${WARD}&from=${query.from}&to=${query.to}`)).json() as { overdue: Array<{ dossiers: Array<{ code: string }> }> };
    const codes = json.overdue.flatMap((field) => field.dossiers.map((d) => d.code));
    expect(codes.length).toBeGreaterThanOrEqual(3);
    const response = await leader.post('/api/reports/docx', query);
    expect(response.statusCode, response.body).toBe(200);

    const work = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-report-pages-'));
    try {
      await fs.writeFile(path.join(work, 'bao-cao.docx'), response.rawPayload);
      await run('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'pdf', '--outdir', work, path.join(work, 'bao-cao.docx')], { timeout: 180_000 });
      const pdf = path.join(work, 'bao-cao.pdf');
      const { stdout: info } = await run('pdfinfo', ['-f', '1', '-l', '999', pdf]);
      const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => (Number(m[1]) > Number(m[2]) ? 'landscape' : 'portrait'));
      expect(sizes[0]).toBe('portrait');
      expect(sizes.at(-1)).toBe('landscape');
      // Portrait letter first, then only landscape pages (one section break).
      const firstLandscape = sizes.indexOf('landscape');
      expect(sizes.slice(firstLandscape).every((s) => s === 'landscape')).toBe(true);

      // Each code whole on one line of the printed text.
      const { stdout: text } = await run('pdftotext', ['-enc', 'UTF-8', '-layout', pdf, '-'], { maxBuffer: 50 * 1024 * 1024 });
      const lines = text.split('\n');
      for (const code of codes.slice(0, 20)) expect(lines.some((line) => line.includes(code)), code).toBe(true);

      await fs.mkdir(SHOTS, { recursive: true });
      await run('pdftoppm', ['-png', '-r', '60', '-f', String(firstLandscape + 1), '-l', String(firstLandscape + 4), pdf, path.join(SHOTS, 'bao-cao-docx-phu-luc')]);
    } finally {
      await fs.rm(work, { recursive: true, force: true });
    }
  }, 180_000);
});
