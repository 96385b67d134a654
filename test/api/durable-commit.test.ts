/**
 * An acknowledged write is on disk (issue 12, item 3). The real server (`motcua serve` on a new
 * data folder, the embedded database) runs under strace; a counter officer receives a dossier
 * through the HTTP API; the trace of the thread that answers must show, between the request and
 * its 201 answer, the commit's write to the WAL (pg_wal/<segment>) and then an fsync or
 * fdatasync of that same WAL file, before the answer is written to the socket. PGlite on its own
 * never syncs (it starts with fsync off and its Node filesystem has no sync), so on the old code
 * the trace has the write and the answer but no sync.
 *
 * The same data folder, after the run, has only private files (0600) and folders (0700).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createWardWithCounter, exited, receptionOf, signIn, startChildServer, type ChildServer } from '../support/child-server.ts';
import { notPrivate } from '../support/data-folder.ts';

const ADMIN_PASSWORD = 'quan-tri-thu-nghiem-ghi-ben';
const WARD = { code: '000.11.24.H24', username: 'tiepnhan.ghiben', password: 'mat-khau-quay-ghi-ben' };

/** One traced system call: `name(fd<path>, …) = result`, with strace -yy naming the descriptor. */
interface TracedCall {
  line: number;
  name: string;
  fd: number;
  target: string;
  text: string;
}

const CALL = /^(\w+)\((\d+)<(.*?)>[,)]/;
const WAL_FILE = /\/pg_wal\/[0-9A-F]{24}$/;
const WRITES = new Set(['write', 'pwrite64', 'writev', 'pwritev', 'pwritev2']);
const SOCKET_WRITES = new Set(['write', 'writev', 'sendto', 'sendmsg']);
const SYNCS = new Set(['fsync', 'fdatasync']);

function parseTrace(text: string): TracedCall[] {
  const calls: TracedCall[] = [];
  text.split('\n').forEach((raw, line) => {
    const match = CALL.exec(raw);
    if (match) calls.push({ line, name: match[1]!, fd: Number(match[2]), target: match[3]!, text: raw });
  });
  return calls;
}

interface ReceptionTrace {
  /** WAL writes between the request and the answer. */
  walWrites: TracedCall[];
  /** Successful syncs of the last WAL file written, after its last write and before the answer. */
  walSyncsAfterLastWrite: TracedCall[];
}

/** The reception's request, its answer, and the WAL writes and syncs between them, in one thread's trace. */
function receptionTrace(calls: TracedCall[]): ReceptionTrace | undefined {
  const request = calls.findLast((call) => call.name === 'read' && call.text.includes('POST /api/dossiers '));
  if (!request) return undefined;
  const answer = calls.find((call) => call.line > request.line && call.fd === request.fd && SOCKET_WRITES.has(call.name) && call.text.includes('HTTP/1.1 201'));
  if (!answer) return undefined;
  const between = calls.filter((call) => call.line > request.line && call.line < answer.line);
  const walWrites = between.filter((call) => WRITES.has(call.name) && WAL_FILE.test(call.target));
  const last = walWrites.at(-1);
  const walSyncsAfterLastWrite = last
    ? between.filter((call) => call.line > last.line && SYNCS.has(call.name) && call.target === last.target && /\)\s+=\s+0$/.test(call.text))
    : [];
  return { walWrites, walSyncsAfterLastWrite };
}

/** Direct children of a process (the server under strace). */
function childrenOf(pid: number): number[] {
  const text = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
  return text === '' ? [] : text.split(/\s+/).map(Number);
}

describe('durable commits of the embedded database [pglite]', () => {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-durable-'));
  const dataDir = path.join(workDir, 'data');
  const traceDir = path.join(workDir, 'trace');
  let server: ChildServer | undefined;
  afterAll(async () => {
    if (server) {
      for (const pid of fs.existsSync(`/proc/${server.child.pid}`) ? childrenOf(server.child.pid!) : []) process.kill(pid, 'SIGKILL');
      await exited(server.child);
    }
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('syncs the WAL after the reception’s commit and before its 201 answer leaves; the data folder is private', async () => {
    fs.mkdirSync(traceDir);
    // -ff: one file per thread, so each file is in that thread's own order; -yy: paths and sockets of descriptors.
    const strace = ['strace', '-f', '-ff', '-yy', '-s', '64', '-e', 'trace=read,write,writev,pwrite64,pwritev,pwritev2,sendto,sendmsg,fsync,fdatasync', '-o', path.join(traceDir, 'trace')];
    server = await startChildServer(dataDir, { MOTCUA_ADMIN_PASSWORD: ADMIN_PASSWORD }, { wrapper: strace });
    const admin = await signIn(server, 'admin', ADMIN_PASSWORD);
    await createWardWithCounter(admin, WARD);
    const counter = await signIn(server, WARD.username, WARD.password);
    const response = await counter.call('POST', '/api/dossiers', receptionOf('Nguyễn Thị Ghi Bền'));
    expect(response.status, await response.clone().text()).toBe(201);
    expect(((await response.json()) as { code: string }).code).toMatch(/^000\.11\.24\.H24-/);

    // strace ignores SIGTERM while it runs a command: stop the server itself; strace ends with it.
    const [serverPid] = childrenOf(server.child.pid!);
    expect(serverPid).toBeGreaterThan(0);
    process.kill(serverPid!, 'SIGTERM');
    await exited(server.child);

    const traces = fs.readdirSync(traceDir).map((name) => receptionTrace(parseTrace(fs.readFileSync(path.join(traceDir, name), 'utf8'))));
    const reception = traces.find((trace) => trace !== undefined);
    expect(reception, 'no thread read the reception and wrote its 201 answer').toBeDefined();
    expect(reception!.walWrites.length, 'the commit wrote nothing to the WAL between the request and the answer').toBeGreaterThan(0);
    expect(
      reception!.walSyncsAfterLastWrite.length,
      `the answer left before the WAL was synced; last WAL write: ${reception!.walWrites.at(-1)?.text}`,
    ).toBeGreaterThan(0);

    expect(notPrivate(dataDir)).toEqual([]);
  }, 180_000);
});
