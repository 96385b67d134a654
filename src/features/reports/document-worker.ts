/**
 * The document worker thread (see off-thread.ts): renders report DOCX and XLSX from plain data,
 * one message at a time, and sends the bytes back without copying them.
 */
import { parentPort } from 'node:worker_threads';
import { reportDocx } from '../../documents/reports/report-docx.ts';
import { reportXlsx } from '../../documents/reports/report-xlsx.ts';
import type { DocumentTask, TaskReply } from './render-off-thread.ts';

async function render(task: DocumentTask): Promise<Buffer> {
  switch (task.kind) {
    case 'report-docx':
      return reportDocx(task.report, task.options);
    case 'report-xlsx':
      return reportXlsx(task.report);
  }
}

parentPort!.on('message', (message: { id: number; task: DocumentTask }) => {
  render(message.task).then(
    (bytes) => {
      const copy = new Uint8Array(bytes.byteLength);
      copy.set(bytes);
      const reply: TaskReply = { id: message.id, bytes: copy };
      parentPort!.postMessage(reply, [copy.buffer]);
    },
    (error: unknown) => {
      const reply: TaskReply = { id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
      parentPort!.postMessage(reply);
    },
  );
});
