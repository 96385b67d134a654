/**
 * Heavy document rendering off the event loop. Building a city report's DOCX took 0,4–1,5 s of
 * uninterrupted CPU (the docx library and its zip are synchronous), during which the server
 * answered nothing, not even /healthz. A worker thread renders it instead: one worker, started
 * on first use and kept (unref'd, so it never keeps the process alive), tasks queued in order.
 * The report is plain data (structured clone); the bytes come back transferred, not copied.
 * Should the worker die, its pending tasks fail and the next task starts a new one.
 */
import { Worker } from 'node:worker_threads';
import type { Report } from '../../domain/report/report.ts';
import type { ReportDocxOptions } from '../../documents/reports/report-docx.ts';

export type DocumentTask =
  | { kind: 'report-docx'; report: Report; options: ReportDocxOptions }
  | { kind: 'report-xlsx'; report: Report };

export type TaskReply = { id: number; bytes: Uint8Array } | { id: number; error: string };

interface Pending {
  resolve(bytes: Buffer): void;
  reject(error: Error): void;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
  for (const task of pending.values()) task.reject(error);
  pending.clear();
  worker = undefined;
}

function started(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./worker-entry.mjs', import.meta.url));
  created.unref();
  created.on('message', (reply: TaskReply) => {
    const task = pending.get(reply.id);
    if (!task) return;
    pending.delete(reply.id);
    if ('bytes' in reply) task.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
    else task.reject(new Error(`document worker: ${reply.error}`));
  });
  created.on('error', (error) => failAll(error));
  created.on('exit', (code) => {
    if (worker === created) failAll(new Error(`document worker exited (${code})`));
  });
  worker = created;
  return created;
}

/** Renders a document in the worker thread; resolves with its bytes. */
export function renderOffThread(task: DocumentTask): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    started().postMessage({ id, task });
  });
}
