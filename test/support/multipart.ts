/** Upload helpers of the API tests: real file bytes and multipart bodies as a browser sends them. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Session } from './api.ts';

/** A small but well-formed PDF (the magic number the type check looks at, and a trailer). */
export function pdf(text: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
}

export interface UploadFile {
  bytes: Buffer;
  name: string;
  type?: string;
}

/** A multipart/form-data body exactly as a browser's FormData encodes it. */
export async function formData(fields: Record<string, string | number>, file?: UploadFile): Promise<{ body: Buffer; contentType: string }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, String(value));
  if (file) form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type ?? '' }), file.name);
  const encoded = new Response(form);
  return { body: Buffer.from(await encoded.arrayBuffer()), contentType: encoded.headers.get('content-type')! };
}

/** POST /api/dossiers/{code}/files as `session`. */
export async function uploadFile(
  app: FastifyInstance,
  session: Session,
  code: string,
  fields: Record<string, string | number>,
  file?: UploadFile,
): Promise<LightMyRequestResponse> {
  const form = await formData(fields, file);
  return app.inject({
    method: 'POST',
    url: `/api/dossiers/${encodeURIComponent(code)}/files`,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': form.contentType },
    payload: form.body,
  });
}
