/**
 * Print one official form of a dossier (Mẫu 01–06) as HTML or DOCX, for a user who may read
 * the dossier (same rule as its detail view: others get "not found"). A form that the history
 * does not support is a conflict with a Vietnamese reason.
 */
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { conflict } from '../../platform/errors.ts';
import { dossierFormInput } from './dossier-form-input.ts';
import { buildDossierForm, FormNotApplicableError, type DossierFormName } from '../../documents/forms/index.ts';
import type { OfficialDocument } from '../../documents/model.ts';
import { renderDocx } from '../../documents/render-docx.ts';
import { renderHtml } from '../../documents/render-html.ts';

export type DocumentFormat = 'html' | 'docx';

export interface RenderedDocument {
  fileName: string;
  contentType: string;
  body: Buffer | string;
}

export const CONTENT_TYPES = {
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export async function renderDocument(document: OfficialDocument, format: DocumentFormat): Promise<RenderedDocument> {
  if (format === 'docx') return { fileName: `${document.fileName}.docx`, contentType: CONTENT_TYPES.docx, body: await renderDocx(document) };
  return { fileName: `${document.fileName}.html`, contentType: CONTENT_TYPES.html, body: await renderHtml(document) };
}

export async function buildFormOfDossier(ctx: AppContext, user: CurrentUser, code: string, form: DossierFormName): Promise<OfficialDocument> {
  const input = await dossierFormInput(ctx, user, code);
  try {
    return buildDossierForm(form, input);
  } catch (error) {
    if (error instanceof FormNotApplicableError) throw conflict(error.message);
    throw error;
  }
}

export async function renderDossierForm(ctx: AppContext, user: CurrentUser, code: string, form: DossierFormName, format: DocumentFormat): Promise<RenderedDocument> {
  return renderDocument(await buildFormOfDossier(ctx, user, code, form), format);
}
