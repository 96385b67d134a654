/** Import helpers of the API tests: an upload as the web page sends it, and the job once it has ended. */
import type { LightMyRequestResponse } from 'fastify';
import type { Session, TestApp } from './api.ts';
import { formData } from './multipart.ts';

/** POST of a file to an import route (`/api/imports` or `/api/imports/preview`) as `session`. */
export async function uploadImport(t: TestApp, session: Session, file: { bytes: Buffer; name: string }, fields: Record<string, string>, url = '/api/imports'): Promise<LightMyRequestResponse> {
  const form = await formData(fields, { ...file, type: file.name.endsWith('.csv') ? 'text/csv' : '' });
  return t.app.inject({ method: 'POST', url, headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': form.contentType }, payload: form.body });
}

/** The job of a 202 answer once it is no longer running (polled; the import runs in the background). */
export async function endedJob<T extends { id: string; status: string }>(session: Session, started: T): Promise<T> {
  let job = started;
  for (let i = 0; i < 800 && job.status === 'running'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    job = (await session.get(`/api/imports/${started.id}`)).json<T>();
  }
  return job;
}
